import { request as httpRequest } from 'node:http';
import type { RequestUrlParam } from 'obsidian';
import type { FakeResponse } from '../../../host/testing';

/** A host `requestUrl` handler that sends the request to a real loopback server (git http-backend) with node's http. */
export function loopbackHandler(param: RequestUrlParam): Promise<FakeResponse> {
  return new Promise((resolve, reject) => {
    const body = param.body === undefined ? undefined : Buffer.from(typeof param.body === 'string' ? param.body : new Uint8Array(param.body));
    const headers: Record<string, string> = { ...param.headers };
    if (param.contentType) headers['Content-Type'] = param.contentType;
    if (body) headers['Content-Length'] = String(body.length);
    const req = httpRequest(param.url, { method: param.method ?? 'GET', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const bytes = Buffer.concat(chunks);
        const flat: Record<string, string> = {};
        for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) flat[k] = Array.isArray(v) ? v.join(', ') : v;
        resolve({ status: res.statusCode ?? 0, headers: flat, arrayBuffer: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}
