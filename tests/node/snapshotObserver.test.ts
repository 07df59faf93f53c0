import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ObserveContext } from '../../src/core/observe/Observation';
import { SnapshotObserver } from '../../src/core/observe/SnapshotObserver';
import { CLI_NODE_MODULES } from '../../src/cli/observe/processObservers';
import { localTimeOf, nodeProcessHost } from '../../src/node/nodeProcessHost';
import { yamlIndex } from '../builders/yamlIndex';
import { backupToolsAvailability, BackupWorld } from '../support/backupTools';

const tools = backupToolsAvailability();
if (!tools.run) console.warn(tools.reason);
const describeTools = tools.run ? describe : describe.skip;

/** `YYYY-MM-DDTHH:mm` of the local clock, moved by some days. */
function localNow(days = 0): string {
  return localTimeOf(new Date(Date.now() + days * 86_400_000)).slice(0, 16);
}

describeTools('restic and borg repositories read for their newest snapshot (real tools)', () => {
  let world: BackupWorld;
  let restic: string;
  let borg: string;
  let emptyBorg: string;
  const notes: Record<string, string> = {};

  beforeAll(() => {
    world = new BackupWorld().initPass();
    world.passInsert('backup/restic', 'correct horse\nuser: backup\nurl: b2\n');
    restic = world.resticInit('restic-repo', 'correct horse');
    world.resticBackup(restic, 'correct horse');
    borg = world.borgInit('borg-repo', 'battery staple');
    world.borgCreate(borg, 'battery staple', 'first');
    emptyBorg = world.borgInit('borg-empty', 'battery staple');
    world.env.BORG_TEST_PASSWORD = 'battery staple';
    Object.assign(notes, {
      'Secrets/Restic.md': 'stack: secret\nstore: pass\nref: backup/restic',
      'Secrets/Borg.md':
        'stack: secret\nstore: env\nref: BORG_TEST_PASSWORD\nused-by: ["[[Borg job]]", "[[Empty borg]]"]',
      'Secrets/Wrong.md': 'stack: secret\nstore: env\nref: WRONG_PASSWORD',
      'Secrets/Missing.md': 'stack: secret\nstore: pass\nref: backup/nothing-here',
      'Restic job.md': `stack: backup\ntool: restic\nrepository: ${restic}\nevery: day\npassword: "[[Restic]]"\nlast-run: 2026-01-01T02:00\nlast-result: ok`,
      'Borg job.md': `stack: backup\ntool: borg\nrepository: ${borg}\nevery: day`,
      'Empty borg.md': `stack: backup\ntool: borg\nrepository: ${emptyBorg}\nevery: day`,
    });
    world.env.WRONG_PASSWORD = 'not it';
  }, 120_000);
  afterAll(() => world.remove());

  async function observe(extra: Record<string, string>, now = localNow()) {
    const index = yamlIndex({ ...notes, ...extra });
    const ctx: ObserveContext = { index, today: now.slice(0, 10), now, env: world.env, root: world.dir };
    return new SnapshotObserver(nodeProcessHost(CLI_NODE_MODULES, world.env)).observe(ctx);
  }

  it('reads restic through `pass show` (first line of a multi-line entry) and borg through an env variable', async () => {
    const seen = await observe({});
    const byPath = Object.fromEntries(seen.map((o) => [o.path, o]));
    const made = JSON.parse(
      world.exec('restic', ['-r', restic, 'snapshots', '--json'], undefined, { RESTIC_PASSWORD: 'correct horse' }),
    ) as { time: string; short_id: string }[];
    const resticLocal = localTimeOf(new Date(made[0].time)).slice(0, 16);
    expect(byPath['Restic job.md']).toMatchObject({ check: 'snapshot', status: 'ok' });
    expect(byPath['Restic job.md'].detail).toContain(
      `newest snapshot ${resticLocal.replace('T', ' ')} (${made[0].short_id})`,
    );
    // The note says 2026-01-01T02:00: the repository's newer run is the fact drift compares with.
    expect(byPath['Restic job.md'].facts).toEqual({ 'last-run': resticLocal, 'last-result': 'ok' });
    expect(byPath['Borg job.md']).toMatchObject({ status: 'ok' });
    expect(byPath['Borg job.md'].detail).toMatch(/^newest snapshot \d{4}-\d\d-\d\d \d\d:\d\d \(first\), fresh until /);
    expect(byPath['Empty borg.md']).toMatchObject({
      status: 'failed',
      detail: 'never: the repository has no snapshots',
    });
    expect(byPath['Empty borg.md'].facts).toBeUndefined();
  }, 60_000);

  it('calls a snapshot stale once every + grace has passed', async () => {
    const seen = await observe({}, localNow(3));
    const job = seen.find((o) => o.path === 'Restic job.md');
    expect(job?.status).toBe('failed');
    expect(job?.detail).toMatch(/^stale: newest snapshot .*, due by /);
  }, 60_000);

  it('says why on a wrong password, a missing repository, a dangling store entry, no password, a remote repository', async () => {
    const seen = await observe({
      'Wrong restic.md': `stack: backup\ntool: restic\nrepository: ${restic}\nevery: day\npassword: "[[Wrong]]"`,
      'Wrong borg.md': `stack: backup\ntool: borg\nrepository: ${borg}\nevery: day\npassword: "[[Wrong]]"`,
      'Gone.md': `stack: backup\ntool: restic\nrepository: ${world.dir}/no-such-repo\nevery: day\npassword: "[[Restic]]"`,
      'Dangling.md': `stack: backup\ntool: restic\nrepository: ${restic}\nevery: day\npassword: "[[Missing]]"`,
      'Unlocked.md': `stack: backup\ntool: restic\nrepository: ${restic}\nevery: day`,
      'Remote.md': 'stack: backup\ntool: borg\nrepository: ssh://backup@nas.invalid/srv/borg\nevery: day',
      'Relative.md': 'stack: backup\ntool: restic\nrepository: restic-repo\nevery: day\npassword: "[[Restic]]"',
    });
    const detail = (path: string) => seen.find((o) => o.path === path);
    expect(detail('Wrong restic.md')).toMatchObject({
      status: 'failed',
      detail: "restic: wrong password: check the secret the job's `password` links to",
    });
    expect(detail('Wrong borg.md')).toMatchObject({
      status: 'failed',
      detail: "borg: wrong password: check the secret the job's `password` links to",
    });
    expect(detail('Gone.md')).toMatchObject({
      status: 'failed',
      detail: `no repository at ${world.dir}/no-such-repo: check the job's \`repository\``,
    });
    expect(detail('Dangling.md')).toMatchObject({
      status: 'failed',
      detail:
        "restic: the password command failed (Error: backup/nothing-here is not in the password store.): check the secret's `store` and `ref`",
    });
    expect(detail('Unlocked.md')).toMatchObject({
      status: 'unknown',
      detail: 'no password: link the secret that holds it with `password: "[[…]]"` (or set RESTIC_PASSWORD)',
    });
    expect(detail('Remote.md')).toMatchObject({
      status: 'unknown',
      detail: 'remote repository not read; set VAULT_STACK_REMOTE_BACKUPS=1 to let borg reach it',
    });
    // A relative repository is read from the vault folder.
    expect(detail('Relative.md')?.status).toBe('ok');
  }, 120_000);
});
