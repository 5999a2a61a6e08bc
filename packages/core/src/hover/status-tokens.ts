import type { TSESTree } from '@typescript-eslint/types';
import { visitorKeys } from '@typescript-eslint/visitor-keys';
import { memberPath, unwrap } from '../ast/node-shapes.js';
import type { Range } from '../finding.js';
import { responseSitesFor, siteContextFor } from '../prepare-file.js';
import type { SiteContext } from '../sites/site-context.js';
import { resolveErrorName, resolveStatus, resolveStatusName, type StatusForm, type StatusValue } from '../status/resolve-status.js';
import { isRegisteredStatus } from '../status/status-codes.js';
import { POSITION_FINDERS, type Candidate } from './status-positions.js';
import type { StatusHover } from './status-hover.js';

/** A status written in the source, where it is set or compared: what a hover is made from. */
export interface StatusToken {
  readonly range: Range;
  readonly code: number;
  readonly form: StatusForm;
  readonly usage: StatusHover['usage'];
}

type Node = TSESTree.Node;

/** The same bound as the AST index: pathological nesting must not cost a stack overflow. */
const MAX_DEPTH = 1500;

function read(candidate: Candidate, context: SiteContext): StatusValue | undefined {
  switch (candidate.reading) {
    case 'value':
      return resolveStatus(candidate.node, context.constants);
    case 'value-or-name':
      return resolveStatus(candidate.node, context.constants) ?? resolveStatusName(candidate.node);
    case 'error-name':
      return resolveErrorName(candidate.node);
  }
}

/**
 * A hover belongs on a token that says the status: a literal, a name, a constant's path. A Nest
 * guard's `return false` is a 403 and gets one; its `return !!user && user.isAdmin` does not, or
 * every identifier inside would show a 403.
 */
function isToken(node: Node): boolean {
  const n = unwrap(node);
  if (n.type === 'Literal' || n.type === 'Identifier') return true;
  if (n.type === 'TemplateLiteral') return n.expressions.length === 0;
  return n.type === 'MemberExpression' && memberPath(n) !== undefined;
}

/** Every node of the program, iteratively (two plain stacks: no object per node), in no particular order. */
function forEachNode(program: TSESTree.Program, visit: (node: Node) => void): void {
  const nodes: Node[] = [program];
  const depths: number[] = [0];
  while (nodes.length > 0) {
    const node = nodes.pop()!;
    const depth = depths.pop()!;
    visit(node);
    if (depth >= MAX_DEPTH) continue;
    for (const key of visitorKeys[node.type] ?? []) {
      const child = (node as unknown as Record<string, unknown>)[key];
      if (Array.isArray(child)) {
        for (const item of child as (Node | null)[]) {
          if (item && typeof item.type === 'string') {
            nodes.push(item);
            depths.push(depth + 1);
          }
        }
      } else if (child && typeof (child as Node).type === 'string') {
        nodes.push(child as Node);
        depths.push(depth + 1);
      }
    }
  }
}

/**
 * Every status token of a file, sorted by start. The rules' response sites come first (a token
 * they claim is a response, whatever else it looks like); then the comparison and response shapes
 * of `status-positions.ts`. Only registered codes become tokens: `res.status(299)` has no hover.
 */
export function collectStatusTokens(program: TSESTree.Program, text: string): StatusToken[] {
  const context = siteContextFor(program, text);
  const byRange = new Map<string, StatusToken>();
  const add = (value: StatusValue, usage: StatusHover['usage']) => {
    if (!isRegisteredStatus(value.code)) return;
    const key = `${value.node.range[0]}:${value.node.range[1]}`;
    if (byRange.has(key)) return;
    byRange.set(key, { range: [value.node.range[0], value.node.range[1]], code: value.code, form: value.form, usage });
  };

  for (const site of responseSitesFor(program, text)) if (isToken(site.status.node)) add(site.status, 'response');

  // Comparisons are read before response shapes: `expect(res).to.have.status(401)` is a test.
  const responses: Candidate[] = [];
  forEachNode(program, (node) => {
    const finder = POSITION_FINDERS[node.type] as ((n: Node, c: SiteContext) => readonly Candidate[]) | undefined;
    if (!finder) return;
    for (const candidate of finder(node, context)) {
      if (candidate.usage === 'response') {
        responses.push(candidate);
        continue;
      }
      const value = read(candidate, context);
      if (value && (!candidate.accepts || candidate.accepts(value.code))) add(value, candidate.usage);
    }
  });
  for (const candidate of responses) {
    const value = read(candidate, context);
    if (value && (!candidate.accepts || candidate.accepts(value.code))) add(value, candidate.usage);
  }

  return [...byRange.values()].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
}

/** The innermost token that contains `offset` (start inclusive, end exclusive), by binary search. */
export function tokenAt(tokens: readonly StatusToken[], offset: number): StatusToken | undefined {
  let lo = 0;
  let hi = tokens.length - 1;
  let last = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.range[0] <= offset) {
      last = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  let best: StatusToken | undefined;
  // Tokens rarely nest; a few steps back cover `createError(cond ? 401 : 403)`-like neighbours.
  for (let i = last; i >= 0 && i > last - 8; i--) {
    const token = tokens[i]!;
    if (offset < token.range[1] && (!best || token.range[1] - token.range[0] < best.range[1] - best.range[0])) best = token;
  }
  return best;
}
