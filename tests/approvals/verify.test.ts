import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import type { Server } from 'node:https';
import { join } from 'node:path';
import { configDirOf } from '../../src/cli/observe/stateFile';
import { runAsync } from '../../src/cli/run';
import { observationStatePath } from '../../src/core/observe/ObservationState';
import { MemoryIo } from '../cli/support/MemoryIo';
import { TempVault } from '../cli/support/TempVault';
import { rdapRoutes } from '../support/rdapFixture';
import { makeCertificate, opensslAvailable, startHttpsServer } from '../support/servedCertificate';
import { HealthFixture, refusedUrl } from '../support/stackFixtures';
import { verifyApproved } from '../support/verifyApproved';

const vault = new TempVault('vault-stack-verify-');
const fixture = new HealthFixture();
let refused = '';
let https: { url: string; port: number; server: Server } | null = null;
const haveOpenssl = opensslAvailable();
if (!haveOpenssl && process.env.CI === 'true') throw new Error('openssl is required under CI');
if (!haveOpenssl) console.warn('openssl not found: the verify approvals are skipped');
const describeOpenssl = haveOpenssl ? describe : describe.skip;

beforeAll(async () => {
  if (!haveOpenssl) return;
  await fixture.start(rdapRoutes(() => fixture.url, { 'example.test': '2027-08-14' }));
  refused = await refusedUrl();
  https = await startHttpsServer(makeCertificate('2030-06-30', 'Loopback Test CA'));
  vault
    .note('Services/Grafana.md', ['stack: service', `health: ${fixture.url}/ok`, 'expect: all good'])
    .note('Services/Nextcloud.md', ['stack: service', `url: ${fixture.url}/fail`])
    .note('Services/Wiki.md', ['stack: service', `health: ${fixture.url}/wrong-body`, 'expect: all good'])
    .note('Services/Old box.md', ['stack: service', `health: ${refused}/`])
    .note('Services/Typo.md', ['stack: service', 'health: grafana dot lan'])
    .note('Services/Vaultwarden.md', ['stack: service', `url: ${https.url}/`, 'health: false'])
    .note('Domains/example.test.md', [
      'stack: domain',
      'name: example.test',
      'registrar: Example Registrar',
      'expires: 2027-01-01 # renewed?',
      'tls-expires: 2027-03-01',
    ])
    .note('Bookmarks/Gone.md', ['stack: bookmark', `url: ${fixture.url}/gone`, 'status: read'])
    .note('Bookmarks/Alive.md', ['stack: bookmark', `url: ${fixture.url}/ok`]);
});
afterAll(async () => {
  if (!haveOpenssl) return;
  await new Promise((r) => https?.server.close(r));
  await fixture.stop();
  vault.remove();
});

/** `vault-stack ARGV` at a fixed clock; the vault and loopback ports written as stable names, latencies as N. */
async function transcript(argv: string[]): Promise<{ text: string; code: number; out: string }> {
  const io = new MemoryIo(vault.root, { cacheHome: join(vault.root, '.cache'), clock: '2026-12-03T07:30:00' });
  io.env = {
    ...io.env,
    VAULT_STACK_RDAP_URL: `${fixture.url}/rdap/`,
    VAULT_STACK_TLS_CONNECT: `127.0.0.1:${https?.port ?? 0}`,
  };
  const code = await runAsync(argv, io);
  const stable = (text: string): string =>
    text
      .split(vault.root)
      .join('$VAULT')
      .split(fixture.url)
      .join('http://127.0.0.1:$PORT')
      .split(https?.url ?? '-')
      .join('https://127.0.0.1:$TLSPORT')
      .split(refused)
      .join('http://127.0.0.1:$CLOSED')
      .replace(/\d+ ms/g, 'N ms')
      .replace(/"latencyMs": \d+/g, '"latencyMs": N')
      .replace(/(\S) {2,}/g, '$1  ');
  const shown = ['vault-stack', ...argv.map((a) => (a.includes(' ') ? `'${a}'` : a))].join(' ');
  return {
    code,
    out: io.out,
    text: stable(
      [`$ ${shown}`, `exit ${code}`, '--- stdout', io.out.trimEnd(), '--- stderr', io.err.trimEnd(), ''].join('\n'),
    ),
  };
}

describeOpenssl('vault-stack verify against loopback fixtures (approved)', () => {
  it('prints every observation, stores them, and exits 1 on failures', async () => {
    const runs = [
      await transcript(['verify', vault.root]),
      await transcript(['verify', vault.root, '--only', 'health', '--json']),
      await transcript(['verify', vault.root, '--only', 'nothing']),
      await transcript(['verify', vault.root, '--only', 'domain', '--apply']),
      await transcript(['verify', vault.root, '--only', 'domain']),
    ];
    expect(runs.map((r) => r.code)).toEqual([1, 1, 2, 0, 0]);
    const state = JSON.parse(
      readFileSync(join(vault.root, observationStatePath(configDirOf(vault.root, undefined))), 'utf8'),
    ) as { observations: Record<string, { status: string; at: string; latencyMs?: number }> };
    expect(Object.keys(state.observations)).toEqual([
      'domain:Domains/example.test.md',
      'health:Services/Grafana.md',
      'health:Services/Nextcloud.md',
      'health:Services/Old box.md',
      'health:Services/Typo.md',
      'health:Services/Wiki.md',
      'link:Bookmarks/Alive.md',
      'link:Bookmarks/Gone.md',
      'tls:Domains/example.test.md',
      'tls:Services/Vaultwarden.md',
    ]);
    expect(state.observations['health:Services/Grafana.md']).toMatchObject({ status: 'ok', at: '2026-12-03T07:30' });
    expect(typeof state.observations['health:Services/Grafana.md'].latencyMs).toBe('number');
    const note = readFileSync(join(vault.root, 'Domains/example.test.md'), 'utf8');
    expect(note).toBe(
      [
        '---',
        'stack: domain',
        'name: example.test',
        'registrar: Example Registrar',
        'expires: 2027-08-14 # renewed?',
        'tls-expires: 2030-06-30',
        '---',
        'Some prose about it.',
        '',
      ].join('\n'),
    );
    verifyApproved('cli/verify', runs.map((r) => r.text).join('\n'));
  });
});
