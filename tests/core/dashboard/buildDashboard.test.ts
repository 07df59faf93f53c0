import { describe, expect, it } from '@jest/globals';
import { buildDashboard } from '../../../src/core/dashboard/buildDashboard';
import type { DashboardModel, DashboardSectionModel } from '../../../src/core/dashboard/DashboardModel';
import { DEFAULT_SETTINGS } from '../../../src/settings/settings';
import { indexOf, NOW, settingsWith, TODAY } from './dashboardVault';

function section<I extends DashboardSectionModel['id']>(
  model: DashboardModel,
  id: I,
): Extract<DashboardSectionModel, { id: I }> {
  const found = model.sections.find((s) => s.id === id);
  if (!found) throw new Error(`no ${id} section`);
  return found as Extract<DashboardSectionModel, { id: I }>;
}

const build = (overrides = {}, notes?: Record<string, string>): DashboardModel =>
  buildDashboard(indexOf(notes), { today: TODAY, now: NOW, settings: settingsWith(overrides) });

describe('buildDashboard', () => {
  it('lists the sections in the order the settings give, leaving out the ones not named', () => {
    const model = build({ sections: ['problems', 'reading'] });

    expect(model.sections.map((s) => s.id)).toEqual(['problems', 'reading']);
    expect(model.todayLabel).toBe('Saturday 28 November 2026');
  });

  it('offers the one-click fix of each attention entry, and none for an entry about a broken field', () => {
    const rows = section(build(), 'attention').entries;

    const byTitle = (title: string, reasonStart = ''): string | undefined =>
      rows.find((r) => r.title === title && r.reason.startsWith(reasonStart))?.action;
    expect(byTitle('File taxes')).toBe('complete');
    expect(byTitle('Meditate')).toBe('check-in');
    expect(byTitle('Restic NAS')).toBe('record-backup');
    expect(byTitle('Cloudflare token')).toBe('mark-rotated');
    expect(byTitle('Broken', 'due:')).toBeUndefined();
    expect(byTitle('example.org')).toBeUndefined();
    expect(rows[0]).toMatchObject({
      title: 'Restic NAS',
      severity: 'critical',
      reason: 'last run 2026-11-27 02:00 failed',
    });
  });

  it('puts overdue and due-today open tasks in today, earliest due first, then by priority', () => {
    const today = section(build(), 'today');

    expect(today.tasks.map((t) => [t.title, t.when])).toEqual([
      ['File taxes', 'overdue by 3 days'],
      ['Call plumber', 'due today at 14:30'],
      ['Pay rent', 'due today'],
    ]);
    expect(today.tasks[2]).toMatchObject({ every: 'every month', overdue: false });
    expect(today.tasks[0]).toMatchObject({ project: 'Admin', priority: 'high', overdue: true });
  });

  it('lists the habits due today with whether they are done, their streak and the last seven days', () => {
    const habits = section(build(), 'today').habits;

    expect(habits.map((h) => [h.title, h.doneToday, h.currentStreak, h.goal])).toEqual([
      ['Meditate', false, 3, 'daily'],
      ['Read', true, 2, 'daily'],
      ['Swim', false, 0, '3 per week'],
    ]);
    expect(habits[0].recent.map((d) => (d.done ? 'x' : '.')).join('')).toBe('...xxx.');
    expect(habits[0].recent[6].date).toBe(TODAY);
    expect(habits[2].progress).toBe('1 of 3 this week');
  });

  it('shows unread bookmarks oldest first with undated ones last, and never read ones', () => {
    const reading = section(build(), 'reading').bookmarks;

    expect(reading.map((b) => [b.title, b.status, b.site])).toEqual([
      ['Old post', 'inbox', 'blog.example.net'],
      ['New post', 'reading', 'example.com'],
      ['Undated', 'inbox', 'example.com'],
    ]);
  });

  it('links a service to its host, backup with its state, secrets and domain, keeping a dangling link as text', () => {
    const nextcloud = section(build(), 'infrastructure').services.find((s) => s.title === 'Nextcloud');

    expect(nextcloud).toMatchObject({
      href: 'https://cloud.example.org',
      host: { title: 'NAS', path: 'Infra/Devices/NAS.md' },
      backup: { title: 'Restic NAS', path: 'Infra/Backups/Restic NAS.md', state: 'failed' },
      domain: { title: 'example.org', path: 'Infra/Domains/example.org.md' },
      secrets: [
        { title: 'DB password', path: 'Infra/Secrets/DB password.md' },
        { title: 'Gone secret', path: null },
      ],
    });
  });

  it('orders backups failed, never run, then ok, and summarises their last run', () => {
    const backups = section(build(), 'infrastructure').backups;

    expect(backups.map((b) => [b.title, b.state, b.summary])).toEqual([
      ['Restic NAS', 'failed', 'last run 2026-11-27 02:00, failed'],
      ['Photos offsite', 'never', 'never run'],
      ['Docs sync', 'ok', 'last run 2026-11-28 02:00, ok'],
    ]);
  });

  it('lists secrets to rotate within the horizon and expiries soonest first, leaving out ended warranties', () => {
    const infra = section(build({ horizonDays: 60 }), 'infrastructure');

    expect(infra.secrets.map((s) => [s.title, s.when, s.due])).toEqual([
      ['Cloudflare token', 'rotation overdue by 10 days', true],
      ['DB password', 'rotate in 48 days', false],
    ]);
    expect(infra.expiries.map((e) => [e.title, e.subject, e.daysLeft, e.severity])).toEqual([
      ['Old VPN cert', 'secret', -2, 'critical'],
      ['example.org', 'TLS certificate', 4, 'critical'],
      ['example.org', 'domain', 12, 'warning'],
      ['NAS', 'warranty', 20, 'info'],
    ]);
  });

  it('shortens the horizon when the settings ask for fewer days', () => {
    const infra = section(build({ horizonDays: 10 }), 'infrastructure');

    expect(infra.expiries.map((e) => e.subject)).toEqual(['secret', 'TLS certificate']);
    expect(infra.secrets.map((s) => s.title)).toEqual(['Cloudflare token']);
  });

  it('lists problems with path, field, line and message, errors first, and counts them', () => {
    const model = build();
    const problems = section(model, 'problems').problems;

    expect(problems[0]).toEqual({
      path: 'Broken.md',
      field: 'due',
      line: 3,
      severity: 'error',
      message: '"2026-13-45" has the shape of a date but 13 is not a month (01 to 12)',
    });
    expect(model.counts.errors).toBe(problems.filter((p) => p.severity === 'error').length);
    expect(model.counts.errors).toBeGreaterThan(0);
  });

  it('shows each problem once, in Problems with its own severity, never as an attention entry', () => {
    const model = build();
    const problemPaths = new Set(section(model, 'problems').problems.map((p) => p.path));

    expect(problemPaths.has('Broken.md')).toBe(true);
    expect(
      section(model, 'attention').entries.filter(
        (e) => problemPaths.has(e.path) && e.reason.startsWith(`${e.field ?? ''}: `),
      ),
    ).toEqual([]);
    expect(section(model, 'attention').entries.map((e) => e.path)).not.toContain('Broken.md');
  });

  it('takes the host problem list instead of the index one when given', () => {
    const index = indexOf({ 'A.md': 'stack: task' });
    const extra = [
      { path: 'Unreadable.md', field: '', message: 'the note could not be read', severity: 'warning' as const },
    ];

    const model = buildDashboard(index, { today: TODAY, now: NOW, settings: DEFAULT_SETTINGS, problems: extra });

    expect(section(model, 'problems').problems).toEqual(extra);
    expect(model.counts).toEqual({ items: 1, attention: 0, errors: 0, warnings: 1 });
  });

  it('shows dates relative to today when the settings ask for it', () => {
    const model = build({ dateDisplay: 'relative' });

    expect(section(model, 'today').tasks.map((t) => t.due.text)).toEqual(['3 days ago', 'today at 14:30', 'today']);
    expect(section(model, 'infrastructure').backups[0].lastRun).toEqual({
      iso: '2026-11-27T02:00',
      text: 'yesterday at 02:00',
    });
  });

  it('gives empty sections for an empty vault', () => {
    const model = build({}, {});

    expect(model.counts).toEqual({ items: 0, attention: 0, errors: 0, warnings: 0 });
    expect(section(model, 'today')).toEqual({
      id: 'today',
      heading: 'Today',
      tasks: [],
      habits: [],
      totals: { tasks: 0, habits: 0 },
    });
  });
});

describe('buildDashboard with long lists', () => {
  /** 250 broken notes, each one problem. */
  const brokenNotes = (): Record<string, string> => {
    const notes: Record<string, string> = {};
    for (let i = 0; i < 250; i++) notes[`Broken/${String(i).padStart(3, '0')}.md`] = 'stack: task\ndue: 2026-13-45';
    return notes;
  };

  /** 250 overdue tasks whose due days run against their path order (the last path is due first). */
  const overdueTasks = (): Record<string, string> => {
    const notes: Record<string, string> = {};
    for (let i = 0; i < 250; i++) {
      const n = 249 - i;
      const due = `2026-${String(1 + Math.floor(n / 28)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`;
      notes[`Tasks/T${String(i).padStart(3, '0')}.md`] = `stack: task\ndue: ${due}`;
    }
    return notes;
  };

  it('builds 200 rows of a section with 250 entries and keeps the total of 250', () => {
    const model = build({ sections: ['problems'] }, brokenNotes());

    const problems = section(model, 'problems');

    expect(problems.problems).toHaveLength(200);
    expect(problems.totals.problems).toBe(250);
    expect(model.counts.errors).toBe(250);
  });

  it('ranks all tasks before cutting, so the 200 rows are the earliest due and the counts cover all 250', () => {
    const model = build({ sections: ['attention', 'today'] }, overdueTasks());

    const today = section(model, 'today');
    const attention = section(model, 'attention');

    expect(today.tasks).toHaveLength(200);
    expect(today.totals.tasks).toBe(250);
    expect(today.tasks[0]).toMatchObject({ title: 'T249', due: { iso: '2026-01-01' } });
    const dues = today.tasks.map((t) => t.due.iso);
    expect(dues).toEqual([...dues].sort());
    expect(today.tasks[199].title).toBe('T050');
    expect(attention.entries).toHaveLength(200);
    expect(attention.totals.entries).toBe(250);
    expect(model.counts.attention).toBe(250);
  });
});
