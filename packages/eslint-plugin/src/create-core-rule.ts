import {
  CHECK_WORDS, CHECKS, defaultsOf, hasCheckWords, mayCallImportedDenial, type CheckOptionsById, MESSAGES, prepareFile, RULE_OPTIONS, RULE_SUMMARIES, ruleJsonSchema, type RuleId, type RuleOptionsById,
} from '@authlint/core';
import type { TSESLint } from '@typescript-eslint/utils';
import { createRule, type AuthlintRuleDocs } from './create-rule.js';
import { projectPlaceFor } from './project-host.js';
import { findingsOrFailure, reportFindings } from './report-findings.js';
import { SHARED_SETTINGS_MESSAGES, sharedSettingsOf } from './shared-settings.js';

export type MessageIdsOf<Id extends RuleId> = keyof (typeof MESSAGES)[Id] & string;
export type OptionsOf<Id extends RuleId> = [RuleOptionsById[Id]];

/** What a rule says about itself beyond the core's tables (description, messages, options and check come from those). */
export interface CoreRuleMeta {
  readonly type: 'problem' | 'suggestion';
  /** The description is the core's `RULE_SUMMARIES` entry, which the editor's hovers show too. */
  readonly docs: Omit<AuthlintRuleDocs, 'description'>;
  /** ESLint `fixable`: set when an option lets `--fix` apply a safe suggestion. */
  readonly fixable?: 'code';
  /** Which option, when true, lets `--fix` apply the finding's safe suggestion. */
  readonly autofixOption?: string;
}

/**
 * An ESLint rule that runs the core's check for `ruleId`: its description from the core's rule
 * summaries, its schema and defaults from the core's option table, its messages from the core's message table, and the analysis of the Program shared
 * by every authlint rule (the core caches the prepared file per Program). The core resolves names
 * with ESLint's own scope analysis of the Program instead of running one of its own, and follows the
 * file's imports into the project's own modules (project-host.ts; `settings.authlint.followImports: false`
 * turns that off). Every rule also reads the shared vocabulary, `settings.authlint.vocabulary`
 * (shared-settings.ts), which adds to its own list options. An analysis that throws
 * becomes one `analysisFailed` report instead of a crashed lint run.
 */
export function createCoreRule<Id extends RuleId>(ruleId: Id, meta: CoreRuleMeta): TSESLint.RuleModule<MessageIdsOf<Id>, OptionsOf<Id>, AuthlintRuleDocs> {
  // One check-options object per (rule options, shared settings) pair, both kept by value: the core keeps what it compiles from them per object.
  const checkOptionsByRuleOptions = new WeakMap<object, WeakMap<object, CheckOptionsById[Id]>>();
  const checkOptionsOf = (ruleOptions: RuleOptionsById[Id], shared: object): CheckOptionsById[Id] => {
    let byShared = checkOptionsByRuleOptions.get(ruleOptions);
    if (!byShared) checkOptionsByRuleOptions.set(ruleOptions, (byShared = new WeakMap()));
    let checkOptions = byShared.get(shared);
    if (!checkOptions) byShared.set(shared, (checkOptions = { ...ruleOptions, ...shared } as CheckOptionsById[Id]));
    return checkOptions;
  };
  const check = CHECKS[ruleId] as (file: ReturnType<typeof prepareFile>, options: CheckOptionsById[Id]) => ReturnType<(typeof CHECKS)[Id]>;
  const options = RULE_OPTIONS[ruleId];
  const words = CHECK_WORDS[ruleId];
  return createRule<OptionsOf<Id>, MessageIdsOf<Id>>({
    name: ruleId,
    meta: {
      type: meta.type,
      docs: { description: RULE_SUMMARIES[ruleId], ...meta.docs },
      hasSuggestions: true,
      ...(meta.fixable ? { fixable: meta.fixable } : {}),
      messages: { ...MESSAGES[ruleId], ...SHARED_SETTINGS_MESSAGES } as Record<MessageIdsOf<Id>, string>,
      schema: ruleJsonSchema(options) as never,
      defaultOptions: [defaultsOf(options) as RuleOptionsById[Id]],
    },
    create(context, optionsOf) {
      const { shared, maxFileSize, reportProblems } = sharedSettingsOf(context);
      const { text, ast } = context.sourceCode;
      // A bundle or generated file is skipped, as the editor skips it; most other files lack the check's words
      // and cost one regex test here, before any listener is registered or an option is read. One that imports
      // a denial helper (`deny(res)`) goes on where its imports are followed.
      const goesOn = () => hasCheckWords(ast, text, words) || (mayCallImportedDenial(ast, words) && projectPlaceFor(context.filename, context.settings) !== undefined);
      if (text.length > maxFileSize || !goesOn()) return reportProblems ? { Program: reportProblems } : {};
      return {
        'Program:exit'(program) {
          reportProblems?.();
          const [ruleOptions] = optionsOf();
          const fixSafeSuggestions = meta.autofixOption !== undefined && (ruleOptions as Record<string, unknown>)[meta.autofixOption] === true;
          const findings = findingsOrFailure(context, () => {
            const project = projectPlaceFor(context.filename, context.settings);
            return check(prepareFile(program, text, { scopeManager: context.sourceCode.scopeManager ?? undefined, words, ...(project ? { project } : {}) }), checkOptionsOf(ruleOptions, shared));
          });
          reportFindings(context, findings, { fixSafeSuggestions });
        },
      };
    },
  });
}
