import type { TSESTree } from '@typescript-eslint/types';
import { unwrap } from '../ast/node-shapes.js';
import { challengeCount, challengeText } from '../auth/mcp-challenge-value.js';
import type { ResourceMetadataUrl } from '../auth/mcp-server-file.js';
import type { TextEdit } from '../finding.js';
import type { EditContext } from './edit-context.js';
import { quote } from './text-edits.js';

/*
 * How `resource_metadata="<url>"` (RFC 9728, section 5.1) is written into a WWW-Authenticate value:
 * into the challenge a suggestion adds, or into the literal a 401 already sends.
 */

/** The parameter for a known URL. */
function parameter(url: string): string {
  return `resource_metadata="${url}"`;
}

/** `Bearer` + param -> `Bearer param`; `Bearer realm="x"` + param -> `Bearer realm="x", param`. */
function appendParameter(challenge: string, param: string): string {
  return /\s\S/.test(challenge.trim()) ? `${challenge}, ${param}` : `${challenge} ${param}`;
}

const METADATA_ROUTE_HINT = 'the /.well-known/oauth-protected-resource metadata';

/** The challenge a suggestion writes, as the message shows it: the URL, or what the user has to fill in. */
export function challengeWithResourceMetadata(challenge: string, url: ResourceMetadataUrl): string {
  const shown = url.kind === 'literal' ? url.url : url.kind === 'expression' ? `\${${url.name}}`
    : `<absolute URL of ${url.route ? `the route ${url.route}` : METADATA_ROUTE_HINT}>`;
  return appendParameter(challenge, parameter(shown));
}


/**
 * The edits that add the challenge with `resource_metadata`, from the site's header edits
 * (`build(name, value)`, which quote the value). A URL held by a constant becomes a template
 * literal in place of the quoted value. Undefined where the URL is not known.
 */
export function addChallengeWithResourceMetadata(
  build: (value: string) => readonly TextEdit[] | undefined,
  challenge: string,
  url: ResourceMetadataUrl,
): readonly TextEdit[] | undefined {
  if (url.kind === 'unknown') return undefined;
  if (url.kind === 'literal') return build(challengeWithResourceMetadata(challenge, url));
  const placeholder = appendParameter(challenge, parameter('\u0000'));
  const quoted = quote(placeholder);
  const template = `\`${escapeForTemplate(placeholder).replace('\u0000', `\${${url.name}}`)}\``;
  const edits = build(placeholder);
  if (!edits?.every((e) => e.text.includes(quoted))) return undefined;
  return edits.map((e) => ({ range: e.range, text: e.text.replace(quoted, template) }));
}

function escapeForTemplate(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');
}

/** The escapes a quoted string literal needs for `text`, by its quote character. */
function escapeForQuote(text: string, quoteChar: string): string {
  return text.replace(/\\/g, '\\\\').replace(new RegExp(quoteChar, 'g'), `\\${quoteChar}`);
}

/**
 * The edit that adds `resource_metadata` to a WWW-Authenticate value written as a literal (a string
 * or a template literal) holding one challenge. Undefined for any other value, or where the URL is not known.
 */
export function addResourceMetadataToLiteral(value: TSESTree.Node, url: ResourceMetadataUrl, context: EditContext): TextEdit | undefined {
  if (url.kind === 'unknown') return undefined;
  const node = unwrap(value);
  if (node.type !== 'Literal' && node.type !== 'TemplateLiteral') return undefined;
  const text = challengeText(node, context);
  if (text === undefined || text !== text.trim() || text === '' || challengeCount(text) !== 1) return undefined;
  const separator = /\s\S/.test(text) ? ', ' : ' ';
  const end = node.range[1] - 1;
  const closing = context.text[end];
  if (node.type === 'TemplateLiteral') {
    const param = url.kind === 'literal' ? escapeForTemplate(parameter(url.url)) : `resource_metadata="\${${url.name}}"`;
    return { range: [end, end], text: separator + param };
  }
  if (closing !== '\'' && closing !== '"') return undefined;
  if (url.kind === 'literal') return { range: [end, end], text: escapeForQuote(separator + parameter(url.url), closing) };
  // A URL held by a constant: the string becomes a template literal.
  const inner = context.text.slice(node.range[0] + 1, end).replace(/`/g, '\\`').replace(/\$\{/g, '\\${');
  return { range: [node.range[0], node.range[1]], text: `\`${inner}${separator}resource_metadata="\${${url.name}}"\`` };
}
