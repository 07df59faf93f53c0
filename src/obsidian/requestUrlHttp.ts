import type { GitHttpRequest, GitHttpResponse, HttpClient } from 'isomorphic-git';
import type { RequestUrlParam, RequestUrlResponse } from 'obsidian';

/** Obsidian's `requestUrl`, or anything shaped like it. */
export type RequestUrlFn = (request: RequestUrlParam) => Promise<RequestUrlResponse>;

const STATUS_TEXT: Record<number, string> = {
  200: 'OK',
  204: 'No Content',
  301: 'Moved Permanently',
  302: 'Found',
  304: 'Not Modified',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  413: 'Payload Too Large',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
};

/**
 * An isomorphic-git http client over Obsidian's `requestUrl` (which is not subject to CORS). The
 * request body is collected into one ArrayBuffer; the response comes back whole as a one-chunk
 * body. `throw: false` keeps 4xx answers as responses, so a 401 reaches isomorphic-git's auth flow.
 * @example git.clone({ fs, http: requestUrlHttp(requestUrl), dir: '/', url })
 */
export function requestUrlHttp(requestUrl: RequestUrlFn): HttpClient {
  return {
    async request({ url, method = 'GET', headers = {}, body }: GitHttpRequest): Promise<GitHttpResponse> {
      const param: RequestUrlParam = { url, method, headers: { ...headers }, throw: false };
      if (body !== undefined) param.body = await collect(body);
      const response = await requestUrl(param);
      const bytes = new Uint8Array(response.arrayBuffer);
      return {
        url,
        method,
        statusCode: response.status,
        statusMessage: STATUS_TEXT[response.status] ?? '',
        headers: lowerCaseKeys(response.headers),
        body: oneChunk(bytes),
      };
    },
  };
}

/** Concatenates the request body's chunks into one ArrayBuffer. */
async function collect(body: AsyncIterable<Uint8Array> | Iterable<Uint8Array>): Promise<ArrayBuffer> {
  const chunks: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of body) {
    chunks.push(chunk);
    length += chunk.byteLength;
  }
  const out = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out.buffer;
}

// isomorphic-git reads headers such as `content-type` in lower case.
function lowerCaseKeys(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) out[name.toLowerCase()] = value;
  return out;
}

async function* oneChunk(bytes: Uint8Array): AsyncIterableIterator<Uint8Array> {
  if (bytes.byteLength > 0) yield bytes;
}
