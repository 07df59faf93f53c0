import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { configDirOf } from '../../src/cli/observe/stateFile';
import { runAsync } from '../../src/cli/run';
import { observationStatePath } from '../../src/core/observe/ObservationState';
import { MemoryIo } from '../cli/support/MemoryIo';
import { TempVault } from '../cli/support/TempVault';
import { HealthFixture, refusedUrl } from '../support/stackFixtures';
import { verifyApproved } from '../support/verifyApproved';

const vault = new TempVault('vault-stack-verify-');
const fixture = new HealthFixture();
let refused = '';
beforeAll(async () => {
  await fixture.start();
  refused = await refusedUrl();
  vault
    .note('Services/Grafana.md', ['stack: service', `health: ${fixture.url}/ok`, 'expect: all good'])
    .note('Services/Nextcloud.md', ['stack: service', `url: ${fixture.url}/fail`])
    .note('Services/Wiki.md', ['stack: service', `health: ${fixture.url}/wrong-body`, 'expect: all good'])
    .note('Services/Old box.md', ['stack: service', `health: ${refused}/`])
    .note('Services/Typo.md', ['stack: service', 'health: grafana dot lan']);
});
afterAll(async () => {
  await fixture.stop();
  vault.remove();
});

/** `vault-stack ARGV` at a fixed clock; the vault and loopback ports written as stable names, latencies as N. */
async function transcript(argv: string[]): Promise<{ text: string; code: number; out: string }> {
  const io = new MemoryIo(vault.root, { cacheHome: join(vault.root, '.cache'), clock: '2026-12-03T07:30:00' });
  const code = await runAsync(argv, io);
  const stable = (text: string): string =>
    text
      .split(vault.root)
      .join('$VAULT')
      .split(fixture.url)
      .join('http://127.0.0.1:$PORT')
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

describe('vault-stack verify against loopback fixtures (approved)', () => {
  it('prints every observation, stores them, and exits 1 on failures', async () => {
    const runs = [
      await transcript(['verify', vault.root]),
      await transcript(['verify', vault.root, '--only', 'health', '--json']),
      await transcript(['verify', vault.root, '--only', 'nothing']),
    ];
    expect(runs.map((r) => r.code)).toEqual([1, 1, 2]);
    const state = JSON.parse(
      readFileSync(join(vault.root, observationStatePath(configDirOf(vault.root, undefined))), 'utf8'),
    ) as { observations: Record<string, { status: string; latencyMs?: number }> };
    expect(Object.keys(state.observations)).toEqual([
      'health:Services/Grafana.md',
      'health:Services/Nextcloud.md',
      'health:Services/Old box.md',
      'health:Services/Typo.md',
      'health:Services/Wiki.md',
    ]);
    expect(state.observations['health:Services/Grafana.md']).toMatchObject({ status: 'ok', at: '2026-12-03T07:30' });
    expect(typeof state.observations['health:Services/Grafana.md'].latencyMs).toBe('number');
    verifyApproved('cli/verify', runs.map((r) => r.text).join('\n'));
  });
});
