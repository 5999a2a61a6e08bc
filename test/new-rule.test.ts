// `npm run new:rule` for real: the scaffold runs in a scratch copy of the repository (the working
// tree's files, the built dist/ folders, node_modules linked), then the compiler and the tests that
// hold every rule to the repository's shape run there. The only failure allowed is the one the
// scaffold cannot do for the author: a fixture that the new rule reports (its logic is not written
// yet). Anything else that fails is a scaffold that leaves a new rule broken.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const REPO = fileURLToPath(new URL('../', import.meta.url));
const RULE = 'no-scaffolded-status';
/** The workspace packages: node_modules links them, and in the copy they must be the copy's. */
const WORKSPACE_LINKS: Readonly<Record<string, string>> = {
  '@authlint/core': 'packages/core',
  'eslint-plugin-authlint': 'packages/eslint-plugin',
  'authlint-vscode': 'packages/vscode',
};
/** The tests that hold each rule to the repository's shape, and the new rule's own RuleTester test. */
const TESTS = [
  'packages/eslint-plugin/tests/meta.test.ts',
  `packages/eslint-plugin/tests/rules/${RULE}/express.test.ts`,
  'packages/core/src/options/rule-options.test.ts',
  'packages/vscode/src/manifest-settings.test.ts',
  'test/architecture.test.ts',
  'test/knip.test.ts',
];
/** The one test that must fail until the author adds a fixture the rule reports, by its full name. */
const NEEDS_A_FIXTURE = `rule ${RULE} starts with "suggest" every message id a suggestion uses, and no other`;

// Without the outer run's VITEST* variables, so that the inner vitest is a run of its own.
const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST')));

function run(command: string, args: readonly string[], cwd: string) {
  return spawnSync(command, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/** The same, without blocking: the compiler and the tests run side by side. */
function start(command: string, args: readonly string[], cwd: string): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => { output += chunk.toString(); });
    child.stderr.on('data', (chunk: Buffer) => { output += chunk.toString(); });
    child.on('error', (error) => resolve({ status: null, output: String(error) }));
    child.on('close', (status) => resolve({ status, output }));
  });
}

/** The working tree's files (tracked, and untracked but not ignored), the built dist/ folders, and node_modules as links. */
function copyRepository(to: string): void {
  const files = run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], REPO).stdout.split('\0').filter(Boolean);
  for (const file of files) {
    if (!existsSync(join(REPO, file))) continue; // deleted in the working tree, not yet in the index
    mkdirSync(dirname(join(to, file)), { recursive: true });
    cpSync(join(REPO, file), join(to, file));
  }
  for (const dist of ['packages/core/dist', 'packages/eslint-plugin/dist']) {
    if (existsSync(join(REPO, dist))) cpSync(join(REPO, dist), join(to, dist), { recursive: true });
  }
  mkdirSync(join(to, 'node_modules/@authlint'), { recursive: true });
  for (const entry of readdirSync(join(REPO, 'node_modules'))) {
    if (entry === '@authlint' || entry in WORKSPACE_LINKS) continue;
    symlinkSync(join(REPO, 'node_modules', entry), join(to, 'node_modules', entry));
  }
  for (const entry of readdirSync(join(REPO, 'node_modules/@authlint')).filter((e) => !(`@authlint/${e}` in WORKSPACE_LINKS))) {
    symlinkSync(join(REPO, 'node_modules/@authlint', entry), join(to, 'node_modules/@authlint', entry));
  }
  for (const [name, path] of Object.entries(WORKSPACE_LINKS)) symlinkSync(join(to, path), join(to, 'node_modules', name));
}

interface VitestReport {
  testResults: { assertionResults: { fullName: string; status: string; failureMessages: string[] }[] }[];
}

describe('npm run new:rule', { timeout: 300_000 }, () => {
  const copy = mkdtempSync(join(tmpdir(), 'authlint-new-rule-'));
  const reportFile = join(copy, 'vitest-report.json');
  let scaffold: ReturnType<typeof run>;
  let typechecks: Promise<{ project: string; status: number | null; output: string }[]>;
  let tests: Promise<unknown>;

  beforeAll(() => {
    copyRepository(copy);
    scaffold = run(process.execPath, ['scripts/new-rule/new-rule.mjs', RULE, '--status', '418', '--description', 'Disallow 418 in a response'], copy);
    const tsc = join(copy, 'node_modules/typescript/bin/tsc');
    typechecks = Promise.all(['tsconfig.json', 'packages/vscode/tsconfig.json'].map(async (project) => ({
      project, ...await start(process.execPath, [tsc, '-p', project], copy),
    })));
    const vitest = join(copy, 'node_modules/vitest/vitest.mjs');
    tests = start(process.execPath, [vitest, 'run', '--reporter=json', `--outputFile=${reportFile}`, '--testTimeout=60000', ...TESTS], copy);
  }, 60_000);
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it('writes the rule and says what is left to do', () => {
    expect(scaffold.stderr).toBe('');
    expect(scaffold.status).toBe(0);
    expect(scaffold.stdout).toContain('Left to do:');
    expect(scaffold.stdout).toContain(`packages/eslint-plugin/tests/rules/${RULE}/express.test.ts`);
    expect(readFileSync(join(copy, 'packages/vscode/package.json'), 'utf8')).toContain(`"authlint.severity.${RULE}"`);
    expect(readFileSync(join(copy, 'test/oxlint/.oxlintrc.json'), 'utf8')).toContain(`"authlint/${RULE}": "warn"`);
    // 418 is not among the prefilter's words: the steps say so.
    expect(scaffold.stdout).toContain('packages/core/src/prepare-file.ts');
  });

  it('leaves code that type-checks', async () => {
    for (const { project, status, output } of await typechecks) {
      expect(output, project).toBe('');
      expect(status, project).toBe(0);
    }
  });

  it('passes every per-rule test except the fixture the author still has to write', async () => {
    await tests;
    const report = JSON.parse(readFileSync(reportFile, 'utf8')) as VitestReport;
    const results = report.testResults.flatMap((file) => file.assertionResults);
    const failed = results.filter((r) => r.status === 'failed');
    expect(results.length).toBeGreaterThan(50);
    expect(results.some((r) => r.fullName.includes(`${RULE} (express)`) && r.status === 'passed'), 'the new rule\'s RuleTester test ran').toBe(true);
    expect(failed.map((r) => r.fullName)).toEqual([NEEDS_A_FIXTURE]);
    expect(failed[0]!.failureMessages.join('\n'), 'the failure says what is missing').toContain('test/fixtures');
  });

  it('refuses a name that is not kebab-case, or a rule that exists, and writes nothing', () => {
    const ruleIds = readFileSync(join(copy, 'packages/core/src/finding.ts'), 'utf8');
    for (const name of ['NoToyStatus', 'no_toy', 'no-toy-', '1-no-toy', 'no--toy', RULE]) {
      const again = run(process.execPath, ['scripts/new-rule/new-rule.mjs', name], copy);
      expect(again.status, name).toBe(1);
      expect(again.stderr, name).toMatch(/kebab-case|exists already/);
    }
    expect(readFileSync(join(copy, 'packages/core/src/finding.ts'), 'utf8')).toBe(ruleIds);
  });

  it('stops at an anchor that moved, naming the file, before it writes any file', () => {
    const analyze = join(copy, 'packages/core/src/analyze.ts');
    writeFileSync(analyze, readFileSync(analyze, 'utf8').replace('export const CHECKS', 'export const ALL_CHECKS'));
    const moved = run(process.execPath, ['scripts/new-rule/new-rule.mjs', 'no-other-status'], copy);
    expect(moved.status).toBe(1);
    expect(moved.stderr).toContain('packages/core/src/analyze.ts: the scaffold\'s anchor is missing');
    expect(existsSync(join(copy, 'packages/core/src/checks/no-other-status.ts'))).toBe(false);
    expect(readFileSync(join(copy, 'packages/core/src/finding.ts'), 'utf8')).not.toContain('no-other-status');
  });
});
