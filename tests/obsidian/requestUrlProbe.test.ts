/** @jest-environment jsdom */
import { describe, expect, it } from '@jest/globals';
import type { RequestUrlParam, RequestUrlResponse } from 'obsidian';
import { classifyRequestError, requestUrlProbe } from '../../src/obsidian/observe/requestUrlProbe';

const answer = (status: number, text: string, headers: Record<string, string> = {}): RequestUrlResponse => ({
  status,
  text,
  headers,
  arrayBuffer: new ArrayBuffer(0),
  json: null,
});

describe('the HTTP capability over requestUrl', () => {
  it('passes the request through with throw: false and returns any status with lower-case headers', async () => {
    const seen: RequestUrlParam[] = [];
    const probe = requestUrlProbe(async (param) => {
      seen.push(param);
      return answer(503, 'busy', { 'Retry-After': '5' });
    });
    const outcome = await probe.request({ url: 'https://a.lan/health', method: 'GET', timeoutMs: 1000 });
    expect(outcome).toMatchObject({ ok: true, status: 503, body: 'busy', headers: { 'retry-after': '5' } });
    expect(seen[0]).toMatchObject({ url: 'https://a.lan/health', method: 'GET', throw: false });
  });

  it('gives up at the time limit even though requestUrl has none', async () => {
    const probe = requestUrlProbe(() => new Promise<RequestUrlResponse>(() => undefined));
    const outcome = await probe.request({ url: 'https://slow.lan/', method: 'GET', timeoutMs: 50 });
    expect(outcome).toMatchObject({ ok: false, reason: 'timeout', detail: 'no answer within 50 ms' });
  });

  it("reads Electron's and the mobile platforms' failures as reasons", async () => {
    const probe = requestUrlProbe(() => Promise.reject(new Error('net::ERR_NAME_NOT_RESOLVED')));
    expect(await probe.request({ url: 'https://gone.example/', method: 'HEAD', timeoutMs: 1000 })).toMatchObject({
      ok: false,
      reason: 'dns',
      detail: 'no such host gone.example',
    });
    expect(classifyRequestError('net::ERR_CONNECTION_REFUSED', 'http://a/')[0]).toBe('refused');
    expect(classifyRequestError('net::ERR_CERT_DATE_INVALID', 'https://a/')[0]).toBe('tls');
    expect(classifyRequestError('net::ERR_CONNECTION_RESET', 'https://a/')[0]).toBe('reset');
    expect(classifyRequestError('The request timed out.', 'https://a/')[0]).toBe('timeout');
    expect(classifyRequestError('A server with the specified hostname could not be found.', 'https://a/')[0]).toBe(
      'dns',
    );
  });
});
