import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runAsync } from '../../../src/cli/run';
import { MemoryIo } from '../support/MemoryIo';
import { TempVault } from '../support/TempVault';
import { timewAvailability, TimewDb } from '../../support/timewarrior';

const tools = timewAvailability();
if (!tools.run) console.warn(tools.reason);
const describeTimew = tools.run ? describe : describe.skip;

const WRITE =
  '---\nstack: task\ntitle: Write report\nproject: "[[Quarterly]]"\ntime:\n  - 2026-11-02T09:00/2026-11-02T10:30\n---\nBody.\n';
const PIANO =
  '---\nstack: habit\ntitle: Piano practice\ntime: [2026-11-01T18:00/2026-11-01T18:40, 2026-11-20T08:00/..]\n---\n';

/** Every file of the vault with its text (notes only). */
function snapshot(root: string, dir = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(join(root, dir), { withFileTypes: true })) {
    const rel = dir === '' ? e.name : `${dir}/${e.name}`;
    if (e.isDirectory() && !e.name.startsWith('.')) Object.assign(out, snapshot(root, rel));
    else if (e.isFile() && e.name.endsWith('.md')) out[rel] = readFileSync(join(root, rel), 'utf8');
  }
  return out;
}

let vault: TempVault;
beforeEach(() => {
  vault = new TempVault();
  vault.write('Tasks/Write report.md', WRITE).write('Habits/Piano.md', PIANO);
});
afterEach(() => vault.remove());

async function cli(argv: string[]): Promise<{ code: number; io: MemoryIo }> {
  const io = new MemoryIo(vault.root, { clock: '2026-12-03T09:30:00' });
  const code = await runAsync([...argv, '--no-cache'], io);
  return { code, io };
}

describeTimew('vault-stack import timewarrior (from the real timew 1.4)', () => {
  it('brings back what timew added, closes a timer timew stopped, makes a task for an unknown tag, and a second import changes nothing', async () => {
    const db = new TimewDb();
    try {
      expect((await cli(['export', 'timewarrior', vault.root, '--out', db.dir])).code).toBe(0);
      // Work done in Timewarrior meanwhile, in local time (timew reads its arguments in TZ, as we do).
      db.timew(['track', '2026-11-03T14:00', '-', '2026-11-03T15:15', 'Quarterly', 'Write report', ':yes']);
      db.timew(['track', '2026-11-04T10:00', '-', '2026-11-04T10:45', 'Review PR', 'work', ':yes']);
      db.timew(['stop', '2026-11-20T09:05']);
      const file = join(vault.root, 'timew.json');
      writeFileSync(file, db.timew(['export']));

      const first = await cli(['import', 'timewarrior', file, vault.root]);
      expect(first.io.err).toContain('created 1, updated 2, unchanged 0, conflicts 0');
      expect(first.code).toBe(0);
      expect(readFileSync(join(vault.root, 'Tasks/Write report.md'), 'utf8')).toBe(
        WRITE.replace('2026-11-02T10:30\n', '2026-11-02T10:30\n  - 2026-11-03T14:00/2026-11-03T15:15\n'),
      );
      expect(readFileSync(join(vault.root, 'Habits/Piano.md'), 'utf8')).toBe(
        PIANO.replace('2026-11-20T08:00/..', '2026-11-20T08:00/2026-11-20T09:05'),
      );
      expect(readFileSync(join(vault.root, 'Tasks/Review PR.md'), 'utf8')).toBe(
        '---\nstack: task\ntitle: Review PR\ncreated: 2026-12-03\ntags: [work]\ntime:\n  - 2026-11-04T10:00/2026-11-04T10:45\n---\n',
      );

      const before = snapshot(vault.root);
      const second = await cli(['import', 'timewarrior', file, vault.root]);
      expect(second.io.err).toContain('created 0, updated 0, unchanged 3, conflicts 0');
      expect(snapshot(vault.root)).toEqual(before);
    } finally {
      db.remove();
    }
  });

  it("round-trips Obsidian Tasks inline tasks' ⏱ entries: new intervals added under the line, a stopped timer closed, then unchanged", async () => {
    // Piano's running timer would be stopped by timew's `stop` below; keep this test to the inline tasks.
    vault.write('Habits/Piano.md', PIANO.replace('2026-11-20T08:00/..', '2026-11-20T08:00/2026-11-20T08:30'));
    const week =
      '# Week\r\n- [ ] Call the bank 📅 2026-11-30\r\n\t- ⏱ 2026-11-05T10:00/2026-11-05T10:20\r\n- [ ] Review notes\r\n\t- ⏱ 2026-11-21T08:00/..\r\n';
    vault.write('Notes/Week.md', week);
    const db = new TimewDb();
    try {
      expect((await cli(['export', 'timewarrior', vault.root, '--out', db.dir])).code).toBe(0);
      db.timew(['track', '2026-11-06T09:00', '-', '2026-11-06T09:40', 'Call the bank', ':yes']);
      db.timew(['stop', '2026-11-21T08:50']);
      const file = join(vault.root, 'timew.json');
      writeFileSync(file, db.timew(['export']));

      const first = await cli(['import', 'timewarrior', file, vault.root]);
      expect(first.io.err).toContain('created 0, updated 1, unchanged 2, conflicts 0');
      expect(first.code).toBe(0);
      expect(readFileSync(join(vault.root, 'Notes/Week.md'), 'utf8')).toBe(
        [
          '# Week',
          '- [ ] Call the bank 📅 2026-11-30',
          '\t- ⏱ 2026-11-05T10:00/2026-11-05T10:20',
          '\t- ⏱ 2026-11-06T09:00/2026-11-06T09:40',
          '- [ ] Review notes',
          '\t- ⏱ 2026-11-21T08:00/2026-11-21T08:50',
          '',
        ].join('\r\n'),
      );
      const before = snapshot(vault.root);
      const second = await cli(['import', 'timewarrior', file, vault.root]);
      expect(second.io.err).toContain('created 0, updated 0, unchanged 4, conflicts 0');
      expect(snapshot(vault.root)).toEqual(before);
    } finally {
      db.remove();
    }
  });
});

describe('vault-stack import toggl', () => {
  const CSV =
    '\uFEFFUser,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,Duration,Tags,Amount (USD)\r\n' +
    'Jane,jane@example.com,Acme,Quarterly,,Write report,No,2026-11-05,09:00:00,2026-11-05,09:45:00,00:45:00,,0.00\r\n' +
    'Jane,jane@example.com,Acme,Website,,"Fix header, footer",Yes,2026-11-05,23:30:00,2026-11-06,00:15:00,00:45:00,"web, client-x",0.00\r\n';

  it('adds each entry to the task its description names, creates the others, and is idempotent', async () => {
    const file = join(vault.root, 'toggl.csv');
    writeFileSync(file, CSV);
    const first = await cli(['import', 'toggl', file, vault.root, '--folder', 'Work']);
    expect(first.io.err).toContain('created 1, updated 1, unchanged 0, conflicts 0');
    expect(readFileSync(join(vault.root, 'Tasks/Write report.md'), 'utf8')).toContain(
      '  - 2026-11-02T09:00/2026-11-02T10:30\n  - 2026-11-05T09:00/2026-11-05T09:45\n---',
    );
    expect(readFileSync(join(vault.root, 'Work/Fix header, footer.md'), 'utf8')).toBe(
      '---\nstack: task\ntitle: Fix header, footer\ncreated: 2026-12-03\ntags: [web, client-x]\nproject: Website\ntime:\n  - 2026-11-05T23:30/2026-11-06T00:15\n---\n',
    );
    const before = snapshot(vault.root);
    const second = await cli(['import', 'toggl', file, vault.root, '--folder', 'Work']);
    expect(second.io.err).toContain('created 0, updated 0, unchanged 2, conflicts 0');
    expect(snapshot(vault.root)).toEqual(before);
    const report = await cli([
      'time',
      'report',
      vault.root,
      '--by',
      'project',
      '--from',
      '2026-11-05',
      '--to',
      '2026-11-06',
    ]);
    expect(report.io.lines()).toEqual([
      'PROJECT    TIME    MINUTES  INTERVALS',
      'Quarterly  45m     45       1',
      'Website    45m     45       1',
      'total      1h 30m  90',
    ]);
  });

  it('refuses a CSV that is not a detailed report, and names bad rows', async () => {
    const file = join(vault.root, 'bad.csv');
    writeFileSync(file, 'Name,Hours\nx,1\n');
    let r = await cli(['import', 'toggl', file, vault.root]);
    expect(r.code).toBe(2);
    expect(r.io.err).toContain('not a Toggl Track detailed report: the header lacks "Description", "Start date"');
    writeFileSync(
      file,
      'Description,Start date,Start time,End date,End time\nA,2026-11-05,25:00:00,2026-11-05,10:00:00\n',
    );
    r = await cli(['import', 'toggl', file, vault.root]);
    expect(r.io.err).toContain('line 2: start "2026-11-05 25:00:00" is not a date and time');
  });
});
