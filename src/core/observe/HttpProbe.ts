/** One HTTP request an observer makes: the host does not follow redirects itself where it can help it. */
export interface HttpProbeRequest {
  url: string;
  method: 'GET' | 'HEAD' | 'POST';
  headers?: Readonly<Record<string, string>>;
  body?: string;
  /** The whole exchange must finish within this; a slower one is a `timeout` failure. */
  timeoutMs: number;
}

/** Why a request got no answer: the reasons a health check reports. */
export type HttpFailureReason = 'timeout' | 'dns' | 'tls' | 'refused' | 'reset' | 'garbage' | 'other';

/** What the host got back: an answer (any status), or no answer with the reason; both with the time taken. */
export type HttpProbeOutcome =
  | {
      ok: true;
      status: number;
      /** Header names in lower case. */
      headers: Readonly<Record<string, string>>;
      /** The body as text (a host may cut a long one). */
      body: string;
      elapsedMs: number;
    }
  | { ok: false; reason: HttpFailureReason; detail: string; elapsedMs: number };

/**
 * The HTTP capability network observers are given (DESIGN.md §2, §5): the plugin passes one over
 * Obsidian's `requestUrl` (mobile too), the CLI one over node's http and https. Never throws.
 */
export interface HttpProbe {
  request(request: HttpProbeRequest): Promise<HttpProbeOutcome>;
}
