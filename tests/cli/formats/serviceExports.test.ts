import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { runAsync } from '../../../src/cli/run';
import { MemoryIo } from '../support/MemoryIo';
import { TempVault } from '../support/TempVault';

describe('vault-stack export homepage | gatus | systemd', () => {
  let vault: TempVault;

  beforeAll(() => {
    vault = new TempVault();
    vault
      .note('Devices/nas.md', ['stack: device'])
      .note('Services/Immich.md', ['stack: service', 'url: https://photos.example.org', 'host: "[[nas]]"'])
      .note('Backups/Nightly.md', [
        'stack: backup',
        'tool: restic',
        'every: 6h',
        'command: [restic, backup, --json, /srv]',
      ])
      .note('Backups/Sync.md', ['stack: backup', 'tool: syncthing', 'every: day']);
  });
  afterAll(() => vault.remove());

  async function cli(argv: string[]): Promise<{ code: number; io: MemoryIo }> {
    const io = new MemoryIo(vault.root, { cacheHome: join(vault.root, '.cache') });
    return { code: await runAsync([...argv, '--no-cache'], io), io };
  }

  it('prints services.yaml and says how many services went out', async () => {
    const { code, io } = await cli(['export', 'homepage', '.']);
    expect(code).toBe(0);
    expect(parse(io.out)).toEqual([
      { nas: [{ Immich: { href: 'https://photos.example.org', siteMonitor: 'https://photos.example.org' } }] },
    ]);
    expect(io.err).toBe('homepage: 1 service\n');
  });

  it('takes a Gatus interval and refuses one Gatus would not read', async () => {
    const ok = await cli(['export', 'gatus', '.', '--interval', '30s']);
    expect(ok.code).toBe(0);
    expect((parse(ok.io.out) as { endpoints: { interval: string }[] }).endpoints[0].interval).toBe('30s');
    const bad = await cli(['export', 'gatus', '.', '--interval', '5 minutes']);
    expect(bad.code).toBe(2);
    expect(bad.io.err).toContain('"5 minutes" is not a Gatus interval');
  });

  it('refuses an option of another format', async () => {
    const { code, io } = await cli(['export', 'homepage', '.', '--interval', '5m']);
    expect(code).toBe(2);
    expect(io.err).toContain('option --interval is not for `export homepage`');
  });

  it('writes the systemd units into --out DIR, naming the jobs it skipped, and needs the folder', async () => {
    const out = join(vault.root, 'units');
    const { code, io } = await cli(['export', 'systemd', '.', '--out', 'units', '--bin', '/opt/bin/vault-stack']);
    expect(code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['vault-stack-nightly.service', 'vault-stack-nightly.timer']);
    expect(readFileSync(join(out, 'vault-stack-nightly.service'), 'utf8')).toContain(
      `ExecStart=/opt/bin/vault-stack backup run Backups/Nightly.md ${vault.root} -- restic backup --json /srv\n`,
    );
    expect(io.err).toContain('skipped Backups/Sync.md: no `command` to run');
    const noDir = await cli(['export', 'systemd', '.']);
    expect(noDir.code).toBe(2);
    expect(noDir.io.err).toContain('give it with --out DIR');
    expect(existsSync(join(vault.root, 'vault-stack-nightly.timer'))).toBe(false);
  });
});
