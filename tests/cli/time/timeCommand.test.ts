import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runAsync } from '../../../src/cli/run';
import { MemoryIo } from '../support/MemoryIo';
import { TempVault } from '../support/TempVault';

describe('vault-stack time', () => {
  let vault: TempVault;
  beforeEach(() => {
    vault = new TempVault();
    vault
      .write(
        'Tasks/Write report.md',
        '---\nstack: task # the big one\nproject: "[[Quarterly]]"\ntags: [work]\ntime:\n  - 2026-12-01T09:00/2026-12-01T10:30\n---\nBody.\n',
      )
      .write('Habits/Practice.md', '---\nstack: habit\ngoal: daily\ntags: [music]\n---\n')
      .write('Services/Web.md', '---\nstack: service\n---\n');
  });
  afterEach(() => vault.remove());

  async function cli(argv: string[]): Promise<{ code: number; io: MemoryIo }> {
    const io = new MemoryIo(vault.root);
    io.env.XDG_CACHE_HOME = join(vault.root, '.cache-test');
    const code = await runAsync([...argv, '--no-cache'], io);
    return { code, io };
  }
  const read = (path: string): string => readFileSync(join(vault.root, path), 'utf8');

  it('starts a timer in the note, stops the running one when another starts, and stops it', async () => {
    let r = await cli(['time', 'start', 'Write report', vault.root, '--now', '2026-12-03T09:00']);
    expect(r.io.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.io.out).toBe('Tasks/Write report.md: timer started 2026-12-03T09:00\n');
    expect(read('Tasks/Write report.md')).toBe(
      '---\nstack: task # the big one\nproject: "[[Quarterly]]"\ntags: [work]\ntime:\n  - 2026-12-01T09:00/2026-12-01T10:30\n  - 2026-12-03T09:00/..\n---\nBody.\n',
    );

    r = await cli(['time', 'status', vault.root, '--now', '2026-12-03T09:40']);
    expect(r.io.lines()).toEqual([
      'ITEM          SINCE             ELAPSED  PATH',
      'Write report  2026-12-03T09:00  40m      Tasks/Write report.md',
    ]);

    r = await cli(['time', 'start', 'Habits/Practice.md', vault.root, '--now', '2026-12-03T10:15']);
    expect(r.io.out).toBe(
      'Tasks/Write report.md: timer stopped 2026-12-03T10:15 (1h 15m) (one timer at a time: Practice started)\nHabits/Practice.md: timer started 2026-12-03T10:15\n',
    );
    expect(read('Tasks/Write report.md')).toContain('  - 2026-12-03T09:00/2026-12-03T10:15\n---');
    expect(read('Habits/Practice.md')).toBe(
      '---\nstack: habit\ngoal: daily\ntags: [music]\ntime:\n  - 2026-12-03T10:15/..\n---\n',
    );

    r = await cli(['time', 'stop', vault.root, '--now', '2026-12-03T10:45']);
    expect(r.io.out).toBe('Habits/Practice.md: timer stopped 2026-12-03T10:45 (30m)\n');
    r = await cli(['time', 'stop', vault.root, '--now', '2026-12-03T10:50']);
    expect(r.io.out).toBe('no timer running\n');
  });

  it('lets timers run together with --concurrent', async () => {
    await cli(['time', 'start', 'Write report', vault.root, '--now', '2026-12-03T09:00']);
    const r = await cli(['time', 'start', 'Practice', vault.root, '--now', '2026-12-03T09:10', '--concurrent']);
    expect(r.io.out).toBe('Habits/Practice.md: timer started 2026-12-03T09:10\n');
    const status = await cli(['time', 'status', vault.root, '--now', '2026-12-03T09:30', '--json']);
    expect(JSON.parse(status.io.out)).toEqual({
      now: '2026-12-03T09:30',
      running: [
        { path: 'Habits/Practice.md', title: 'Practice', since: '2026-12-03T09:10', minutes: 20 },
        { path: 'Tasks/Write report.md', title: 'Write report', since: '2026-12-03T09:00', minutes: 30 },
      ],
    });
  });

  it('refuses items that are not tasks or habits', async () => {
    const r = await cli(['time', 'start', 'Web', vault.root]);
    expect(r.code).toBe(2);
    expect(r.io.err).toContain('Services/Web.md is a service: only tasks and habits have timers');
  });

  it('reports time by project, tag and week as a table or JSON', async () => {
    vault.write(
      'Habits/Practice.md',
      '---\nstack: habit\ntags: [music]\ntime: [2026-12-02T18:00/2026-12-02T18:45, 2026-12-07T18:00/2026-12-07T18:30]\n---\n',
    );
    let r = await cli(['time', 'report', vault.root, '--by', 'project', '--now', '2026-12-08T12:00']);
    expect(r.io.lines()).toEqual([
      'PROJECT       TIME    MINUTES  INTERVALS',
      'Quarterly     1h 30m  90       1',
      '(no project)  1h 15m  75       2',
      'total         2h 45m  165',
    ]);
    r = await cli([
      'time',
      'report',
      vault.root,
      '--by',
      'week',
      '--json',
      '--from',
      '2026-12-02',
      '--now',
      '2026-12-08T12:00',
    ]);
    expect(JSON.parse(r.io.out)).toMatchObject({
      by: 'week',
      from: '2026-12-02',
      rows: [
        { key: '2026-11-30', label: 'week of 2026-11-30', minutes: 45 },
        { key: '2026-12-07', label: 'week of 2026-12-07', minutes: 30 },
      ],
      totalMinutes: 75,
    });
    r = await cli(['time', 'report', vault.root, '--by', 'colour']);
    expect(r.code).toBe(2);
  });
  it('times an Obsidian Tasks inline task on ⏱ sub-items, named NOTE#L<line> or by its description', async () => {
    const week = '# Week\n\n- [ ] Call the bank #admin 📅 2026-12-04\n- [ ] Pay rent 🔁 every month 📅 2026-12-01\n';
    vault.write('Notes/Week.md', week);
    let r = await cli(['time', 'start', 'Notes/Week.md#L3', vault.root, '--now', '2026-12-03T09:00']);
    expect(r.io.err).toBe('');
    expect(r.io.out).toBe('Notes/Week.md#L3: timer started 2026-12-03T09:00\n');
    expect(read('Notes/Week.md')).toBe(
      '# Week\n\n- [ ] Call the bank #admin 📅 2026-12-04\n    - ⏱ 2026-12-03T09:00/..\n- [ ] Pay rent 🔁 every month 📅 2026-12-01\n',
    );
    r = await cli(['time', 'status', vault.root, '--now', '2026-12-03T09:25', '--json']);
    expect((JSON.parse(r.io.out) as { running: unknown }).running).toEqual([
      { path: 'Notes/Week.md#L3', title: 'Call the bank #admin', since: '2026-12-03T09:00', minutes: 25 },
    ]);

    // By description (the line moved down one when its ⏱ line was added): the bank's timer stops, one at a time.
    r = await cli(['time', 'start', 'Pay rent 🔁 every month 📅 2026-12-01', vault.root, '--now', '2026-12-03T09:30']);
    expect(r.code).toBe(2);
    r = await cli(['time', 'start', 'Pay rent', vault.root, '--now', '2026-12-03T09:30']);
    expect(r.io.err).toBe('');
    expect(r.io.out).toBe(
      'Notes/Week.md#L3: timer stopped 2026-12-03T09:30 (30m) (one timer at a time: Pay rent started)\nNotes/Week.md#L5: timer started 2026-12-03T09:30\n',
    );
    r = await cli(['time', 'stop', vault.root, '--item', 'Week#L5', '--now', '2026-12-03T10:00']);
    expect(r.io.out).toBe('Notes/Week.md#L5: timer stopped 2026-12-03T10:00 (30m)\n');
    expect(read('Notes/Week.md')).toBe(
      [
        '# Week',
        '',
        '- [ ] Call the bank #admin 📅 2026-12-04',
        '    - ⏱ 2026-12-03T09:00/2026-12-03T09:30',
        '- [ ] Pay rent 🔁 every month 📅 2026-12-01',
        '    - ⏱ 2026-12-03T09:30/2026-12-03T10:00',
        '',
      ].join('\n'),
    );
    r = await cli(['time', 'report', vault.root, '--by', 'tag', '--from', '2026-12-03', '--now', '2026-12-03T12:00']);
    expect(r.io.lines()).toEqual([
      'TAG       TIME  MINUTES  INTERVALS',
      '#admin    30m   30       1',
      '(no tag)  30m   30       1',
      'total     1h    60',
    ]);
    r = await cli(['time', 'start', 'Notes/Week.md#L4', vault.root]);
    expect(r.code).toBe(2);
    expect(r.io.err).toContain('no Obsidian Tasks task on line 4 of Notes/Week.md');
    expect(r.io.err).toContain('Notes/Week.md#L3, Notes/Week.md#L5');
  });
});
