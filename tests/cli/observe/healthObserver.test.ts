import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { setTimeout } from 'node:timers';
import { nodeHttpProbe } from '../../../src/cli/observe/nodeHttpProbe';
import { HealthObserver } from '../../../src/core/observe/HealthObserver';
import { yamlIndex } from '../../builders/yamlIndex';
import { HealthFixture, refusedUrl } from '../../support/stackFixtures';

const fixture = new HealthFixture();
let refused = '';
beforeAll(async () => {
  await fixture.start();
  refused = await refusedUrl();
});
afterAll(() => fixture.stop());

function context(notes: Record<string, string>) {
  return { index: yamlIndex(notes), today: '2026-12-03', now: '2026-12-03T07:30', env: {} };
}

describe('the health observer against a loopback server', () => {
  it('says up or down with the reason for each endpoint', async () => {
    const http = nodeHttpProbe();
    try {
      const seen = await new HealthObserver(http, { timeoutMs: 500 }).observe(
        context({
          'ok.md': `stack: service\nhealth: ${fixture.url}/ok\nexpect: all good`,
          'status.md': `stack: service\nhealth: ${fixture.url}/fail`,
          'expected 500.md': `stack: service\nhealth: ${fixture.url}/fail\nexpect: 500`,
          'wrong body.md': `stack: service\nhealth: ${fixture.url}/wrong-body\nexpect: all good`,
          'slow.md': `stack: service\nhealth: ${fixture.url}/slow`,
          'loop.md': `stack: service\nhealth: ${fixture.url}/loop`,
          'hops.md': `stack: service\nurl: ${fixture.url}/hop/1`,
          'refused.md': `stack: service\nhealth: ${refused}/`,
          'dns.md': 'stack: service\nhealth: http://no-such-host.invalid/',
          'garbage.md': `stack: service\nhealth: ${fixture.url}/garbage`,
          'skipped.md': `stack: service\nurl: ${fixture.url}/ok\nhealth: false`,
          'not a url.md': 'stack: service\nhealth: grafana dot lan',
          'nothing.md': 'stack: service',
        }),
      );
      expect(Object.fromEntries(seen.map((o) => [o.path, `${o.status}: ${o.detail}`]))).toEqual({
        'dns.md': 'failed: DNS: no such host no-such-host.invalid',
        'expected 500.md': 'ok: HTTP 500',
        'garbage.md': expect.stringMatching(/^failed: not an HTTP answer: /),
        'hops.md': 'ok: HTTP 200 after 2 redirects',
        'loop.md': 'failed: more than 5 redirects (a loop?)',
        'not a url.md':
          'unknown: health: "grafana dot lan" is not an http or https URL; fix the note (or write health: false)',
        'ok.md': 'ok: HTTP 200',
        'refused.md': 'failed: connection refused',
        'slow.md': 'failed: timed out after 500 ms',
        'status.md': 'failed: HTTP 500',
        'wrong body.md': 'failed: HTTP 200, but the body lacks "all good"',
      });
      expect(seen.map((o) => o.path)).toEqual([...seen.map((o) => o.path)].sort());
      const slow = seen.find((o) => o.path === 'slow.md');
      expect(slow?.latencyMs).toBeGreaterThanOrEqual(490);
      expect(slow?.latencyMs).toBeLessThan(1400);
      expect(seen.find((o) => o.path === 'ok.md')?.latencyMs).toBeLessThan(500);
      expect(fixture.seen.filter((s) => s === 'GET /loop')).toHaveLength(6);
    } finally {
      http.close();
    }
  });

  it('never has more than the limit in flight, overall and per host', async () => {
    let inFlight = 0;
    let most = 0;
    const perHost = new Map<string, number>();
    let mostPerHost = 0;
    const http = {
      async request(request: { url: string }) {
        const host = new URL(request.url).host;
        inFlight++;
        perHost.set(host, (perHost.get(host) ?? 0) + 1);
        most = Math.max(most, inFlight);
        mostPerHost = Math.max(mostPerHost, perHost.get(host) ?? 0);
        await new Promise((r) => setTimeout(r, 5));
        inFlight--;
        perHost.set(host, (perHost.get(host) ?? 0) - 1);
        return { ok: true as const, status: 200, headers: {}, body: '', elapsedMs: 5 };
      },
    };
    const notes: Record<string, string> = {};
    for (let i = 0; i < 60; i++) notes[`s${i}.md`] = `stack: service\nhealth: http://host${i % 3}.lan/`;
    const seen = await new HealthObserver(http, { concurrency: { overall: 5, perHost: 2 } }).observe(context(notes));
    expect(seen).toHaveLength(60);
    expect(most).toBe(5);
    expect(mostPerHost).toBe(2);
  });
});
