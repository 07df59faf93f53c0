import { request as httpRequest } from 'node:http';
import type { RequestUrlParam } from 'obsidian';

/** What a loopback server answered: status, flattened headers, and the whole body. */
export interface LoopbackResponse {
  status: number;
  headers: Record<string, string>;
  bytes: Buffer;
  arrayBuffer: ArrayBuffer;
}

/**
 * Sends an Obsidian `requestUrl` request to a server on this machine with node's http: the whole
 * body in, the whole body out. Tests build Obsidian's `requestUrl` (and the host's handler) on it.
 */
export function sendOverLoopback(param: RequestUrlParam): Promise<LoopbackResponse> {
  return new Promise((resolve, reject) => {
    const body =
      param.body === undefined
        ? undefined
        : Buffer.from(typeof param.body === 'string' ? param.body : new Uint8Array(param.body));
    const headers: Record<string, string> = { ...param.headers };
    if (param.contentType) headers['Content-Type'] = param.contentType;
    if (body) headers['Content-Length'] = String(body.length);
    const req = httpRequest(param.url, { method: param.method ?? 'GET', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const bytes = Buffer.concat(chunks);
        const flat: Record<string, string> = {};
        for (const [k, v] of Object.entries(res.headers))
          if (v !== undefined) flat[k] = Array.isArray(v) ? v.join(', ') : v;
        const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
        resolve({ status: res.statusCode ?? 0, headers: flat, bytes, arrayBuffer });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}
