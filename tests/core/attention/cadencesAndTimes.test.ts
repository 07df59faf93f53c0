import { describe, expect, it } from '@jest/globals';
import { attention } from '../../../src/core/attention/attention';
import { buildDashboard } from '../../../src/core/dashboard/buildDashboard';
import type { InfrastructureSection, TodaySection } from '../../../src/core/dashboard/DashboardModel';
import { ItemIndex } from '../../../src/core/index/ItemIndex';
import { noteReadOf } from '../../../src/core/notes/readNote';
import { DEFAULT_SETTINGS } from '../../../src/settings/settings';
import { yamlNote } from '../../builders/markdownNote';

function indexOf(notes: Record<string, string>): ItemIndex {
  const index = new ItemIndex();
  for (const [path, yaml] of Object.entries(notes)) {
    const note = yamlNote(path, yaml);
    index.upsert(path, noteReadOf(note.frontmatter, note.lines));
  }
  return index;
}

describe('issue 7.2: a backup whose cadence is written as a duration', () => {
  const notes = {
    'Infra/Backups/NAS nightly.md':
      'stack: backup\ntool: restic\nevery: 1d\nlast-run: 2026-11-25T02:00\nlast-result: ok',
    'Infra/Backups/Laptop weekly.md':
      'stack: backup\ntool: borg\nevery: 1w\nlast-run: 2026-11-27T02:00\nlast-result: ok',
    'Infra/Services/Nextcloud.md': 'stack: service\nurl: https://cloud.example.org\nbackup: "[[NAS nightly]]"',
  };

  it('is an item, stale in attention, listed on the dashboard, and links to it are valid', () => {
    const index = indexOf(notes);
    expect(index.problems()).toEqual([]);
    expect(index.get('Infra/Backups/NAS nightly.md')?.kind).toBe('backup');

    const entries = attention(index, { today: '2026-11-28', now: '2026-11-28T09:00' });
    expect(entries.map((e) => [e.title, e.reason])).toEqual([
      ['NAS nightly', 'last run 2026-11-25 02:00, expected again by 2026-11-26 08:00'],
    ]);

    const model = buildDashboard(index, { today: '2026-11-28', now: '2026-11-28T09:00', settings: DEFAULT_SETTINGS });
    const infra = model.sections.find((s): s is InfrastructureSection => s.id === 'infrastructure');
    expect(infra?.backups.map((b) => [b.title, b.state])).toEqual(
      expect.arrayContaining([
        ['NAS nightly', 'stale'],
        ['Laptop weekly', 'ok'],
      ]),
    );
    expect(infra?.services[0]?.backup).toMatchObject({ state: 'stale' });
  });
});

describe('issue 7.18: a due time counts once `now` has passed it', () => {
  const index = indexOf({
    'Tasks/Call the bank.md': 'stack: task\ndue: 2026-11-28T14:00',
    'Tasks/Water plants.md': 'stack: task\ndue: 2026-11-28',
  });
  const reasons = (now: string): string[][] =>
    attention(index, { today: '2026-11-28', now }).map((e) => [e.title, e.reason]);

  it('is due today at 14:00 before 14:00 and overdue since 14:00 at 16:00', () => {
    expect(reasons('2026-11-28T09:00')).toContainEqual(['Call the bank', 'due today at 14:00']);
    expect(reasons('2026-11-28T16:00')).toContainEqual(['Call the bank', 'overdue since 14:00']);
    expect(reasons('2026-11-28T16:00')).toContainEqual(['Water plants', 'due today']);
  });

  it('ranks a passed due time as overdue, above tasks merely due today', () => {
    const entries = attention(index, { today: '2026-11-28', now: '2026-11-28T16:00' });
    expect(entries.map((e) => e.title)).toEqual(['Call the bank', 'Water plants']);
    expect(entries[0]?.score).toBeGreaterThan(entries[1]?.score ?? Infinity);
  });

  it('says the same on the dashboard', () => {
    const model = buildDashboard(index, { today: '2026-11-28', now: '2026-11-28T16:00', settings: DEFAULT_SETTINGS });
    const today = model.sections.find((s): s is TodaySection => s.id === 'today');
    expect(today?.tasks.map((t) => [t.title, t.when, t.overdue])).toEqual(
      expect.arrayContaining([
        ['Call the bank', 'overdue since 14:00', true],
        ['Water plants', 'due today', false],
      ]),
    );
  });
});

describe('issue 7.18: created as a datetime', () => {
  it('is accepted and ages a task from its day', () => {
    const index = indexOf({ 'Tasks/Old.md': 'stack: task\ncreated: 2026-11-20T08:30' });
    expect(index.problems()).toEqual([]);
    expect(index.get('Tasks/Old.md')?.created).toBe('2026-11-20T08:30');
  });
});
