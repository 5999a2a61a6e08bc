import type {
  HeaderRequirement,
  SpecReference,
  StatusClass,
  StatusHeader,
  StatusInfo,
} from './status-info.js';

/** One row of the table as written below; class and MDN link are derived from the code. */
interface StatusRow {
  readonly code: number;
  readonly phrase: string;
  readonly spec: SpecReference;
  readonly summary: string;
  readonly headers?: readonly StatusHeader[];
  readonly asks?: readonly string[];
  /** MDN has no page for a few codes that were never really used. */
  readonly hasMdnPage?: false;
}

const CLASS_BY_HUNDRED: ReadonlyMap<number, StatusClass> = new Map([
  [1, 'informational'],
  [2, 'success'],
  [3, 'redirection'],
  [4, 'client-error'],
  [5, 'server-error'],
]);

const MDN_STATUS_BASE = 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/';

function rfc(rfcNumber: number, section: string): SpecReference {
  return {
    title: `RFC ${rfcNumber}, section ${section}`,
    url: `https://www.rfc-editor.org/rfc/rfc${rfcNumber}#section-${section}`,
  };
}

function rfc9110(section: string): SpecReference {
  return rfc(9110, section);
}

function header(name: string, requirement: HeaderRequirement, note: string): StatusHeader {
  return { name, requirement, note };
}

// RFC 9110 section 15.4.5: a 304 must repeat these fields whenever a 200 would have carried them.
const NOT_MODIFIED_HEADERS: readonly StatusHeader[] = [
  'Date',
  'ETag',
  'Cache-Control',
  'Expires',
  'Vary',
  'Content-Location',
].map((name) =>
  header(name, 'must', `Required whenever a 200 to the same request would have carried ${name}, so caches can refresh what they stored.`),
);

const STATUS_ROWS: readonly StatusRow[] = [
  // 1xx
  {
    code: 100,
    phrase: 'Continue',
    spec: rfc9110('15.2.1'),
    summary:
      'Interim answer telling a client that sent Expect: 100-continue to go ahead and transmit the request body. Node answers it on its own unless the server listens for checkContinue.',
  },
  {
    code: 101,
    phrase: 'Switching Protocols',
    spec: rfc9110('15.2.2'),
    summary:
      "The server accepts the client's Upgrade request and, once this response ends, speaks the new protocol on the same connection. Every WebSocket handshake finishes with it.",
    headers: [header('Upgrade', 'must', 'Names the protocol the connection switches to after this response.')],
  },
  {
    code: 102,
    phrase: 'Processing',
    spec: rfc(2518, '10.1'),
    summary:
      'Interim WebDAV signal that a slow request is still being worked on, so the client does not give up waiting. Later WebDAV revisions dropped it and few clients act on it.',
  },
  {
    code: 103,
    phrase: 'Early Hints',
    spec: rfc(8297, '2'),
    summary:
      'Interim response whose Link headers let the client start preloading or preconnecting while the server still prepares the real answer. Clients may ignore it, so the final response must stand on its own.',
    headers: [header('Link', 'may', 'Carries the preload and preconnect hints the client can act on early.')],
  },

  // 2xx
  {
    code: 200,
    phrase: 'OK',
    spec: rfc9110('15.3.1'),
    summary:
      'The request worked and the body carries the result: the resource itself for GET, the outcome of the action for POST and its kin.',
  },
  {
    code: 201,
    phrase: 'Created',
    spec: rfc9110('15.3.2'),
    summary:
      'The request brought at least one new resource into being. Point at the main one with Location; without it, the request URI is taken to be the new resource.',
    headers: [
      header('Location', 'may', 'Identifies the primary new resource; when absent, clients assume it is the target URI.'),
    ],
  },
  {
    code: 202,
    phrase: 'Accepted',
    spec: rfc9110('15.3.3'),
    summary:
      'The request was queued for processing that has not finished and may still fail. Fits background jobs, ideally with a way for the client to check on progress.',
  },
  {
    code: 203,
    phrase: 'Non-Authoritative Information',
    spec: rfc9110('15.3.4'),
    summary:
      "A transforming proxy altered the content of the origin's 200 response before passing it on. Origin servers have no reason to send it.",
  },
  {
    code: 204,
    phrase: 'No Content',
    spec: rfc9110('15.3.5'),
    summary:
      'Success with nothing to return: the response ends after its headers. A usual answer to PUT or DELETE, and browsers keep showing the current page.',
    asks: [
      'No content (RFC 9110, section 15.3.5): a 204 ends after its header section and cannot contain content. Express, Koa and Fastify drop a body sent with it; the Fetch Response constructor throws a TypeError. authlint/no-body-with-204-304 reports content on a 204.',
    ],
  },
  {
    code: 205,
    phrase: 'Reset Content',
    spec: rfc9110('15.3.6'),
    summary:
      'Success, and the client should clear the form or view that submitted the request so it is ready for fresh input. Like 204, it has no body.',
  },
  {
    code: 206,
    phrase: 'Partial Content',
    spec: rfc9110('15.3.7'),
    summary:
      'Answer to a Range request that carries only the requested pieces of the resource. One range is labelled by Content-Range; several arrive as a multipart/byteranges body.',
    headers: [
      header('Content-Range', 'must', 'For a single-part answer, states which range of the full representation the body holds.'),
      header('Content-Type', 'must', 'For a multi-part answer, must be multipart/byteranges with its boundary parameter.'),
    ],
  },
  {
    code: 207,
    phrase: 'Multi-Status',
    spec: rfc(4918, '11.1'),
    summary:
      'WebDAV answer whose XML body reports a separate status for each of the resources one request touched.',
  },
  {
    code: 208,
    phrase: 'Already Reported',
    spec: rfc(5842, '7.1'),
    summary:
      'Appears inside a WebDAV multistatus body to say that the members of a binding were listed earlier in the same response and are not repeated.',
  },
  {
    code: 226,
    phrase: 'IM Used',
    spec: rfc(3229, '10.4.1'),
    summary:
      'The GET was answered with the result of instance manipulations the client asked for in A-IM, such as a delta against a version it already holds. Hardly seen outside delta-encoding experiments.',
    headers: [header('ETag', 'must', 'Gives the entity tag of the current instance that the manipulations produce.')],
  },

  // 3xx
  {
    code: 300,
    phrase: 'Multiple Choices',
    spec: rfc9110('15.4.1'),
    summary:
      'The resource has several representations and the client, or its user, is invited to pick one. Browsers never choose for the user, so servers rarely send it.',
    headers: [header('Location', 'should', 'When the server has a favourite among the choices, points at it.')],
  },
  {
    code: 301,
    phrase: 'Moved Permanently',
    spec: rfc9110('15.4.2'),
    summary:
      'The resource now lives at a new URI for good and links to it should be updated. Clients may turn a POST into a GET when following it; 308 keeps the method.',
    headers: [header('Location', 'should', 'The new permanent URI; without it the client has nowhere to go.')],
    asks: [
      'Location SHOULD give the new permanent URI (RFC 9110, section 15.4.2); authlint/require-location reports a 301 without it.',
      'For historical reasons a client MAY change a POST into a GET when it follows a 301; send 308 to keep the method.',
    ],
  },
  {
    code: 302,
    phrase: 'Found',
    spec: rfc9110('15.4.3'),
    summary:
      'The resource sits at another URI for now, and the original URI stays the one to use later. Clients may turn a POST into a GET when following it; 307 keeps the method.',
    headers: [header('Location', 'should', 'The temporary URI the client should repeat the request against.')],
    asks: [
      'Location SHOULD give the temporary URI (RFC 9110, section 15.4.3); authlint/require-location reports a 302 without it.',
      'For historical reasons a client MAY change a POST into a GET when it follows a 302; send 307 to keep the method, 303 to ask for a GET.',
    ],
  },
  {
    code: 303,
    phrase: 'See Other',
    spec: rfc9110('15.4.4'),
    summary:
      'Sends the client to a different URI to fetch with GET, typically after a form POST so that reloading the result page does not repeat the action.',
    headers: [header('Location', 'should', 'The URI of the resource the client should retrieve next with GET.')],
    asks: [
      'Location SHOULD give the URI of the resource to look at next (RFC 9110, section 15.4.4); authlint/require-location reports a 303 without it.',
      'The client follows it with GET (or HEAD), whatever the method of the request: the usual answer to a form POST.',
    ],
  },
  {
    code: 304,
    phrase: 'Not Modified',
    spec: rfc9110('15.4.5'),
    summary:
      "Answer to a conditional GET or HEAD: the client's cached copy is still good, so no body follows. It still has to repeat the validators and caching fields a 200 would have sent.",
    headers: NOT_MODIFIED_HEADERS,
    asks: [
      'No content (RFC 9110, section 15.4.5): a 304 ends after its header section and cannot contain content. authlint/no-body-with-204-304 reports content on a 304.',
      'It MUST repeat Date, ETag, Cache-Control, Expires, Vary and Content-Location wherever a 200 to the same request would have sent them.',
    ],
  },
  {
    code: 305,
    phrase: 'Use Proxy',
    spec: rfc9110('15.4.6'),
    summary:
      'Once told the client to repeat the request through a proxy named by the server. Deprecated because it let a server reroute traffic, and clients ignore it.',
    hasMdnPage: false,
  },
  {
    code: 306,
    phrase: '(Unused)',
    spec: rfc9110('15.4.7'),
    summary:
      'Held a proxy-switching meaning in an early draft that never became standard, and is now only reserved. Never send it.',
    hasMdnPage: false,
  },
  {
    code: 307,
    phrase: 'Temporary Redirect',
    spec: rfc9110('15.4.8'),
    summary:
      'A temporary move like 302, except that the client must repeat the request with the very same method and body.',
    headers: [header('Location', 'should', 'The temporary URI where the identical request should be sent.')],
    asks: [
      'Location SHOULD give the temporary URI (RFC 9110, section 15.4.8); authlint/require-location reports a 307 without it.',
      'The client MUST NOT change the request method when it follows a 307: a POST is repeated as a POST, with its content.',
    ],
  },
  {
    code: 308,
    phrase: 'Permanent Redirect',
    spec: rfc9110('15.4.9'),
    summary:
      'A permanent move like 301, except that the client must repeat the request with the very same method and body.',
    headers: [header('Location', 'should', 'The new permanent URI, to be used with the original method.')],
    asks: [
      'Location SHOULD give the new permanent URI (RFC 9110, section 15.4.9); authlint/require-location reports a 308 without it.',
      'Unlike 301, a 308 does not let the client change the request method when it follows: a POST stays a POST.',
    ],
  },

  // 4xx
  {
    code: 400,
    phrase: 'Bad Request',
    spec: rfc9110('15.5.1'),
    summary:
      'The request is broken in a way only the client can fix, such as unparsable syntax or a body that cannot be read. Prefer a more specific 4xx code when one fits.',
  },
  {
    code: 401,
    phrase: 'Unauthorized',
    spec: rfc9110('15.5.2'),
    summary:
      'The request carries no valid credentials for this resource: none were sent, or the ones sent are invalid or expired. The client can try again after authenticating, and the response must tell it how in a WWW-Authenticate challenge.',
    headers: [
      header(
        'WWW-Authenticate',
        'must',
        'At least one challenge naming an authentication scheme the client can use for this resource (RFC 9110, section 11.6.1).',
      ),
    ],
  },
  {
    code: 402,
    phrase: 'Payment Required',
    spec: rfc9110('15.5.3'),
    summary:
      'Reserved by HTTP for a future use that was never specified. Some APIs send it for billing problems, but clients attach no standard meaning to it.',
  },
  {
    code: 403,
    phrase: 'Forbidden',
    spec: rfc9110('15.5.4'),
    summary:
      'The server understood the request and refuses it, whoever is asking, so authenticating again will not change the answer. The body may explain the refusal, or the server may answer 404 to hide that the resource exists.',
  },
  {
    code: 404,
    phrase: 'Not Found',
    spec: rfc9110('15.5.5'),
    summary:
      'Nothing is available at the target URI, or the server prefers not to reveal that something is. It says nothing about whether the absence is lasting.',
  },
  {
    code: 405,
    phrase: 'Method Not Allowed',
    spec: rfc9110('15.5.6'),
    summary:
      'The resource exists but does not accept the request method. The response has to list the methods it does accept in Allow.',
    headers: [header('Allow', 'must', 'Lists the methods the resource currently supports, and may be empty when it supports none.')],
    asks: [
      'The origin server MUST send Allow with a 405, listing the methods the resource currently supports (RFC 9110, section 15.5.6); an empty Allow says it supports none. authlint/require-allow reports a 405 without it.',
    ],
  },
  {
    code: 406,
    phrase: 'Not Acceptable',
    spec: rfc9110('15.5.7'),
    summary:
      "None of the server's representations satisfy the request's Accept headers. Many servers send a default representation instead of this error.",
  },
  {
    code: 407,
    phrase: 'Proxy Authentication Required',
    spec: rfc9110('15.5.8'),
    summary:
      'The proxy-side twin of 401: a proxy between client and origin wants credentials before forwarding the request. The proxy must send a Proxy-Authenticate challenge.',
    headers: [
      header(
        'Proxy-Authenticate',
        'must',
        'At least one challenge telling the client how to authenticate to the proxy (RFC 9110, section 11.7.1).',
      ),
    ],
  },
  {
    code: 408,
    phrase: 'Request Timeout',
    spec: rfc9110('15.5.9'),
    summary:
      'The server stopped waiting for the client to finish sending its request and is closing the connection. The client may retry on a new connection.',
    headers: [header('Connection', 'should', "Carries 'close', since the server is dropping this connection.")],
  },
  {
    code: 409,
    phrase: 'Conflict',
    spec: rfc9110('15.5.10'),
    summary:
      'The request clashes with the current state of the resource, such as an edit based on an outdated version or a duplicate unique key. The body should help the client settle the conflict.',
  },
  {
    code: 410,
    phrase: 'Gone',
    spec: rfc9110('15.5.11'),
    summary:
      'The resource was removed on purpose and is not coming back. Unlike 404, caches and crawlers may treat the absence as final.',
  },
  {
    code: 411,
    phrase: 'Length Required',
    spec: rfc9110('15.5.12'),
    summary:
      'The server will not take a request body that arrives without a Content-Length header. The client can resend with one.',
  },
  {
    code: 412,
    phrase: 'Precondition Failed',
    spec: rfc9110('15.5.13'),
    summary:
      'A condition in the request headers, such as If-Match or If-Unmodified-Since, turned out false, so the method was not applied. This is how lost updates are prevented.',
  },
  {
    code: 413,
    phrase: 'Content Too Large',
    spec: rfc9110('15.5.14'),
    summary:
      'The request body exceeds the size the server accepts. If the limit is only temporary, Retry-After tells the client when to come back.',
    headers: [header('Retry-After', 'should', 'When the size limit is temporary, says after what delay the client can retry.')],
  },
  {
    code: 414,
    phrase: 'URI Too Long',
    spec: rfc9110('15.5.15'),
    summary:
      'The target URI is longer than the server is prepared to parse, often a sign of a GET that should have been a POST or of a redirect loop that keeps growing the query.',
  },
  {
    code: 415,
    phrase: 'Unsupported Media Type',
    spec: rfc9110('15.5.16'),
    summary:
      'The server rejects the request body because its Content-Type or Content-Encoding is not one this resource handles.',
    headers: [
      header('Accept-Encoding', 'may', 'When an unsupported content coding was the problem, lists the codings that would have worked.'),
    ],
  },
  {
    code: 416,
    phrase: 'Range Not Satisfiable',
    spec: rfc9110('15.5.17'),
    summary:
      'No range in the Range header overlaps the current representation, for instance one starting past the end of the file. For byte ranges the response should report the real length.',
    headers: [
      header('Content-Range', 'should', "For a byte-range request, gives the current length in the form 'bytes */length'."),
    ],
  },
  {
    code: 417,
    phrase: 'Expectation Failed',
    spec: rfc9110('15.5.18'),
    summary:
      'The server cannot honour the Expect header of the request, typically because it holds a value other than 100-continue.',
  },
  {
    code: 418,
    phrase: '(Unused)',
    spec: rfc9110('15.5.19'),
    summary:
      "Reserved because an April Fools' teapot joke was copied into real software. It has no meaning in HTTP and does not belong in an application.",
  },
  {
    code: 421,
    phrase: 'Misdirected Request',
    spec: rfc9110('15.5.20'),
    summary:
      'The request reached a server that does not answer for its target origin, often through a reused TLS connection whose certificate covers other hosts. The client may retry over a different connection.',
  },
  {
    code: 422,
    phrase: 'Unprocessable Content',
    spec: rfc9110('15.5.21'),
    summary:
      'The body is well formed and of a supported type, yet its contents cannot be acted upon, such as JSON fields that fail validation. A common answer to validation errors in APIs.',
  },
  {
    code: 423,
    phrase: 'Locked',
    spec: rfc(4918, '11.3'),
    summary: 'WebDAV: the resource is locked and the request did not present the lock token needed to change it.',
  },
  {
    code: 424,
    phrase: 'Failed Dependency',
    spec: rfc(4918, '11.4'),
    summary: 'WebDAV: this part of the request was skipped because another action it relied on failed.',
  },
  {
    code: 425,
    phrase: 'Too Early',
    spec: rfc(8470, '5.2'),
    summary:
      'The server will not process a request that arrived in TLS early data, because a replay of it could do harm. The client should resend it once the handshake is complete.',
  },
  {
    code: 426,
    phrase: 'Upgrade Required',
    spec: rfc9110('15.5.22'),
    summary:
      'The server refuses to serve the request over the current protocol but will once the client switches. The response names the required protocol in Upgrade.',
    headers: [header('Upgrade', 'must', 'Names the protocol or protocols the client has to switch to.')],
  },
  {
    code: 428,
    phrase: 'Precondition Required',
    spec: rfc(6585, '3'),
    summary:
      'The server insists that this request be conditional, typically with If-Match, so concurrent edits cannot silently overwrite each other.',
  },
  {
    code: 429,
    phrase: 'Too Many Requests',
    spec: rfc(6585, '4'),
    summary:
      'The client went over a rate limit. The body should describe the limit, and Retry-After may say when sending is allowed again.',
    headers: [header('Retry-After', 'may', 'How long the client should wait before its next request.')],
  },
  {
    code: 431,
    phrase: 'Request Header Fields Too Large',
    spec: rfc(6585, '5'),
    summary:
      "The request's header section, or one field in it such as an oversized cookie, is over the server's limit. The client can retry with smaller headers.",
  },
  {
    code: 451,
    phrase: 'Unavailable For Legal Reasons',
    spec: rfc(7725, '3'),
    summary:
      'Access is refused because of a legal demand such as a court order or state censorship. The body should explain the demand and who made it.',
    headers: [
      header('Link', 'should', 'With rel="blocked-by", identifies the party that actually carries out the block.'),
    ],
  },

  // 5xx
  {
    code: 500,
    phrase: 'Internal Server Error',
    spec: rfc9110('15.6.1'),
    summary:
      'Catch-all for an unexpected failure on the server, such as an unhandled exception. Pick a more specific 5xx code when one applies.',
  },
  {
    code: 501,
    phrase: 'Not Implemented',
    spec: rfc9110('15.6.2'),
    summary:
      'The server lacks the functionality the request needs, typically a method it recognizes for no resource at all.',
  },
  {
    code: 502,
    phrase: 'Bad Gateway',
    spec: rfc9110('15.6.3'),
    summary:
      'A gateway or proxy received an invalid reply, or none it could use, from the upstream server it forwarded the request to.',
  },
  {
    code: 503,
    phrase: 'Service Unavailable',
    spec: rfc9110('15.6.4'),
    summary:
      'The server cannot handle requests right now because of overload or maintenance, but expects to recover. Retry-After may say when.',
    headers: [header('Retry-After', 'may', 'How long the outage is expected to last.')],
  },
  {
    code: 504,
    phrase: 'Gateway Timeout',
    spec: rfc9110('15.6.5'),
    summary: 'A gateway or proxy gave up waiting for the upstream server it needed in order to complete the request.',
  },
  {
    code: 505,
    phrase: 'HTTP Version Not Supported',
    spec: rfc9110('15.6.6'),
    summary: 'The server refuses to talk the major HTTP version the request was sent in.',
  },
  {
    code: 506,
    phrase: 'Variant Also Negotiates',
    spec: rfc(2295, '8.1'),
    summary:
      'A configuration error in transparent content negotiation: the variant that was picked is itself set up to negotiate, so no final representation can be chosen.',
  },
  {
    code: 507,
    phrase: 'Insufficient Storage',
    spec: rfc(4918, '11.5'),
    summary: 'WebDAV: the server lacks the space to store what the request needs, for example because a quota is used up.',
  },
  {
    code: 508,
    phrase: 'Loop Detected',
    spec: rfc(5842, '7.2'),
    summary:
      'WebDAV: the server stopped a request over a whole collection tree (Depth: infinity) because it ran into a binding loop.',
  },
  {
    code: 510,
    phrase: 'Not Extended',
    spec: rfc(2774, '7'),
    summary:
      'The request did not meet the access policy of the HTTP Extension Framework for this resource. That framework is historic and IANA marks the code obsolete.',
  },
  {
    code: 511,
    phrase: 'Network Authentication Required',
    spec: rfc(6585, '6'),
    summary:
      'A captive portal, like hotel Wi-Fi, wants the user to log in to the network first. Only intercepting proxies should send it; an application login calls for 401.',
  },
];

function statusClassOf(code: number): StatusClass {
  const statusClass = CLASS_BY_HUNDRED.get(Math.floor(code / 100));
  if (statusClass === undefined) {
    throw new Error(`${code} is outside the 100-599 range of HTTP status codes`);
  }
  return statusClass;
}

function toStatusInfo(row: StatusRow): StatusInfo {
  return Object.freeze({
    code: row.code,
    phrase: row.phrase,
    statusClass: statusClassOf(row.code),
    summary: row.summary,
    spec: Object.freeze(row.spec),
    ...(row.hasMdnPage === false ? {} : { mdn: `${MDN_STATUS_BASE}${row.code}` }),
    headers: Object.freeze((row.headers ?? []).map((statusHeader) => Object.freeze(statusHeader))),
    asks: Object.freeze([...(row.asks ?? [])]),
  });
}

// A Map would let a second row silently replace the first, so duplicates fail at load time.
function buildStatusTable(rows: readonly StatusRow[]): ReadonlyMap<number, StatusInfo> {
  const table = new Map<number, StatusInfo>();
  for (const row of rows) {
    if (table.has(row.code)) {
      throw new Error(`Status ${row.code} appears twice in the status table`);
    }
    table.set(row.code, toStatusInfo(row));
  }
  return table;
}

/** Every IANA-registered HTTP status code, in ascending order. */
export const STATUS_CODES: ReadonlyMap<number, StatusInfo> = buildStatusTable(STATUS_ROWS);

export function statusInfo(code: number): StatusInfo | undefined {
  return STATUS_CODES.get(code);
}

export function isRegisteredStatus(code: number): boolean {
  return STATUS_CODES.has(code);
}
