import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { runAsync } from '../../../src/cli/run';
import { MemoryIo } from '../support/MemoryIo';
import { TempVault } from '../support/TempVault';
import { timewAvailability, TimewDb, type TimewJson } from '../../support/timewarrior';

const tools = timewAvailability();
if (!tools.run) console.warn(tools.reason);
const describeTimew = tools.run ? describe : describe.skip;

/** Timewarrior's UTC form of a local datetime, by the platform's own local-time parsing (the oracle for TZ). */
function utc(local: string): string {
  return new Date(`${local}:00`)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.000Z$/, 'Z');
}

const WRITE = ['2026-10-31T23:30/2026-11-01T00:45', '2026-11-02T09:00/2026-11-02T10:30'];
const PRACTICE = ['2026-11-01T18:00/2026-11-01T18:40', '2026-11-20T08:00/..'];
/** An Obsidian Tasks inline task's time, kept on its ⏱ sub-items. */
const BANK = ['2026-11-03T14:00/2026-11-03T14:20'];

/** What `timew export` must read back: every interval with its tags (sorted, as Timewarrior keeps them). */
function expected(): Array<Omit<TimewJson, 'id'>> {
  const write = ['Quarterly', 'Write "the" report', 'client-x', 'work_items'];
  const practice = ['Piano practice', 'música'];
  const bank = ['Call the bank #admin', 'admin'];
  const all = [
    ...WRITE.map((t) => ({ t, tags: write })),
    ...PRACTICE.map((t) => ({ t, tags: practice })),
    ...BANK.map((t) => ({ t, tags: bank })),
  ].map(({ t, tags }) => {
    const [start, end] = t.split('/') as [string, string];
    return end === '..' ? { start: utc(start), tags } : { start: utc(start), end: utc(end), tags };
  });
  return all.sort((a, b) => (a.start < b.start ? -1 : 1));
}

describeTimew('vault-stack export timewarrior (read back by the real timew 1.4)', () => {
  let vault: TempVault;
  beforeAll(() => {
    vault = new TempVault();
    vault
      .note('Tasks/Write report.md', [
        'stack: task',
        'title: Write "the" report',
        'project: "[[Quarterly]]"',
        'tags: [client-x, work_items]',
        'time:',
        ...WRITE.map((t) => `  - ${t}`),
      ])
      .note('Habits/Piano.md', [
        'stack: habit',
        'title: Piano practice',
        'tags: [música]',
        `time: [${PRACTICE.join(', ')}]`,
      ])
      .note('Tasks/Untimed.md', ['stack: task'])
      .write(
        'Week.md',
        `# Week\n\n- [ ] Call the bank #admin 📅 2026-11-04\n${BANK.map((t) => `    - ⏱ ${t}\n`).join('')}`,
      );
  });
  afterAll(() => vault.remove());

  async function cli(argv: string[]): Promise<{ code: number; io: MemoryIo }> {
    const io = new MemoryIo(vault.root);
    const code = await runAsync([...argv, '--no-cache'], io);
    return { code, io };
  }

  it('writes monthly data files that timew export reads back, every interval and tag', async () => {
    const db = new TimewDb();
    try {
      const { code, io } = await cli(['export', 'timewarrior', vault.root, '--out', db.dir]);
      expect(io.err).toContain('5 intervals in');
      expect(code).toBe(0);
      const read = db.export();
      expect(read.map(({ id: _id, ...rest }) => rest)).toEqual(expected());
      // The open interval is Timewarrior's own "tracking" state.
      expect(db.timew(['get', 'dom.active'])).toBe('1\n');
      expect(db.timew(['get', 'dom.active.tag.1'])).toBe('Piano practice\n');
    } finally {
      db.remove();
    }
  });

  it('prints timew track lines that build the same database in a fresh one', async () => {
    const { code, io } = await cli(['export', 'timewarrior', vault.root, '--commands']);
    expect(code).toBe(0);
    const lines = io.lines();
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(/^timew track \d{8}T\d{6}Z - \d{8}T\d{6}Z 'Quarterly' 'Write "the" report' .* :yes$/);
    const db = new TimewDb();
    try {
      for (const line of lines) db.shell(line);
      expect(db.export().map(({ id: _id, ...rest }) => rest)).toEqual(expected());
    } finally {
      db.remove();
    }
  });

  it('leaves out of --commands the tags timew track would read as dates or durations, saying which', async () => {
    vault.note('Tasks/Gym.md', ['stack: task', 'tags: [monday, 1h]', 'time: [2026-11-04T07:00/2026-11-04T08:00]']);
    const { io } = await cli(['export', 'timewarrior', vault.root, '--commands']);
    expect(io.out).toContain(
      'timew track ' + utc('2026-11-04T07:00') + ' - ' + utc('2026-11-04T08:00') + " 'Gym' :yes",
    );
    expect(io.err).toContain('left out 2 tags timew track would read as dates, durations or keywords: "1h", "monday"');
    const db = new TimewDb();
    try {
      for (const line of io.lines()) db.shell(line);
      expect(db.export().find((i) => i.start === utc('2026-11-04T07:00'))?.tags).toEqual(['Gym']);
    } finally {
      db.remove();
      vault.remove();
      vault = new TempVault();
    }
  });
});
