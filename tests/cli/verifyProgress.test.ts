import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { runAsync } from '../../src/cli/run';
import { HealthFixture } from '../support/stackFixtures';
import { MemoryIo } from './support/MemoryIo';
import { TempVault } from './support/TempVault';

const vault = new TempVault('vault-stack-progress-');
const fixture = new HealthFixture();
beforeAll(async () => {
  await fixture.start();
  vault.note('Services/Grafana.md', ['stack: service', `health: ${fixture.url}/ok`]);
});
afterAll(async () => {
  await fixture.stop();
  vault.remove();
});

describe('verify on a terminal', () => {
  it('shows progress on stderr and clears it; nothing of it when stderr is not a terminal', async () => {
    const run = async (tty: boolean): Promise<string> => {
      const io = new MemoryIo(vault.root, { cacheHome: join(vault.root, '.cache'), tty });
      await runAsync(['verify', vault.root, '--only', 'health'], io);
      return io.err;
    };
    const onTerminal = await run(true);
    expect(onTerminal).toContain('\r\x1b[2Kverify: health 0/1');
    expect(onTerminal).toContain('\r\x1b[2K1 check: 1 ok, 0 failed, 0 unknown; no drift\n');
    expect(await run(false)).toBe('1 check: 1 ok, 0 failed, 0 unknown; no drift\n');
  });
});
