// @ts-check
// Timing of one call: wall time (performance.now) and this process's CPU time (user + system, from
// process.cpuUsage). On a machine shared with other work the wall time includes the time the process
// waited for a core; the CPU time does not, so both are kept and reported.

/** Runs `fn` once: `{ wallMs, cpuMs, value }`. */
export function measure(fn) {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const value = fn();
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { wallMs, cpuMs: (cpu.user + cpu.system) / 1000, value };
}
