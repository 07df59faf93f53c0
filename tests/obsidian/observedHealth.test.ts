import { describe, expect, test } from '@jest/globals';
import { ObservedHealth } from '../../src/obsidian/bases/observedHealth';
import { createTestApp } from '../host/testing';

const STATE = {
  version: 1,
  observations: {
    'health:Infra/Blog.md': {
      path: 'Infra/Blog.md',
      check: 'health',
      status: 'failed',
      at: '2026-11-28T08:55:00',
      detail: 'HTTP 502',
    },
    'tls:Infra/Blog.md': { path: 'Infra/Blog.md', check: 'tls', status: 'ok', at: '2026-11-28T08:55:00', detail: 'x' },
  },
};

async function drained(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise<void>((resolve) => setImmediate(resolve));
}

describe('ObservedHealth (the Stack status view’s seam for observed health)', () => {
  test('reads the last health observation of each item from the shared state file, at most once a minute', async () => {
    const app = createTestApp();
    const path = `${app.vault.configDir}/plugins/vault-stack/state/observations.json`;
    await app.vault.adapter.mkdir(`${app.vault.configDir}/plugins/vault-stack/state`);
    await app.vault.adapter.write(path, JSON.stringify(STATE));
    const health = new ObservedHealth(app);
    let changes = 0;

    health.refresh(1_000, () => changes++);
    await drained();
    const first = health.of('Infra/Blog.md');
    await app.vault.adapter.write(path, JSON.stringify({ version: 1, observations: {} }));
    health.refresh(30_000, () => changes++);
    await drained();
    const stillCached = health.of('Infra/Blog.md');
    health.refresh(61_000, () => changes++);
    await drained();

    expect(first).toMatchObject({ status: 'failed', detail: 'HTTP 502' });
    expect(stillCached).toBe(first);
    expect(health.of('Infra/Blog.md')).toBeUndefined();
    expect(changes).toBe(2);
  });

  test('a missing or broken state file is no observation, never an error', async () => {
    const app = createTestApp();
    const health = new ObservedHealth(app);
    let changes = 0;

    health.refresh(0, () => changes++);
    await drained();

    expect(health.of('Infra/Blog.md')).toBeUndefined();
    expect(changes).toBe(0);
  });
});
