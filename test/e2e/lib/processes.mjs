// @ts-check
// Processes the e2e launchers start, ended by their own process ids (never by name), including
// their descendants, on success, on errors and on signals.
import { readdirSync, readFileSync } from 'node:fs';

/** pid -> label of every process tree this launcher started and has not ended yet. */
const tracked = new Map();
const cleanups = [];
let handlersInstalled = false;
let cleaningUp;

/** @returns {{ ppid: number, state: string } | undefined} */
function procStat(pid) {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // "pid (comm) S ppid ...": comm may hold spaces and parentheses.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { state: fields[0], ppid: Number(fields[1]) };
  } catch {
    return undefined;
  }
}

/** Alive and not a zombie (an orphan may stay a zombie where PID 1 does not reap). */
export function isRunning(pid) {
  const stat = procStat(pid);
  if (stat) return stat.state !== 'Z' && stat.state !== 'X';
  if (process.platform === 'linux') return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === 'EPERM';
  }
}

/** Every descendant of pid (children, grandchildren, ...), read from /proc. */
export function descendantsOf(pid) {
  let entries;
  try {
    entries = readdirSync('/proc').filter((n) => /^\d+$/.test(n)).map(Number);
  } catch {
    return [];
  }
  const children = new Map();
  for (const p of entries) {
    const stat = procStat(p);
    if (!stat) continue;
    if (!children.has(stat.ppid)) children.set(stat.ppid, []);
    children.get(stat.ppid).push(p);
  }
  const out = [];
  const queue = [...(children.get(pid) || [])];
  while (queue.length) {
    const p = queue.shift();
    out.push(p);
    queue.push(...(children.get(p) || []));
  }
  return out;
}

/** Direct children of this launcher, e.g. to learn the pid of a browser playwright started. */
export function childrenOfSelf() {
  return descendantsOf(process.pid).filter((p) => procStat(p)?.ppid === process.pid);
}

function signal(pid, sig) {
  try {
    process.kill(pid, sig);
  } catch {
    /* already gone */
  }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Ends pid and all its descendants: SIGTERM, then SIGKILL for whatever is left after graceMs.
 * The tree is read before the first signal, so grandchildren that get re-parented are not lost.
 */
export async function stopTree(pid, { graceMs = 5_000 } = {}) {
  if (!pid) return;
  const tree = [pid, ...descendantsOf(pid)];
  for (const p of tree) signal(p, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline && tree.some(isRunning)) await sleep(100);
  const left = tree.filter(isRunning);
  for (const p of left) signal(p, 'SIGKILL');
  const killDeadline = Date.now() + 2_000;
  while (Date.now() < killDeadline && left.some(isRunning)) await sleep(50);
  tracked.delete(pid);
  return left.filter(isRunning);
}

/** Synchronous last resort for process 'exit': SIGKILL every tracked tree. */
function killTrackedSync() {
  for (const pid of tracked.keys()) {
    for (const p of [pid, ...descendantsOf(pid)]) signal(p, 'SIGKILL');
  }
  tracked.clear();
}

export function track(pid, label) {
  installHandlers();
  tracked.set(pid, label);
}

export function untrack(pid) {
  tracked.delete(pid);
}

export function trackedProcesses() {
  return [...tracked.entries()].map(([pid, label]) => ({ pid, label }));
}

/** Registers an async cleanup (run in reverse order) for errors and signals. */
export function onCleanup(fn) {
  installHandlers();
  cleanups.push(fn);
  return () => {
    const i = cleanups.indexOf(fn);
    if (i >= 0) cleanups.splice(i, 1);
  };
}

/** Runs the registered cleanups (bounded), then ends whatever is still tracked. */
export async function cleanupAll({ timeoutMs = 20_000 } = {}) {
  if (!cleaningUp) {
    cleaningUp = (async () => {
      const work = (async () => {
        while (cleanups.length) {
          const fn = cleanups.pop();
          try {
            await fn();
          } catch (err) {
            console.error(`e2e: cleanup step failed: ${err?.message || err}`);
          }
        }
        for (const pid of [...tracked.keys()]) await stopTree(pid);
      })();
      let timer;
      await Promise.race([work, new Promise((r) => (timer = setTimeout(r, timeoutMs)))]);
      clearTimeout(timer);
      killTrackedSync();
    })();
  }
  return cleaningUp;
}

function installHandlers() {
  if (handlersInstalled) return;
  handlersInstalled = true;
  const codes = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };
  for (const [sig, code] of Object.entries(codes)) {
    process.once(sig, () => {
      console.error(`\ne2e: ${sig}: ending the processes this run started`);
      cleanupAll().finally(() => process.exit(code));
    });
  }
  process.once('exit', killTrackedSync);
}
