// @ts-check
// Runs tasks in a few forked Node processes, each task with its own deadline. A task that passes its
// deadline gets its process killed (SIGKILL) and a `timedOut` result; a process that dies takes only
// its current task with it. Children run on their main thread, with Node's default stack, as ESLint
// and the VS Code extension host do (a worker thread's stack is different).
import { fork } from 'node:child_process';

/**
 * @param {string} workerFile module that answers `{ id, task }` messages with `{ id, result }`
 * @param {Array<{ task: object, budgetMs: number }>} jobs
 * @param {{ size?: number, execArgv?: string[], onResult?: (job, outcome) => void }} options
 * @returns {Promise<Array<{ result?: object, timedOut?: boolean, crashed?: string, stderr?: string, ms: number }>>} in job order
 */
export function runPool(workerFile, jobs, { size = 2, execArgv = [], onResult = () => {} } = {}) {
  const outcomes = new Array(jobs.length);
  let next = 0;
  let done = 0;
  return new Promise((resolve) => {
    if (jobs.length === 0) {
      resolve(outcomes);
      return;
    }
    const startWorker = () => {
      const child = fork(workerFile, [], { execArgv, stdio: ['ignore', 'inherit', 'pipe', 'ipc'], serialization: 'advanced' });
      let current;
      let timer;
      // The last few KB the worker wrote to stderr during the current task: a crash's own words (V8's fatal errors).
      let stderrTail = '';
      const stderr = /** @type {import('node:stream').Readable} */ (child.stderr); // piped above
      stderr.setEncoding('utf8');
      stderr.on('data', (chunk) => {
        stderrTail = (stderrTail + chunk).slice(-8192);
      });
      const finish = (outcome) => {
        clearTimeout(timer);
        const index = current.index;
        outcomes[index] = { ...outcome, ms: performance.now() - current.started };
        onResult(jobs[index], outcomes[index]);
        current = undefined;
        done++;
        if (done === jobs.length) resolve(outcomes);
      };
      const assign = () => {
        if (next >= jobs.length) {
          child.kill();
          return;
        }
        const index = next++;
        current = { index, started: performance.now() };
        stderrTail = '';
        timer = setTimeout(() => {
          const stuck = current;
          child.removeAllListeners('exit');
          child.kill('SIGKILL');
          if (stuck) finish({ timedOut: true });
          startWorker();
        }, jobs[index].budgetMs);
        child.send({ id: index, task: jobs[index].task });
      };
      child.on('message', (/** @type {any} */ message) => {
        if (!current || message.id !== current.index) return;
        finish({ result: message.result });
        assign();
      });
      child.on('exit', (code, signal) => {
        if (current) {
          finish({ crashed: `worker exited (${signal ?? `code ${code}`}) during the task`, stderr: stderrTail });
          startWorker();
        }
      });
      assign();
    };
    for (let i = 0; i < Math.min(size, jobs.length); i++) startWorker();
  });
}
