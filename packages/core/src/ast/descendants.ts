import type { TSESTree } from '@typescript-eslint/types';
import { visitorKeys } from '@typescript-eslint/visitor-keys';

type Node = TSESTree.Node;

export interface DescendantsOptions {
  /** How many nodes at the most are given; what lies beyond is not read. */
  readonly maxNodes?: number;
  /** Whether to look into a node's children (the root's are always read): `(n) => !isFunctionNode(n)` stays out of nested functions. */
  readonly into?: (node: Node) => boolean;
}

/** `root` and every node under it, in source order, without recursion (a deep tree cannot overflow the stack). */
export function* descendants(root: Node, { maxNodes = Infinity, into }: DescendantsOptions = {}): Generator<Node> {
  const stack: Node[] = [root];
  let given = 0;
  while (stack.length > 0 && given++ < maxNodes) {
    const node = stack.pop()!;
    yield node;
    if (node !== root && into && !into(node)) continue;
    const keys = visitorKeys[node.type] ?? [];
    for (let k = keys.length - 1; k >= 0; k--) {
      const child = (node as unknown as Record<string, unknown>)[keys[k]!];
      const items = Array.isArray(child) ? child : [child];
      for (let i = items.length - 1; i >= 0; i--) {
        const item = items[i] as Node | null | undefined;
        if (item && typeof item.type === 'string') stack.push(item);
      }
    }
  }
}
