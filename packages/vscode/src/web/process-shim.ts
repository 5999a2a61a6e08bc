// `process` for the web bundle. `browser: true` tells TypeScript not to build a Node `sys`.
export const process = {
  env: {} as Record<string, string | undefined>,
  platform: 'browser',
  browser: true,
  version: '',
  versions: {} as Record<string, string>,
  argv: [] as string[],
  cwd: () => '/',
  nextTick: (fn: (...args: unknown[]) => void, ...args: unknown[]) => void Promise.resolve().then(() => fn(...args)),
  emitWarning: () => {},
};
