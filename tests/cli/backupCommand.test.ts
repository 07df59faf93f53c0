import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runAsync } from '../../src/cli/run';
import { backupToolsAvailability, BackupWorld } from '../support/backupTools';
import { PingRecorder } from '../support/pingRecorder';
import { MemoryIo } from './support/MemoryIo';
import { TempVault } from './support/TempVault';

const tools = backupToolsAvailability();
if (!tools.run) console.warn(tools.reason);
const describeTools = tools.run ? describe : describe.skip;

/** A job note with comments and odd spacing, which only the two run fields may change. */
function jobNote(tool: string, repository: string, extra: string[] = []): string {
  return [
    '---',
    'stack: backup   # the nightly one',
    `tool: ${tool}`,
    `repository: ${repository}`,
    'every: day',
    'last-run: 2026-11-27T03:00 # set by the timer',
    'last-result: ok',
    ...extra,
    'tags: [infra,  backup]',
    '---',
    'Runs from a systemd timer.',
    '',
  ].join('\n');
}

describeTools('vault-stack backup run and record (real restic, borg, pass; a loopback ping server)', () => {
  let world: BackupWorld;
  let vault: TempVault;
  let pings: PingRecorder;
  let resticRepo: string;
  let borgRepo: string;

  beforeAll(async () => {
    world = new BackupWorld().initPass();
    world.passInsert('backup/restic', 'correct horse\nlogin: nas\n');
    resticRepo = world.resticInit('restic-repo', 'correct horse');
    borgRepo = world.borgInit('borg-repo', 'battery staple');
    world.env.BORG_PASSWORD = 'battery staple';
    pings = await new PingRecorder().start();
    vault = new TempVault();
    vault
      .note('Secrets/Restic password.md', ['stack: secret', 'store: pass', 'ref: backup/restic'])
      .note('Secrets/Borg password.md', [
        'stack: secret',
        'store: env',
        'ref: BORG_PASSWORD',
        'used-by: ["[[Borg job]]"]',
      ])
      .write(
        'Restic job.md',
        jobNote('restic', resticRepo, ['password: "[[Restic password]]"', `ping: ${pings.url}/abc`]),
      )
      .write('Borg job.md', jobNote('borg', borgRepo))
      .write(
        'Broken job.md',
        jobNote('restic', join(world.dir, 'nowhere'), ['password: "[[Restic password]]"', `ping: ${pings.url}/xyz`]),
      )
      .note('Service.md', ['stack: service']);
  }, 120_000);
  afterAll(async () => {
    await pings.stop();
    vault.remove();
    world.remove();
  });

  async function cli(argv: string[], clock = '2026-11-28T09:30:00'): Promise<{ code: number; io: MemoryIo }> {
    const io = new MemoryIo(vault.root, { clock });
    io.env = { ...world.env, XDG_CACHE_HOME: join(world.dir, 'cache') };
    const code = await runAsync(argv, io);
    return { code, io };
  }
  const read = (path: string): string => readFileSync(join(vault.root, path), 'utf8');

  it('runs restic with the password from pass, records the run byte for byte, pings start and success', async () => {
    const { code, io } = await cli([
      'backup',
      'run',
      'Restic job',
      vault.root,
      '--',
      'restic',
      '-r',
      resticRepo,
      'backup',
      '--json',
      join(world.dir, 'data'),
    ]);
    expect(io.err).toBe('');
    expect(code).toBe(0);
    expect(read('Restic job.md')).toBe(
      jobNote('restic', resticRepo, ['password: "[[Restic password]]"', `ping: ${pings.url}/abc`]).replace(
        'last-run: 2026-11-27T03:00',
        'last-run: 2026-11-28T09:30',
      ),
    );
    expect(io.out).toMatch(/"message_type":"summary"/);
    expect(io.out).toMatch(
      /^Restic job\.md: run 2026-11-28T09:30 succeeded: snapshot [0-9a-f]{8}: 1 new, 0 changed files, [\d.]+ k?B added in \d+\.\d s$/m,
    );
    expect(pings.pings.map((p) => `${p.method} ${p.path}`)).toEqual(['POST /abc/start', 'POST /abc']);
    expect(pings.pings[0].body).toBe('backup run started 2026-11-28T09:30');
    expect(pings.pings[1].body).toMatch(/^snapshot [0-9a-f]{8}: 1 new/);
    // The snapshot is really there, made with the password pass holds.
    const listed = world.exec('restic', ['-r', resticRepo, 'snapshots', '--json'], undefined, {
      RESTIC_PASSWORD: 'correct horse',
    });
    expect(JSON.parse(listed)).toHaveLength(1);
  }, 60_000);

  it('runs borg with the password from an env secret found through used-by, reading borg create --json', async () => {
    const { code, io } = await cli([
      'backup',
      'run',
      'Borg job',
      vault.root,
      '--',
      'borg',
      'create',
      '--json',
      `${borgRepo}::first`,
      join(world.dir, 'data'),
    ]);
    expect(code).toBe(0);
    expect(io.out).toMatch(
      /^Borg job\.md: run 2026-11-28T09:30 succeeded: archive first: 1 files, [\d.]+ k?B added in \d+\.\d s$/m,
    );
    expect(read('Borg job.md')).toContain('last-run: 2026-11-28T09:30 # set by the timer\nlast-result: ok\n');
  }, 60_000);

  it('records a failed run when the repository does not exist, pings /fail, exits 1', async () => {
    const { code, io } = await cli([
      'backup',
      'run',
      'Broken job',
      vault.root,
      '--',
      'restic',
      '-r',
      join(world.dir, 'nowhere'),
      'backup',
      '--json',
      join(world.dir, 'data'),
    ]);
    expect(code).toBe(1);
    expect(io.out).toBe(
      "Broken job.md: run 2026-11-28T09:30 failed: restic: no repository at that location: check the job's `repository`\n",
    );
    expect(read('Broken job.md')).toContain('last-run: 2026-11-28T09:30 # set by the timer\nlast-result: failed\n');
    expect(pings.pings.slice(-2).map((p) => `${p.method} ${p.path}`)).toEqual(['POST /xyz/start', 'POST /xyz/fail']);
  }, 60_000);

  it('records a wrong password as a failure and a command that is not installed as one', async () => {
    world.env.BORG_PASSWORD = 'not it';
    try {
      const wrong = await cli(
        [
          'backup',
          'run',
          'Borg job',
          vault.root,
          '--',
          'borg',
          'create',
          '--json',
          `${borgRepo}::second`,
          join(world.dir, 'data'),
        ],
        '2026-11-28T10:00:00',
      );
      expect(wrong.code).toBe(1);
      expect(wrong.io.out).toMatch(/^Borg job\.md: run 2026-11-28T10:00 failed: borg: wrong password/m);
    } finally {
      world.env.BORG_PASSWORD = 'battery staple';
    }
    const missing = await cli(
      ['backup', 'run', 'Borg job', vault.root, '--', 'no-such-backup-tool'],
      '2026-11-28T10:30:00',
    );
    expect(missing.code).toBe(1);
    expect(missing.io.out).toBe(
      'Borg job.md: run 2026-11-28T10:30 failed: no-such-backup-tool is not installed (not found on PATH)\n',
    );
  }, 60_000);

  it('records a run made elsewhere, refuses one older than the recorded run, and rejects bad input with the fix', async () => {
    const ok = await cli(
      ['backup', 'record', 'Borg job', vault.root, '--result', 'ok', '--at', '2026-11-28T11:00'],
      '2026-11-28T12:00:00',
    );
    expect([ok.code, ok.io.out]).toEqual([0, 'Borg job.md: run 2026-11-28T11:00 succeeded\n']);
    expect(read('Borg job.md')).toContain('last-run: 2026-11-28T11:00 # set by the timer\nlast-result: ok\n');
    const older = await cli(
      ['backup', 'record', 'Borg job', vault.root, '--result', 'failed', '--at', '2026-11-28T08:00'],
      '2026-11-28T12:00:00',
    );
    expect([older.code, older.io.err]).toEqual([
      1,
      'Borg job.md: not recorded: last-run: a later run (2026-11-28T11:00) is already recorded\n',
    ]);
    const service = await cli(['backup', 'record', 'Service', vault.root, '--result', 'ok']);
    expect([service.code, service.io.err]).toEqual([
      2,
      'vault-stack: Service.md is a service, not a backup job\nname a note with `stack: backup`\n',
    ]);
    const noCommand = await cli(['backup', 'run', 'Borg job', vault.root]);
    expect(noCommand.code).toBe(2);
    expect(noCommand.io.err).toContain('backup run needs the backup command after --');
  }, 60_000);
});
