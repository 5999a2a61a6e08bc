import type { SpecReference } from './status-info.js';

/** How to choose between 401 and 403, shared by rule messages, docs and the hover. */
export interface AuthStatusGuide {
  /** Both codes contrasted in one line. */
  readonly oneLine: string;
  readonly meaningOf401: string;
  readonly meaningOf403: string;
  /** Situation -> status, one line each. */
  readonly bullets: readonly string[];
  readonly links: readonly SpecReference[];
}

const MEANING_OF_401 =
  `401 Unauthorized = "I don't know who you are": the request lacks valid authentication, logging in could fix it, ` +
  'and the response must carry a WWW-Authenticate challenge.';

const MEANING_OF_403 =
  '403 Forbidden = "I know who you are, and the answer is no": authenticating again will not change the outcome.';

export const AUTH_STATUS_GUIDE: AuthStatusGuide = {
  oneLine: `${MEANING_OF_401} ${MEANING_OF_403}`,
  meaningOf401: MEANING_OF_401,
  meaningOf403: MEANING_OF_403,
  bullets: [
    'No credentials, or a malformed, invalid, revoked or expired token or session: 401 with a WWW-Authenticate challenge.',
    'Known caller lacking the role, permission, OAuth scope or ownership, or whose account is suspended or unverified: 403.',
    'Failed CSRF check: 403, since the identity is not in doubt but this request is refused.',
    'Blocked IP address or network: 403, because no login will lift the block.',
    'Too many requests or failed attempts, a spent quota, a throttle: 429 Too Many Requests with Retry-After, not 403 or 401.',
    'Bearer token lacking a scope (error="insufficient_scope"): 403; an invalid or expired one (error="invalid_token"): 401.',
    'When even admitting that the resource exists would leak information: 404 instead of 403.',
  ],
  links: [
    {
      title: 'RFC 9110, section 15.5.2 (401 Unauthorized)',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2',
    },
    {
      title: 'RFC 9110, section 15.5.4 (403 Forbidden)',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.4',
    },
    {
      title: 'RFC 9110, section 11.6.1 (WWW-Authenticate)',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-11.6.1',
    },
    {
      title: 'RFC 9110, section 15.5.5 (404 Not Found)',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5',
    },
    {
      title: 'RFC 6585, section 4 (429 Too Many Requests)',
      url: 'https://www.rfc-editor.org/rfc/rfc6585#section-4',
    },
    {
      title: 'RFC 6750, section 3.1 (Bearer error codes)',
      url: 'https://www.rfc-editor.org/rfc/rfc6750#section-3.1',
    },
  ],
};
