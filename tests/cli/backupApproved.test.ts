import { afterAll, describe, it } from '@jest/globals';
import { join } from 'node:path';
import { runAsync } from '../../src/cli/run';
import { PingRecorder } from '../support/pingRecorder';
import { verifyApproved } from '../support/verifyApproved';
import { MemoryIo } from './support/MemoryIo';
import { TempVault } from './support/TempVault';

const vault = new TempVault();
afterAll(() => vault.remove());

/** `vault-stack ARGV` at a fixed clock, the temp vault written as `$VAULT`. */
async function transcript(argv: string[], clock: string): Promise<string> {
  const io = new MemoryIo(vault.root, { clock });
  io.env = { PATH: process.env.PATH, XDG_CACHE_HOME: join(vault.root, '.cache') };
  const code = await runAsync(argv, io);
  const stable = (text: string): string => text.split(vault.root).join('$VAULT');
  const shown = ['vault-stack', ...argv.map((a) => (a.includes(' ') ? `'${a}'` : a))].join(' ');
  return stable(
    [`$ ${shown}`, `exit ${code}`, '--- stdout', io.out.trimEnd(), '--- stderr', io.err.trimEnd(), ''].join('\n'),
  );
}

describe('what backup run and backup record print (approved)', () => {
  it('records runs, refuses older ones, explains usage errors', async () => {
    const pings = await new PingRecorder().start();
    try {
      vault
        .note('Backups/Photos.md', ['stack: backup', 'tool: rclone', 'every: week', `ping: ${pings.url}/photos`])
        .note('Backups/Restic.md', ['stack: backup', 'tool: restic', 'every: day', 'password: "[[Vaultwarden token]]"'])
        .note('Vaultwarden token.md', ['stack: secret', 'store: bitwarden', 'ref: Homelab / restic'])
        .note('Service.md', ['stack: service']);
      const runs: [string[], string][] = [
        [['backup', 'run', 'Photos', vault.root, '--', 'sh', '-c', 'echo copying; exit 0'], '2026-11-28T09:30:00'],
        [
          ['backup', 'run', 'Photos', vault.root, '--', 'sh', '-c', 'echo disk not mounted >&2; exit 4'],
          '2026-11-28T10:00:00',
        ],
        [
          ['backup', 'record', 'Photos', vault.root, '--result', 'ok', '--at', '2026-11-28T09:00'],
          '2026-11-28T11:00:00',
        ],
        [
          ['backup', 'record', 'Photos', vault.root, '--result', 'ok', '--at', '2026-11-28T10:45'],
          '2026-11-28T11:00:00',
        ],
        [
          ['backup', 'record', 'Photos', vault.root, '--result', 'ok', '--at', '2026-11-28T10:45'],
          '2026-11-28T11:00:00',
        ],
        [['backup', 'record', 'Photos', vault.root, '--result', 'maybe'], '2026-11-28T11:00:00'],
        [['backup', 'record', 'Photos', vault.root], '2026-11-28T11:00:00'],
        [['backup', 'run', 'Restic', vault.root, '--', 'sh', '-c', 'exit 0'], '2026-11-28T11:00:00'],
        [['backup', 'run', 'Service', vault.root, '--', 'true'], '2026-11-28T11:00:00'],
        [['backup', 'run', 'Photos', vault.root], '2026-11-28T11:00:00'],
        [['backup', 'sync', 'Photos', vault.root], '2026-11-28T11:00:00'],
        [['backup', 'run', 'Nothing', vault.root, '--', 'true'], '2026-11-28T11:00:00'],
      ];
      const texts: string[] = [];
      for (const [argv, clock] of runs) texts.push(await transcript(argv, clock));
      texts.push(
        `pings: ${pings.pings.map((p) => `${p.method} ${p.path.replace(/^\/photos/, '…')} ${JSON.stringify(p.body)}`).join('; ')}\n`,
      );
      verifyApproved('cli/backup', texts.join('\n'));
    } finally {
      await pings.stop();
    }
  });
});
