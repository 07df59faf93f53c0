import type * as O from 'obsidian';
import { HostError } from './HostError';
import { decodeUtf8, encodeUtf8, toArrayBuffer } from './bytes';

/** What a test's request handler returns: status plus a text, JSON or binary body. */
export interface FakeResponse {
  status?: number;
  headers?: Record<string, string>;
  text?: string;
  json?: unknown;
  arrayBuffer?: ArrayBuffer;
}

/** A test-installed stand-in for the network. */
export type RequestHandler = (request: O.RequestUrlParam) => FakeResponse | Promise<FakeResponse>;

let handler: RequestHandler | null = null;
const log: O.RequestUrlParam[] = [];

/** Host-only: installs (or with null removes) the handler that answers `requestUrl`. */
export function setRequestHandler(next: RequestHandler | null): void {
  handler = next;
}

/** Host-only: the requests made so far (oldest first); `clear` empties the log. */
export function requestLog(clear = false): O.RequestUrlParam[] {
  const out = [...log];
  if (clear) log.length = 0;
  return out;
}

/** Obsidian's requestUrl: answered by the installed handler; throws for status ≥ 400 unless `throw: false`. No network. */
export function requestUrl(request: O.RequestUrlParam | string): O.RequestUrlResponsePromise {
  const param: O.RequestUrlParam = typeof request === 'string' ? { url: request } : request;
  const promise = (async (): Promise<O.RequestUrlResponse> => {
    log.push(param);
    if (!handler) {
      throw new HostError(
        'NO_REQUEST_HANDLER',
        `requestUrl(${param.url}): the test host has no network; install a handler with setRequestHandler()`,
      );
    }
    const r = await handler(param);
    const status = r.status ?? 200;
    const bytes = r.arrayBuffer
      ? new Uint8Array(r.arrayBuffer)
      : encodeUtf8(r.text ?? (r.json !== undefined ? JSON.stringify(r.json) : ''));
    const text = decodeUtf8(bytes);
    const response: O.RequestUrlResponse = {
      status,
      headers: r.headers ?? {},
      arrayBuffer: toArrayBuffer(bytes),
      text,
      get json(): unknown {
        return JSON.parse(text) as unknown;
      },
    };
    if (status >= 400 && param.throw !== false) {
      throw Object.assign(new Error(`Request failed, status ${status}`), { status, headers: response.headers });
    }
    return response;
  })();
  // Lazy getters: eager `.then` chains would reject unhandled when only the main promise is awaited.
  const decorated = Object.defineProperties(promise, {
    arrayBuffer: { get: () => promise.then((r) => r.arrayBuffer) },
    json: { get: () => promise.then((r): unknown => r.json) },
    text: { get: () => promise.then((r) => r.text) },
  });
  return decorated as O.RequestUrlResponsePromise;
}

/** Obsidian's `request`: the response text. */
export async function request(req: O.RequestUrlParam | string): Promise<string> {
  return (await requestUrl(req)).text;
}
