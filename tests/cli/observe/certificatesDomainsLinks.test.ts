import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Server } from 'node:https';
import { isIP } from 'node:net';
import { connect } from 'node:tls';
import { nodeHttpProbe } from '../../../src/cli/observe/nodeHttpProbe';
import { LinkObserver } from '../../../src/core/observe/LinkObserver';
import { observationKey, type Observation } from '../../../src/core/observe/Observation';
import { RdapObserver } from '../../../src/core/observe/RdapObserver';
import { rdapBaseFor } from '../../../src/core/observe/rdap';
import { TlsObserver } from '../../../src/core/observe/TlsObserver';
import { nodeTlsProbe } from '../../../src/node/nodeTlsProbe';
import { yamlIndex } from '../../builders/yamlIndex';
import { rdapRoutes } from '../../support/rdapFixture';
import { makeCertificate, opensslAvailable, startHttpsServer } from '../../support/servedCertificate';
import { HealthFixture, refusedUrl } from '../../support/stackFixtures';

const fixture = new HealthFixture();
let refused = '';
beforeAll(async () => {
  await fixture.start(rdapRoutes(() => fixture.url, { 'example.test': '2027-08-14', 'soon.test': '2026-12-20' }));
  refused = await refusedUrl();
});
afterAll(() => fixture.stop());

const ctx = (notes: Record<string, string>, env: Record<string, string> = {}, previous?: Observation[]) => ({
  index: yamlIndex(notes),
  today: '2026-12-03',
  now: '2026-12-03T07:30',
  env,
  previous: new Map((previous ?? []).map((o) => [observationKey(o), o])),
});
const summary = (seen: Observation[]) =>
  Object.fromEntries(seen.map((o) => [o.path, `${o.status}${o.warning ? ' (warning)' : ''}: ${o.detail}`]));

const haveOpenssl = opensslAvailable();
if (!haveOpenssl && process.env.CI === 'true') throw new Error('openssl is required under CI');
if (!haveOpenssl) console.warn('openssl not found: the TLS tests are skipped');
const describeTls = haveOpenssl ? describe : describe.skip;

describeTls('the TLS observer against a loopback https server with a known notAfter', () => {
  let servers: Server[] = [];
  let later = { url: '', port: 0 };
  let soon = { url: '', port: 0 };
  let expired = { url: '', port: 0 };
  beforeAll(async () => {
    const started = await Promise.all([
      startHttpsServer(makeCertificate('2027-01-03', 'Loopback Test CA')),
      startHttpsServer(makeCertificate('2026-12-10', 'Short Lived CA')),
      startHttpsServer(makeCertificate('2026-11-30', 'Old CA')),
    ]);
    [later, soon, expired] = started;
    servers = started.map((s) => s.server);
  }, 60_000);
  afterAll(async () => {
    for (const s of servers) await new Promise((r) => s.close(r));
  });

  it('reads issuer and notAfter, warns inside 14 days, fails when expired, compares domains with tls-expires', async () => {
    const observer = new TlsObserver(nodeTlsProbe({ connect, isIP }), { timeoutMs: 2000 });
    const seen = await observer.observe(
      ctx(
        {
          'later.md': `stack: service\nurl: ${later.url}/`,
          'soon.md': `stack: service\nhealth: ${soon.url}/health\nurl: ${later.url}/`,
          'expired.md': `stack: service\nurl: ${expired.url}/`,
          'plain http.md': `stack: service\nurl: ${fixture.url}/ok`,
          'refused.md': `stack: service\nurl: ${refused.replace('http:', 'https:')}/`,
          'not tls.md': `stack: service\nurl: ${fixture.url.replace('http:', 'https:')}/ok`,
          'example.md': 'stack: domain\nname: example.test\ntls-expires: 2027-03-01',
        },
        { VAULT_STACK_TLS_CONNECT: `127.0.0.1:${later.port}` },
      ),
    );
    expect(summary(seen)).toEqual({
      'example.md':
        'ok: certificate expires 2027-01-03 (in 31 days), issued by Loopback Test CA; not trusted here (DEPTH_ZERO_SELF_SIGNED_CERT)',
      'expired.md':
        'failed: certificate expired 2026-11-30 (3 days ago), issued by Old CA; not trusted here (CERT_HAS_EXPIRED)',
      'later.md':
        'ok: certificate expires 2027-01-03 (in 31 days), issued by Loopback Test CA; not trusted here (DEPTH_ZERO_SELF_SIGNED_CERT)',
      'not tls.md': expect.stringMatching(/^failed: no certificate read: TLS error: /),
      'refused.md': 'unknown: no certificate read: connection refused',
      'soon.md': `ok (warning): 127.0.0.1:${soon.port}: certificate expires 2026-12-10 (in 7 days), issued by Short Lived CA; not trusted here (DEPTH_ZERO_SELF_SIGNED_CERT)`,
    });
    expect(seen.find((o) => o.path === 'example.md')?.facts).toEqual({ 'tls-expires': '2027-01-03' });
    expect(seen.find((o) => o.path === 'later.md')?.facts).toBeUndefined();
  });

  it('health over https with a certificate this host does not trust is down with a TLS error, and up when trusted', async () => {
    const notes = { 'secure.md': `stack: service\nhealth: ${later.url}/\nexpect: secure ok` };
    const { HealthObserver } = await import('../../../src/core/observe/HealthObserver');
    const untrusting = nodeHttpProbe();
    const seen = await new HealthObserver(untrusting).observe(ctx(notes));
    untrusting.close();
    expect(seen[0].detail).toMatch(/^TLS error: self[- ]signed certificate/);
    const made = makeCertificate('2027-01-03');
    const server = await startHttpsServer(made);
    const trusting = nodeHttpProbe({ ca: made.cert });
    const trusted = await new HealthObserver(trusting).observe(
      ctx({ 'secure.md': `stack: service\nhealth: https://localhost:${server.port}/\nexpect: secure ok` }),
    );
    trusting.close();
    await new Promise((r) => server.server.close(r));
    expect(summary(trusted)).toEqual({ 'secure.md': 'ok: HTTP 200' });
  });
});

describe('the RDAP observer against a loopback RDAP server', () => {
  const notes = {
    'example.md': 'stack: domain\nname: example.test\nexpires: 2027-01-01',
    'soon.md': 'stack: domain\nname: soon.test\nexpires: 2026-12-20',
    'unregistered.md': 'stack: domain\nname: nobody.test',
    'garbage.md': 'stack: domain\nname: garbage.test',
    'other tld.md': 'stack: domain\nname: example.zz',
  };

  it('finds the server through the bootstrap file and reads the expiration event', async () => {
    const http = nodeHttpProbe();
    const seen = await new RdapObserver(http, { bootstrapUrl: `${fixture.url}/bootstrap/dns.json` }).observe(
      ctx(notes),
    );
    http.close();
    expect(summary(seen)).toEqual({
      'example.md': 'ok: registration expires 2027-08-14 (in 254 days), registrar Example Registrar, Inc.',
      'garbage.md': 'unknown: the RDAP server sent something that is not JSON',
      'other tld.md': "unknown: no RDAP server serves example.zz's top-level domain",
      'soon.md': 'ok (warning): registration expires 2026-12-20 (in 17 days), registrar Example Registrar, Inc.',
      'unregistered.md': 'failed: RDAP: nobody.test is not registered (404)',
    });
    expect(seen.find((o) => o.path === 'example.md')?.facts).toEqual({ expires: '2027-08-14' });
  });

  it('uses VAULT_STACK_RDAP_URL for every domain, and says so when the server is down', async () => {
    const http = nodeHttpProbe();
    const env = { VAULT_STACK_RDAP_URL: `${fixture.url}/rdap` };
    const seen = await new RdapObserver(http).observe(ctx({ 'example.md': notes['example.md'] }, env));
    const down = await new RdapObserver(http, { timeoutMs: 1000 }).observe(
      ctx({ 'example.md': notes['example.md'] }, { VAULT_STACK_RDAP_URL: refused }),
    );
    http.close();
    expect(seen[0].facts).toEqual({ expires: '2027-08-14' });
    expect(summary(down)).toEqual({ 'example.md': 'unknown: RDAP: connection refused' });
  });

  it('picks the longest matching suffix of the bootstrap file', () => {
    const bootstrap = {
      services: [
        [['uk'], ['https://rdap.nominet.uk/uk/']],
        [['co.uk'], ['http://plain.example/', 'https://co.example/']],
      ],
    };
    expect(rdapBaseFor(bootstrap, 'example.co.uk')).toBe('https://co.example/');
    expect(rdapBaseFor(bootstrap, 'example.uk')).toBe('https://rdap.nominet.uk/uk/');
    expect(rdapBaseFor(bootstrap, 'example.com')).toBeNull();
    expect(rdapBaseFor('garbage', 'example.uk')).toBeNull();
  });
});

describe('the link observer against a loopback server', () => {
  const notes = () => ({
    'alive.md': `stack: bookmark\nurl: ${fixture.url}/ok`,
    'gone.md': `stack: bookmark\nurl: ${fixture.url}/gone`,
    'missing.md': `stack: bookmark\nurl: ${fixture.url}/nothing-here`,
    'head refused.md': `stack: bookmark\nurl: ${fixture.url}/head-refused`,
    'flaky.md': `stack: bookmark\nurl: ${fixture.url}/fail`,
    'slow.md': `stack: bookmark\nurl: ${fixture.url}/slow`,
    'no host.md': 'stack: bookmark\nurl: http://no-such-host.invalid/',
    'marked.md': `stack: bookmark\nurl: ${fixture.url}/gone\ndead: 2026-11-01`,
  });

  it('finds dead links at once, transient failures only on the second check, and skips links checked lately', async () => {
    const http = nodeHttpProbe();
    const observer = new LinkObserver(http, { timeoutMs: 400 });
    const first = await observer.observe(ctx(notes()));
    expect(summary(first)).toEqual({
      'alive.md': 'ok: HTTP 200',
      'flaky.md': 'unknown: HTTP 500 (dead if the next check says so too)',
      'gone.md': 'failed: HTTP 410',
      'head refused.md': 'ok: HTTP 200',
      'missing.md': 'failed: HTTP 404',
      // A machine without a working resolver says "no such host" for every name: never dead on one check.
      'no host.md': 'unknown: no answer: DNS: no such host no-such-host.invalid (dead if the next check says so too)',
      'slow.md': 'unknown: no answer: timed out after 400 ms (dead if the next check says so too)',
    });
    expect(first.find((o) => o.path === 'gone.md')?.facts).toEqual({ dead: '2026-12-03' });
    expect(fixture.seen).toContain('HEAD /head-refused');
    expect(fixture.seen).toContain('GET /head-refused');
    const aliveBefore = fixture.seen.filter((s) => s.endsWith(' /ok')).length;
    const second = await observer.observe(ctx(notes(), {}, first));
    http.close();
    expect(summary(second)).toMatchObject({
      'alive.md': 'ok: HTTP 200',
      'flaky.md': 'failed: HTTP 500, on two checks in a row',
      'slow.md': 'failed: no answer: timed out after 400 ms, on two checks in a row',
      'no host.md': 'failed: no answer: DNS: no such host no-such-host.invalid, on two checks in a row',
    });
    expect(fixture.seen.filter((s) => s.endsWith(' /ok')).length).toBe(aliveBefore);
  });

  it('marks nothing dead when not one link answered (offline), and an offline run is no first sighting', async () => {
    const http = nodeHttpProbe();
    const observer = new LinkObserver(http, { timeoutMs: 400 });
    const offline = {
      'a.md': `stack: bookmark\nurl: ${refused}/a`,
      'b.md': 'stack: bookmark\nurl: http://no-such-host.invalid/b',
    };
    const first = await observer.observe(ctx(offline));
    const second = await observer.observe(ctx(offline, {}, first));
    http.close();
    expect(summary(second)).toEqual({
      'a.md': 'unknown: no answer: connection refused; no link answered on this run (offline?)',
      'b.md': 'unknown: no answer: DNS: no such host no-such-host.invalid; no link answered on this run (offline?)',
    });
    expect(second.every((o) => o.facts === undefined)).toBe(true);
  });
});
