// SARIF for GitHub code scanning: ESLint with examples/eslint.config.js and @microsoft/eslint-formatter-sarif writes a
// log that the SARIF 2.1.0 schema accepts, whose every result names its authlint rule, the rule's doc page and where
// ESLint found it.
import { RULE_IDS, ruleDocsUrl } from '@authlint/core';
import { ESLint } from 'eslint';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import { beforeAll, describe, expect, it } from 'vitest';
import { sarifSchemaErrors } from './sarif/validate-sarif.js';

const EXAMPLES = fileURLToPath(new URL('../examples/', import.meta.url));

let results: ESLint.LintResult[];
let log: Log;

beforeAll(async () => {
  const eslint = new ESLint({ cwd: EXAMPLES });
  results = await eslint.lintFiles(['.']);
  const formatter = await eslint.loadFormatter('@microsoft/eslint-formatter-sarif');
  log = JSON.parse(await formatter.format(results)) as Log;
}, 60_000);

function rulesOf(sarif: Log): ReportingDescriptor[] {
  return sarif.runs[0]?.tool.driver.rules ?? [];
}

function resultsOf(sarif: Log): Result[] {
  return sarif.runs[0]?.results ?? [];
}

describe('SARIF for examples/', () => {
  it('is valid SARIF 2.1.0', () => {
    expect(sarifSchemaErrors(log)).toEqual([]);
  });

  it('the schema check can fail: a log without its version, or with a column of 0, is rejected', () => {
    const { version: _version, ...withoutVersion } = log;
    expect(sarifSchemaErrors(withoutVersion)).not.toEqual([]);
    const badColumn = structuredClone(log);
    resultsOf(badColumn)[0]!.locations![0]!.physicalLocation!.region!.startColumn = 0;
    expect(sarifSchemaErrors(badColumn)).not.toEqual([]);
  });

  it('describes each authlint rule with its doc page as the help URI', () => {
    expect(rulesOf(log).map((r) => ({ id: r.id, helpUri: r.helpUri })).sort((a, b) => a.id.localeCompare(b.id)))
      .toEqual(RULE_IDS.map((id) => ({ id: `authlint/${id}`, helpUri: ruleDocsUrl(id) })).sort((a, b) => a.id.localeCompare(b.id)));
  });

  it('has one result per ESLint finding, with its rule, message, file URI, line and column', () => {
    const fromEslint = results.flatMap((r) => r.messages.map((m) => ({
      ruleId: m.ruleId, message: m.message, uri: pathToFileURL(r.filePath).href,
      startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn,
    })));
    const fromSarif = resultsOf(log).map((r) => {
      const location = r.locations![0]!.physicalLocation!;
      return {
        ruleId: r.ruleId, message: r.message.text, uri: location.artifactLocation!.uri,
        startLine: location.region!.startLine, startColumn: location.region!.startColumn,
        endLine: location.region!.endLine, endColumn: location.region!.endColumn,
      };
    });
    expect(fromEslint.length).toBeGreaterThan(5);
    expect(fromSarif).toEqual(fromEslint);
  });

  it('points each result at its rule\'s entry and at a file in examples/', () => {
    const rules = rulesOf(log);
    for (const result of resultsOf(log)) {
      expect(result.ruleId).toMatch(/^authlint\/[a-z0-9-]+$/);
      expect(rules[result.ruleIndex!]?.id).toBe(result.ruleId);
      const uri = result.locations![0]!.physicalLocation!.artifactLocation!.uri!;
      expect(uri.startsWith(pathToFileURL(EXAMPLES).href)).toBe(true);
      expect(existsSync(fileURLToPath(uri))).toBe(true);
    }
  });
});
