// A namespace import: in the web bundle node:module is an empty shim (src/web/empty-shim.ts).
import * as nodeModule from 'node:module';
import path from 'node:path';

/** The part of ESLint's Node API the extension uses (ESLint 9 and 10). */
interface EslintInstance {
  calculateConfigForFile(filePath: string): Promise<{ rules?: unknown; settings?: unknown } | undefined>;
  findConfigFile?(filePath?: string): Promise<string | undefined>;
}

interface EslintModule {
  ESLint: { new (options: { cwd: string }): EslintInstance; readonly version?: string };
}

/** The project's own ESLint, loaded from its node_modules: never a copy bundled with the extension. */
export interface ProjectEslint {
  readonly version: string;
  /** Where it was loaded from. */
  readonly modulePath: string;
  /** The config file that applies to a file, and its resolved `rules` and `settings`; undefined when ESLint ignores the file. */
  configFor(filePath: string): Promise<{ readonly configFile: string | undefined; readonly rules: unknown; readonly settings: unknown } | undefined>;
}

/**
 * Loads `eslint` as resolved from `cwd` (a workspace folder), as the ESLint extension does, and
 * makes an `ESLint` with that `cwd`. Throws when there is none or it cannot load; the caller falls
 * back to the settings. Only for trusted workspaces: loading it runs the project's code (its
 * eslint.config.* and the plugins it imports).
 */
export function loadProjectEslint(cwd: string): ProjectEslint {
  const createRequire = (nodeModule as Partial<typeof nodeModule>).createRequire;
  if (typeof createRequire !== 'function') throw new Error('no Node module loader here (a web extension host)');
  const requireFromProject = createRequire(path.join(cwd, 'package.json'));
  const modulePath = requireFromProject.resolve('eslint');
  const { ESLint } = requireFromProject(modulePath) as EslintModule;
  if (typeof ESLint !== 'function') throw new Error(`${modulePath} has no ESLint class (ESLint 9 or later is needed)`);
  const eslint = new ESLint({ cwd });
  return {
    version: ESLint.version ?? 'unknown',
    modulePath,
    async configFor(filePath) {
      const config = await eslint.calculateConfigForFile(filePath);
      if (!config) return undefined;
      const configFile = await eslint.findConfigFile?.(filePath);
      return { configFile, rules: config.rules, settings: config.settings };
    },
  };
}
