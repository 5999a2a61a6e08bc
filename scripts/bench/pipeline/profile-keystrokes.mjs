#!/usr/bin/env node
// A workload to profile the editor pipeline per keystroke: the seeded typing of keystroke-edits.mjs on a
// generated file, each call given the previous analysis, as the extension and bench-pipeline.mjs call it.
//   node --cpu-prof --cpu-prof-dir=.cache/profiles scripts/bench/pipeline/profile-keystrokes.mjs --lines 5000 --style express
//   node scripts/bench/profile/summarize-profile.mjs .cache/profiles/<newest>.cpuprofile --top 25
// Without --cpu-prof it is a timing run: per round wall and CPU quantiles; at the end each keystroke's least
// CPU time over the rounds (on a shared machine the figure that moves least with the load) and the cold call.
// --project: the file is written into a temporary project beside an imported errors module, and analysed with
// its imports followed (the extension's default in a file workspace), through the core's file project host.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateHandlerFile } from '../generate/handler-file.mjs';
import { importCore } from '../product/built-packages.mjs';
import { loadPipeline } from '../product/pipeline.mjs';
import { quantile } from '../stats.mjs';
import { keystrokeTexts } from './keystroke-edits.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : args[i + 1];
};
const lines = Number(opt('--lines', 5000));
const style = opt('--style', 'express');
const rounds = Number(opt('--rounds', 4));

const withProject = args.includes('--project');

/** A project on disk holding the file and an errors module it imports; the place of the file in it. */
async function projectFor(fileText) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'authlint-keystrokes-'));
  process.on('exit', () => fs.rmSync(root, { recursive: true, force: true }));
  fs.writeFileSync(path.join(root, 'package.json'), JSON.stringify({ name: 'bench-app' }));
  fs.writeFileSync(path.join(root, 'errors.ts'), 'export class AuthError extends Error {\n  status = 401;\n}\n');
  const file = path.join(root, `${style}-${lines}.ts`);
  fs.writeFileSync(file, fileText);
  const core = await importCore();
  const { createFileProjectHost } = await import('@authlint/core/file-project-host');
  const { parse } = await import('@typescript-eslint/typescript-estree');
  const host = createFileProjectHost({
    parse(source, at) {
      try {
        return parse(source, { range: true, loc: true, filePath: at });
      } catch {
        return undefined;
      }
    },
  });
  return { graph: new core.ProjectGraph(host), fileName: file };
}

const pipeline = await loadPipeline();
const settings = pipeline.settings({ maxFileSize: 16 * 1024 * 1024 });
const generated = generateHandlerFile({ lines, style });
// With a project, the file imports a module of it and throws its 401 class once, so that the project model has something to read.
const text = withProject ? `import { AuthError } from './errors';\n${generated}\nexport function requireLogin(user: unknown) {\n  if (!user) throw new AuthError();\n}\n` : generated;
const project = withProject ? await projectFor(text) : undefined;
const fileName = project?.fileName ?? `/bench/${style}-${lines}.ts`;
const texts = keystrokeTexts(text, { sites: 8, seed: lines + style.length });
/** Each keystroke's least CPU time over the rounds: on a loaded machine, the steadiest figure to compare two builds by. */
const leastCpu = texts.map(() => Infinity);
/** Whether each keystroke's analysis checked only the statement it edited (the other statements' findings moved; statement-reuse.ts). */
const reused = texts.map(() => false);
/** The first call of each round: a full parse and a cold analysis, as on opening the file. */
const cold = [];
for (let round = 0; round < rounds; round++) {
  const coldCpu = process.cpuUsage();
  let previous = pipeline.analyze(text, fileName, settings, undefined, project);
  const coldUsed = process.cpuUsage(coldCpu);
  cold.push({ cpu: (coldUsed.user + coldUsed.system) / 1000, ...previous.raw.timings });
  const times = [];
  const cpu = [];
  const parse = [];
  const analyse = [];
  for (const [k, next] of texts.entries()) {
    const t = performance.now();
    const c = process.cpuUsage();
    previous = pipeline.analyze(next, fileName, settings, previous, project);
    const used = process.cpuUsage(c);
    times.push(performance.now() - t);
    cpu.push((used.user + used.system) / 1000);
    leastCpu[k] = Math.min(leastCpu[k], cpu[cpu.length - 1]);
    reused[k] = previous.raw.timings.reused === true;
    parse.push(previous.raw.timings.parseMs);
    analyse.push(previous.raw.timings.analyzeMs);
  }
  // CPU time beside wall time: on a shared machine the wall time counts the waits for a core too.
  console.log(`round ${round + 1}/${rounds}: ${times.length} keystrokes, p50 ${quantile(times, 0.5).toFixed(1)} ms, p95 ${quantile(times, 0.95).toFixed(1)} ms; CPU p50 ${quantile(cpu, 0.5).toFixed(1)} ms, p95 ${quantile(cpu, 0.95).toFixed(1)} ms; parse + analyse p50 ${quantile(parse, 0.5).toFixed(1)} + ${quantile(analyse, 0.5).toFixed(1)} ms`);
}
if (rounds > 1) console.log(`least CPU of each keystroke over ${rounds} rounds: p50 ${quantile(leastCpu, 0.5).toFixed(1)} ms, p95 ${quantile(leastCpu, 0.95).toFixed(1)} ms`);
for (const [label, wanted] of [['only the edited statement checked', true], ['every statement checked', false]]) {
  const some = leastCpu.filter((_, k) => reused[k] === wanted);
  if (some.length > 0) console.log(`  ${label}: ${some.length} keystrokes, least CPU p50 ${quantile(some, 0.5).toFixed(1)} ms, p95 ${quantile(some, 0.95).toFixed(1)} ms`);
}
const coldLeast = cold.reduce((a, b) => (b.cpu < a.cpu ? b : a));
console.log(`cold call (full parse), least CPU over ${rounds} rounds: ${coldLeast.cpu.toFixed(1)} ms (parse ${coldLeast.parseMs.toFixed(1)} ms + analyse ${coldLeast.analyzeMs.toFixed(1)} ms wall)`);
