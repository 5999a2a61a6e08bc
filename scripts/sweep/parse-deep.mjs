// @ts-check
// Parses text that is nested too deeply for the parser on a normal stack (typescript-estree recurses:
// 5,000 nested blocks overflow Node's default stack) in a worker thread with a large stack, and hands
// the tree back as JSON (JSON.parse is not recursive), so the core can be run on a 5,000-deep tree
// in a process with the default stack, as under ESLint or in the extension host.
import { Worker } from 'node:worker_threads';

const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { parse } = require('@typescript-eslint/typescript-estree');
try {
  const program = parse(workerData.text, { range: true, loc: true, jsx: workerData.jsx });
  parentPort.postMessage({ json: JSON.stringify(program) });
} catch (error) {
  parentPort.postMessage({ error: error.constructor.name + ': ' + String(error.message).split('\\n')[0] });
}
`;

/** Resolves to the program, or rejects with the parser's error even on the large stack. */
export function parseOnLargeStack(text, { jsx = false, stackSizeMb = 512, timeoutMs = 60_000 } = {}) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { eval: true, workerData: { text, jsx }, resourceLimits: { stackSizeMb } });
    const timer = setTimeout(() => {
      worker.terminate();
      reject(new Error(`large-stack parse took over ${timeoutMs} ms`));
    }, timeoutMs);
    worker.once('message', (m) => {
      clearTimeout(timer);
      worker.terminate();
      if (m.error) reject(new Error(m.error));
      else resolve(JSON.parse(m.json));
    });
    worker.once('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
  });
}
