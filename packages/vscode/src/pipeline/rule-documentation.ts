import { qualifiedRuleName, RULE_IDS, ruleDocsUrl, type RuleId } from '@authlint/core';

/** Where the build puts the rules' pages inside the extension (scripts/bundle-rule-docs.mjs). */
const BUNDLED_RULE_DOCS_DIR = ['dist', 'docs', 'rules'] as const;

/**
 * What "Show Rule Documentation" opens: the page bundled in the extension, in the Markdown
 * preview (offline, and the version that matches the installed extension); the web page where the
 * bundled one cannot be read (a web host that cannot reach the extension's files).
 */
export type RuleDocumentationTarget =
  | { readonly kind: 'bundled'; readonly pathSegments: readonly string[]; readonly webUrl: string }
  | { readonly kind: 'web'; readonly url: string };

/** The rule a command argument names: its id or its qualified name (`authlint/<id>`); anything else is none. */
export function ruleNamed(argument: unknown): RuleId | undefined {
  return RULE_IDS.find((id) => id === argument || qualifiedRuleName(id) === argument);
}

/** The bundled page's path inside the extension folder. */
export function bundledRuleDocPath(ruleId: RuleId): readonly string[] {
  return [...BUNDLED_RULE_DOCS_DIR, `${ruleId}.md`];
}

export function ruleDocumentationTarget(ruleId: RuleId, bundledPageReadable: boolean): RuleDocumentationTarget {
  return bundledPageReadable
    ? { kind: 'bundled', pathSegments: bundledRuleDocPath(ruleId), webUrl: ruleDocsUrl(ruleId) }
    : { kind: 'web', url: ruleDocsUrl(ruleId) };
}
