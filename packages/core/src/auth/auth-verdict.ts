/**
 * What a guard says about the requester when it denies:
 * - `unauthenticated`: no valid identity or credentials (the answer is 401);
 * - `forbidden`: an identity exists and a role, permission, ownership or account check fails (403);
 * - `mixed`: either of the two, decided at run time (`!user || user.role !== 'admin'`);
 * - `unknown`: cannot be told with confidence, so no check speaks.
 * `neutral` parts (an identity that is present) narrow a guard without saying why it denies.
 */
export type AuthVerdict = 'unauthenticated' | 'forbidden' | 'mixed' | 'unknown';
export type PartVerdict = AuthVerdict | 'neutral';

/** Deny when any part holds (`a || b`). */
export function anyOf(parts: readonly PartVerdict[]): PartVerdict {
  const kinds = new Set(parts.filter((p) => p !== 'neutral'));
  if (kinds.size === 0) return 'neutral';
  if (kinds.has('unknown')) return 'unknown';
  if (kinds.has('mixed') || (kinds.has('unauthenticated') && kinds.has('forbidden'))) return 'mixed';
  return kinds.has('unauthenticated') ? 'unauthenticated' : 'forbidden';
}

/**
 * Deny only when every part holds (`a && b`, or nested guards): one part that shows the identity
 * missing settles it, whatever else narrows the branch; likewise one permission part.
 */
export function allOf(parts: readonly PartVerdict[]): PartVerdict {
  const kinds = new Set(parts.filter((p) => p !== 'neutral'));
  if (kinds.size === 0) return 'neutral';
  const unauthenticated = kinds.has('unauthenticated');
  const forbidden = kinds.has('forbidden');
  if (unauthenticated && forbidden) return 'unknown';
  if (kinds.has('mixed')) return unauthenticated || forbidden ? 'unknown' : kinds.size === 1 ? 'mixed' : 'unknown';
  if (unauthenticated) return 'unauthenticated';
  if (forbidden) return 'forbidden';
  return 'unknown';
}
