export type StatusClass = 'informational' | 'success' | 'redirection' | 'client-error' | 'server-error';

export type HeaderRequirement = 'must' | 'should' | 'may';

/** A response header that the specification ties to a status code. */
export interface StatusHeader {
  readonly name: string;
  readonly requirement: HeaderRequirement;
  /** One sentence: what the header says for this status, in our words. */
  readonly note: string;
}

export interface SpecReference {
  /** e.g. 'RFC 9110, section 15.5.4' */
  readonly title: string;
  readonly url: string;
}

/** Everything the rules, messages and hover know about one status code. */
export interface StatusInfo {
  readonly code: number;
  /** IANA reason phrase, e.g. 'Forbidden'. */
  readonly phrase: string;
  readonly statusClass: StatusClass;
  /** One or two sentences written by us: what the code means and when to use it. */
  readonly summary: string;
  readonly spec: SpecReference;
  /** MDN page, where MDN has one. */
  readonly mdn?: string;
  readonly headers: readonly StatusHeader[];
  /**
   * What the specification asks of a response with this status, one sentence each, with its section
   * and the authlint rule that checks it (the hover's "What the spec asks"); empty for most codes.
   */
  readonly asks: readonly string[];
}
