// @ts-check
// Imports a root devDependency of the e2e tools (playwright-core, @vscode/test-electron).
// Fallback for trying the launchers before the root package.json has them:
//   npm install --prefix /tmp/e2e-deps playwright-core@1.65.1 @vscode/test-electron@2.5.2
//   export AUTHLINT_E2E_DEPS=/tmp/e2e-deps
import { createRequire } from 'node:module';
import path from 'node:path';

export const DEV_DEPENDENCIES = {
  'playwright-core': '1.65.1',
  '@vscode/test-electron': '2.5.2',
};

/** @param {keyof typeof DEV_DEPENDENCIES} name */
export async function importDependency(name) {
  try {
    return await import(name);
  } catch (err) {
    if (err?.code !== 'ERR_MODULE_NOT_FOUND' || !String(err.message).includes(name)) throw err;
    const deps = process.env.AUTHLINT_E2E_DEPS;
    if (deps) {
      const require = createRequire(path.join(path.resolve(deps), 'noop.cjs'));
      try {
        return require(name);
      } catch (inner) {
        throw new Error(`${name} is neither installed in the repo nor under AUTHLINT_E2E_DEPS=${deps}: ${inner.message}`);
      }
    }
    const version = DEV_DEPENDENCIES[name];
    throw new Error(
      `${name} is not installed. It belongs in the root devDependencies ("${name}": "${version}"); run npm install.\n` +
        `  One-off alternative: npm install --prefix /tmp/e2e-deps ${name}@${version} && export AUTHLINT_E2E_DEPS=/tmp/e2e-deps`,
    );
  }
}
