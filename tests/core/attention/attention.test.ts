import { describe, expect, it } from '@jest/globals';
import { attention } from '../../../src/core/attention/attention';
import { ItemIndex } from '../../../src/core/index/ItemIndex';
import { yamlNote } from '../../builders/markdownNote';
import { fixtureIndex, NOW, TODAY, VAULT } from './vaultFixture';
import { noteReadOf } from '../../../src/core/notes/readNote';

function indexOf(notes: Record<string, string>): ItemIndex {
  const index = new ItemIndex();
  for (const [path, yaml] of Object.entries(notes)) {
    const note = yamlNote(path, yaml);
    index.upsert(path, noteReadOf(note.frontmatter, note.lines));
  }
  return index;
}

const titles = (index: ItemIndex, today = TODAY, now = NOW): string[] =>
  attention(index, { today, now }).map((e) => e.title);

describe('attention over a small vault', () => {
  it('ranks everything that needs the user across kinds, most pressing first', () => {
    const index = fixtureIndex();

    const entries = attention(index, { today: TODAY, now: NOW });

    expect(entries.map((e) => [e.title, e.reason, e.severity])).toEqual([
      ['Restic NAS', 'last run 2026-11-27 02:00 failed', 'critical'],
      ['Old VPN cert', 'secret expired 2 days ago', 'critical'],
      ['example.org', 'TLS certificate expires in 4 days', 'critical'],
      ['Borg laptop', 'last run 2026-11-25 02:00, expected again by 2026-11-26 08:00', 'warning'],
      ['File taxes', 'overdue by 3 days', 'warning'],
      ['Cloudflare token', 'rotation overdue by 10 days', 'warning'],
      ['example.org', 'domain expires in 12 days', 'warning'],
      ['Migrate Nextcloud', 'overdue by 1 day, blocked by an open task', 'warning'],
      ['Renew passport', 'due today', 'warning'],
      ['Photos offsite', 'never run', 'warning'],
      ['Meditate', 'due today, 3-day streak at risk', 'warning'],
      ['Stretch', 'due today', 'info'],
      ['family.net', 'domain expires in 7 days (auto-renew)', 'info'],
      ['NAS', 'warranty ends in 20 days', 'info'],
      ['Old blog', 'link found dead on 2026-11-20', 'info'],
    ]);
  });

  it('gives each entry its path, kind and the field it is about', () => {
    const entries = attention(fixtureIndex(), { today: TODAY, now: NOW });

    expect(entries.find((e) => e.title === 'Restic NAS')).toMatchObject({
      path: 'Infra/Backups/Restic NAS.md',
      kind: 'backup',
      field: 'last-result',
    });
    expect(entries.find((e) => e.reason.startsWith('TLS'))).toMatchObject({ kind: 'domain', field: 'tls-expires' });
  });

  it('gives the same list whatever order the notes arrived in', () => {
    const forward = attention(fixtureIndex(), { today: TODAY, now: NOW });

    const backward = attention(fixtureIndex(Object.keys(VAULT).reverse()), { today: TODAY, now: NOW });

    expect(backward).toEqual(forward);
  });

  it('sorts by score descending, then by title', () => {
    const entries = attention(fixtureIndex(), { today: TODAY, now: NOW });

    for (let i = 1; i < entries.length; i++) {
      const [a, b] = [entries[i - 1], entries[i]];
      expect(a.score > b.score || (a.score === b.score && a.title <= b.title)).toBe(true);
    }
  });

  it('drops entries as the user deals with them', () => {
    const index = fixtureIndex();
    const meditate = yamlNote(
      'Habits/Meditate.md',
      'stack: habit\ngoal: daily\nlog: [2026-11-25, 2026-11-26, 2026-11-27, 2026-11-28]',
    );
    const order = yamlNote('Tasks/Order disks.md', 'stack: task\nstatus: done\ndue: 2026-12-10\ndone: 2026-11-28');

    index.upsert(meditate.path, noteReadOf(meditate.frontmatter, meditate.lines));
    index.upsert(order.path, noteReadOf(order.frontmatter, order.lines));
    index.upsert('Infra/Devices/Old NAS.md', noteReadOf({ stack: 'device' }));
    const entries = attention(index, { today: TODAY, now: NOW });

    expect(entries.map((e) => e.title)).not.toContain('Meditate');
    expect(entries.map((e) => e.title)).not.toContain('Nextcloud');
    expect(entries.find((e) => e.title === 'Migrate Nextcloud')?.reason).toBe('overdue by 1 day');
  });
});

describe('attention rules', () => {
  it('ranks a failed backup above a stale one above one never run', () => {
    const index = indexOf({
      'Never.md': 'stack: backup\ntool: restic\nevery: day',
      'Stale.md': 'stack: backup\ntool: restic\nevery: day\nlast-run: 2026-11-20T10:00\nlast-result: ok',
      'Failed.md': 'stack: backup\ntool: restic\nevery: day\nlast-run: 2026-11-28T03:00\nlast-result: failed',
    });

    expect(titles(index)).toEqual(['Failed', 'Stale', 'Never']);
  });

  it('ranks a habit with a longer streak at risk higher, and a habit without a streak as information', () => {
    const index = indexOf({
      'Short.md': 'stack: habit\ngoal: daily\nlog: [2026-11-27]',
      'Long.md': 'stack: habit\ngoal: daily\nlog: [2026-11-23, 2026-11-24, 2026-11-25, 2026-11-26, 2026-11-27]',
      'None.md': 'stack: habit\ngoal: daily\nstarted: 2026-11-01\nlog: [2026-11-20]',
      'Paused.md': 'stack: habit\ngoal: daily\npaused: 2026-11-27\nlog: [2026-11-26]',
    });

    const entries = attention(index, { today: TODAY, now: NOW });

    expect(entries.map((e) => [e.title, e.severity])).toEqual([
      ['Long', 'warning'],
      ['Short', 'warning'],
      ['None', 'info'],
    ]);
  });

  it('ranks an overdue task by days late and priority, and mentions a time due today', () => {
    const index = indexOf({
      'Late low.md': 'stack: task\ndue: 2026-11-18\npriority: low',
      'Late high.md': 'stack: task\ndue: 2026-11-26\npriority: high',
      'Slightly late.md': 'stack: task\ndue: 2026-11-27',
      'Meeting.md': 'stack: task\ndue: 2026-11-28T14:30',
      'Later.md': 'stack: task\ndue: 2026-11-29',
      'Cancelled.md': 'stack: task\nstatus: cancelled\ndue: 2026-11-01',
    });

    const entries = attention(index, { today: TODAY, now: NOW });

    expect(entries.map((e) => [e.title, e.reason])).toEqual([
      ['Late high', 'overdue by 2 days'],
      ['Late low', 'overdue by 10 days'],
      ['Slightly late', 'overdue by 1 day'],
      ['Meeting', 'due today at 14:30'],
    ]);
  });

  it('lists expiries only within the horizon, which the caller may narrow', () => {
    const index = indexOf({
      'far.org.md': 'stack: domain\nname: far.org\nexpires: 2027-03-01',
      'soon.org.md': 'stack: domain\nname: soon.org\nexpires: 2026-12-20',
      'Laptop.md': 'stack: device\nwarranty: 2026-12-08',
      'Old phone.md': 'stack: device\nwarranty: 2026-10-01',
      'Token.md': 'stack: secret\nstore: env\nref: TOKEN\nexpires: 2026-12-03',
    });

    const wide = attention(index, { today: TODAY, now: NOW });
    const narrow = attention(index, { today: TODAY, now: NOW, horizonDays: 10 });

    expect(wide.map((e) => e.reason)).toEqual([
      'secret expires in 5 days',
      'domain expires in 22 days',
      'warranty ends in 10 days',
    ]);
    expect(narrow.map((e) => e.reason)).toEqual(['secret expires in 5 days', 'warranty ends in 10 days']);
  });

  it('leaves note problems to the problem list, and skips archived dead bookmarks', () => {
    const index = indexOf({
      'Broken.md': 'stack: task\ndue: 2026-13-45',
      'Typo.md': 'stack: task\nprioriy: high',
      'Gone.md': 'stack: bookmark\nurl: https://gone.example\nstatus: archived\ndead: 2026-10-01',
      'Pasta.md': 'stack: Recipe',
      'Nightly.md': 'stack: backup\ntool: restic',
    });

    const entries = attention(index, { today: TODAY, now: NOW });

    expect(index.problems().length).toBeGreaterThanOrEqual(4);
    expect(entries).toEqual([]);
  });

  it('is empty for a vault with nothing pressing', () => {
    const index = indexOf({
      'Read.md': 'stack: bookmark\nurl: https://example.com',
      'Later.md': 'stack: task\ndue: 2026-12-24',
    });

    expect(attention(index, { today: TODAY, now: NOW })).toEqual([]);
  });
});
