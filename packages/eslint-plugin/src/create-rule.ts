import { ruleDocsUrl } from '@authlint/core';
import { ESLintUtils, type TSESLint } from '@typescript-eslint/utils';

export interface AuthlintRuleDocs {
  description: string;
  /** The presets that turn the rule on; the presets are derived from this. */
  recommended: 'recommended' | 'strict';
}

interface RuleDefinition<Options extends readonly unknown[], MessageIds extends string> {
  readonly name: string;
  readonly meta: Omit<TSESLint.RuleMetaData<MessageIds, AuthlintRuleDocs, Options>, 'docs' | 'defaultOptions'> & {
    readonly docs: AuthlintRuleDocs;
    readonly defaultOptions: Options;
  };
  /** `options()` merges the file's options with the defaults on first call: most files are skipped before they are needed. */
  readonly create: (context: Readonly<TSESLint.RuleContext<MessageIds, Options>>, options: () => Options) => TSESLint.RuleListener;
}

/**
 * typescript-eslint's rule shape (`ESLintUtils.RuleCreator`: docs URL, typed messages and options), but
 * with the options merged with their defaults (its `applyDefault`) only when the rule asks for them.
 * RuleCreator merges them in `create`, which ESLint runs, and times, for every rule on every file: with
 * seven rules that was a fifth of authlint's time on four apps of the application corpus, for files that most rules
 * skip on a text test before reading an option. The merged options are shared, read-only, by the files that
 * have the same options.
 */
export function createRule<Options extends readonly unknown[], MessageIds extends string>({ name, meta, create }: RuleDefinition<Options, MessageIds>): TSESLint.RuleModule<MessageIds, Options, AuthlintRuleDocs> {
  // ESLint hands every file a new copy of the same options: one merge per distinct value (a config holds a few).
  const mergedByValue = new Map<string, Options>();
  const merge = (options: readonly unknown[]): Options => {
    const key = JSON.stringify(options);
    let merged = mergedByValue.get(key);
    if (!merged) {
      if (mergedByValue.size >= MAX_KEPT_OPTION_VALUES) mergedByValue.clear();
      merged = ESLintUtils.applyDefault(meta.defaultOptions, options) as Options;
      mergedByValue.set(key, merged);
    }
    return merged;
  };
  return {
    meta: { ...meta, docs: { ...meta.docs, url: ruleDocsUrl(name) } },
    create: (context) => create(context, () => merge(context.options)),
  } as TSESLint.RuleModule<MessageIds, Options, AuthlintRuleDocs>;
}

const MAX_KEPT_OPTION_VALUES = 64;
