/** @jest-environment jsdom */
import { afterEach, describe, expect, jest, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadedPlugin, settled } from './support/pluginHarness';
import { BASES_VIEW_TYPES } from '../../src/obsidian/bases/registerBasesViews';
import type { VaultStackBasesView } from '../../src/obsidian/bases/VaultStackBasesView';
import {
  basesViewOptions,
  createTestApp,
  loadPlugin,
  noticeMessages,
  openBase,
  readVaultFile,
  takeHandlerErrors,
  type HostBase,
} from '../host/testing';
import VaultStackPlugin from '../../src/main';
import type { ObservationState } from '../../src/core/observe/ObservationState';

afterEach(() => expect(takeHandlerErrors()).toEqual([]));

// Plugin tests run on 2026-11-28 (support/pluginHarness.ts).
const FILES = {
  'Habits/Meditate.md': '---\nstack: habit\ngoal: daily\nlog: [2026-11-25, 2026-11-26, 2026-11-27]\n---\n',
  'Habits/Run.md': '---\nstack: habit\ngoal: 3/week\nlog:\n  - 2026-11-23\n  - 2026-11-25\n---\nBody.\n',
  'Tasks/Pay rent.md': '---\nstack: task\ndue: 2026-11-20\npriority: high\narea: home\n---\n',
  'Tasks/File taxes.md': '---\nstack: task\ndue: 2026-12-15\narea: money\n---\n',
  'Tasks/Done one.md': '---\nstack: task\nstatus: done\ndue: 2026-11-01\narea: home\n---\n',
  'Infra/example.org.md': '---\nstack: domain\nname: example.org\nexpires: 2026-12-03\ntls-expires: 2027-02-01\n---\n',
  'Infra/Nightly.md':
    '---\nstack: backup\ntool: restic\nevery: day\nlast-run: 2026-11-20T02:00\nlast-result: ok\n---\n',
  'Notes/Journal.md':
    '---\nmood: "<b>fine</b>"\nlog: [2026-11-28, "<img src=x onerror=alert(1)>"]\ndue: not a date\n---\n',
  'Notes/Empty.md': 'no frontmatter at all\n',
};

function base(type: string, view: Partial<HostBase['view']> = {}, rest: Partial<HostBase> = {}): HostBase {
  return { view: { type, name: 'View', ...view }, ...rest };
}

const inFolder =
  (folder: string): HostBase['filter'] =>
  (file) =>
    file.path.startsWith(`${folder}/`);

describe('Vault Stack views inside Bases', () => {
  test('the four view types are offered with their options', async () => {
    const { app } = await loadedPlugin(FILES);

    const names = [...app.plugins.basesViews.entries()].map(([id, r]) => [id, r.name]);
    const heatmapOptions = basesViewOptions(app, base(BASES_VIEW_TYPES.heatmap)).map((o) => o.displayName);

    expect(names).toEqual([
      ['vault-stack-heatmap', 'Habit heatmap'],
      ['vault-stack-timeline', 'Timeline'],
      ['vault-stack-status', 'Stack status'],
      ['vault-stack-time-report', 'Time report'],
    ]);
    expect(heatmapOptions).toEqual(['Date list property', 'Goal', 'One grid per group', 'Grids shown']);
    expect(basesViewOptions(app, base(BASES_VIEW_TYPES.timeline)).map((o) => o.displayName)).toEqual([
      'Date property',
      'Rows shown',
    ]);
  });

  test('docs/bases.md lists every option of every view type under its key and name', async () => {
    const { app } = await loadedPlugin(FILES);
    const docs = readFileSync(join(__dirname, '..', '..', 'docs', 'bases.md'), 'utf8');

    for (const [type, registration] of app.plugins.basesViews) {
      const section = docs.slice(docs.indexOf(`(\`${type}\`)`));
      const table = section.slice(0, section.indexOf('\n\n', section.indexOf('| option |')));
      const documented = [...table.matchAll(/^\| ([^|]+) \| `([^`]+)` \|/gm)].map((m) => [m[1], m[2]]);
      const options = basesViewOptions(app, base(type)).map((o) => [o.displayName, 'key' in o ? o.key : '']);
      expect([registration.name, documented]).toEqual([registration.name, options]);
    }
  });

  test('nothing is registered and the plugin loads when Bases is turned off', async () => {
    const app = createTestApp({ files: FILES });
    app.plugins.basesEnabled = false;

    await loadPlugin(app, VaultStackPlugin);

    expect(app.plugins.basesViews.size).toBe(0);
  });

  test('the heatmap draws a year grid per row, opening on today, with the goal progress', async () => {
    const { app } = await loadedPlugin(FILES);

    const open = openBase(app, base(BASES_VIEW_TYPES.heatmap, {}, { filter: inFolder('Habits') }));
    const grids = [...open.containerEl.querySelectorAll('.vault-stack-heatmap')];
    const meditate = grids[0] as HTMLElement;

    expect(grids.map((g) => g.querySelector('.vault-stack-note-link')?.textContent)).toEqual(['Meditate', 'Run']);
    expect(meditate.querySelectorAll('.vault-stack-heatmap-cell')).toHaveLength(365);
    expect(meditate.querySelector('.vault-stack-heatmap-cell:last-child')?.getAttribute('data-date')).toBe(
      '2026-11-28',
    );
    expect(meditate.querySelector('.is-today')?.getAttribute('data-date')).toBe('2026-11-28');
    expect(meditate.querySelector('.vault-stack-heatmap-total')?.textContent).toBe('3 days in the last year');
    expect([...meditate.querySelectorAll('.vault-stack-badge')].map((b) => b.textContent)).toEqual([
      'goal daily',
      'streak 3 days',
    ]);
    expect([...(grids[1] as HTMLElement).querySelectorAll('.vault-stack-badge')].map((b) => b.textContent)).toEqual([
      'goal 3/week',
      'streak 0 weeks',
      '2/3 this week',
    ]);
    expect(meditate.querySelectorAll('.vault-stack-level-0')).toHaveLength(362);
    open.close();
  });

  test('a click on an empty day checks the habit in through the frontmatter writer, and the grid redraws alone', async () => {
    const { app } = await loadedPlugin(FILES);
    const open = openBase(app, base(BASES_VIEW_TYPES.heatmap, {}, { filter: inFolder('Habits') }));
    const runBefore = open.containerEl.querySelectorAll('.vault-stack-heatmap')[1];

    const cell = open.containerEl.querySelector<HTMLElement>(
      '[data-key="Habits/Meditate.md"] [data-date="2026-11-28"]',
    );
    expect(cell?.classList.contains('is-checkable')).toBe(true);
    cell?.click();
    await settled(app);

    expect(readVaultFile(app, 'Habits/Meditate.md')).toBe(
      '---\nstack: habit\ngoal: daily\nlog: [2026-11-25, 2026-11-26, 2026-11-27, 2026-11-28]\n---\n',
    );
    expect(noticeMessages()).toContain('Meditate: checked in 2026-11-28');
    const meditate = open.containerEl.querySelector('[data-key="Habits/Meditate.md"]');
    expect(meditate?.querySelector('[data-date="2026-11-28"]')?.classList.contains('vault-stack-level-4')).toBe(true);
    expect(meditate?.querySelector('.vault-stack-heatmap-total')?.textContent).toBe('4 days in the last year');
    expect(open.containerEl.querySelectorAll('.vault-stack-heatmap')[1]).toBe(runBefore);
    open.close();
  });

  test('options: another date property, a goal for every row, one grid per group', async () => {
    const { app } = await loadedPlugin(FILES);
    const open = openBase(
      app,
      base(BASES_VIEW_TYPES.heatmap, { dates: 'note.due', goal: '2/month' }, { filter: inFolder('Tasks') }),
    );

    const perRow = [...open.containerEl.querySelectorAll('.vault-stack-heatmap-total')].map((t) => t.textContent);
    const checkable = open.containerEl.querySelectorAll('.is-checkable').length;
    const goals = [...open.containerEl.querySelectorAll('.vault-stack-badge')].map((b) => b.textContent);
    open.controller.hostSetOption('perGroup', true);
    open.controller.config.set('groupBy', { property: 'area' });
    await app.settle();
    const groups = [...open.containerEl.querySelectorAll('.vault-stack-heatmap-head')].map((h) => h.textContent);

    expect(perRow).toEqual(['1 day in the last year', '0 days in the last year', '1 day in the last year']);
    expect(checkable).toBe(0);
    expect(goals).toContain('goal 2/month');
    expect(groups).toEqual([
      'home2 days in the last yeargoal 2/monthstreak 1 month2/2 this month',
      'money0 days in the last yeargoal 2/monthstreak 0 months0/2 this month',
    ]);
    open.close();
  });

  test('a goal option that is not a goal says why', async () => {
    const { app } = await loadedPlugin(FILES);

    const open = openBase(app, base(BASES_VIEW_TYPES.heatmap, { goal: 'sometimes' }, { filter: inFolder('Habits') }));

    expect(open.containerEl.querySelector('.vault-stack-error-text')?.textContent).toContain('is not a habit goal');
    open.close();
  });

  test('the timeline puts rows on a time axis by the first date property they have, with today marked and overdue distinct', async () => {
    const { app } = await loadedPlugin(FILES);

    const open = openBase(app, base(BASES_VIEW_TYPES.timeline, { groupBy: { property: 'stack' } }));
    const el = open.containerEl;
    const rows = [...el.querySelectorAll('.vault-stack-timeline-row')];
    const row = (title: string): Element | undefined =>
      rows.find((r) => r.querySelector('.vault-stack-note-link')?.textContent === title);

    expect([...el.querySelectorAll('.vault-stack-group-heading')].map((h) => h.textContent)).toEqual([
      'domain',
      'task',
    ]);
    expect(row('Pay rent')?.classList.contains('is-overdue')).toBe(true);
    expect(row('Pay rent')?.querySelector('.vault-stack-timeline-state')?.textContent).toBe('overdue · 8 days ago');
    expect(row('Done one')?.classList.contains('is-done')).toBe(true);
    expect(row('example.org')?.querySelector('time')?.textContent).toBe('2026-12-03');
    expect(row('File taxes')?.classList.contains('is-later')).toBe(true);
    const today = el.querySelector('.vault-stack-timeline-today');
    const at = (e: Element | null | undefined): number =>
      Number([...(e?.classList ?? [])].find((c) => c.startsWith('vault-stack-at-'))?.slice('vault-stack-at-'.length));
    expect(at(row('Pay rent')?.querySelector('.vault-stack-timeline-mark'))).toBeLessThan(at(today));
    expect(at(row('File taxes')?.querySelector('.vault-stack-timeline-mark'))).toBeGreaterThan(at(today));
    expect(at(row('Pay rent')?.querySelector('.vault-stack-timeline-today-line'))).toBe(at(today));
    expect(el.querySelector('.vault-stack-timeline-undated-label')?.textContent).toBe('Without a date (5):');
    expect(el.querySelector('.vault-stack-timeline-undated')?.textContent).toContain('Journal');
    open.close();
  });

  test('the timeline reads the chosen date property', async () => {
    const { app } = await loadedPlugin(FILES);

    const open = openBase(app, base(BASES_VIEW_TYPES.timeline, { dateProperty: 'tls-expires' }));

    expect([...open.containerEl.querySelectorAll('.vault-stack-timeline-row time')].map((t) => t.textContent)).toEqual([
      '2027-02-01',
    ]);
    open.close();
  });

  test('the status board ranks rows by attention score with derived state as badges', async () => {
    const { app } = await loadedPlugin(FILES);

    const open = openBase(app, base(BASES_VIEW_TYPES.status, { order: ['file.name', 'area', 'mood'] }));
    const cards = [...open.containerEl.querySelectorAll('.vault-stack-status-card')];
    const card = (title: string): Element | undefined =>
      cards.find((c) => c.querySelector('.vault-stack-note-link')?.textContent === title);
    const badges = (title: string): string[] =>
      [...(card(title)?.querySelectorAll('.vault-stack-badge') ?? [])].map((b) => b.textContent ?? '');

    expect(cards.slice(0, 3).map((c) => c.querySelector('.vault-stack-note-link')?.textContent)).toEqual([
      'example.org',
      'Nightly',
      'Pay rent',
    ]);
    expect(badges('example.org')).toEqual(['expires in 5 days', 'TLS expires in 65 days']);
    expect(badges('Nightly')).toEqual(['backup stale']);
    expect(badges('Pay rent')).toEqual(['todo', 'overdue 8 days ago', 'urgency 18.0']);
    expect(badges('Meditate')).toEqual(['streak 3 days', 'due today', '100% of 30 days']);
    expect(card('Pay rent')?.classList.contains('vault-stack-severity-warning')).toBe(true);
    expect(card('Pay rent')?.querySelector('.vault-stack-status-reasons')?.textContent).toContain('overdue');
    expect(card('Pay rent')?.querySelector('.vault-stack-status-properties')?.textContent).toBe(
      'area:home'.replace(':', ''),
    );
    expect(card('Journal')?.querySelector('.vault-stack-kind')?.textContent).toBe('note');
    open.close();
  });

  test('a service’s last health observation is its first badge, and a new observation redraws the card', async () => {
    const observation = (status: 'ok' | 'failed', detail: string): ObservationState => ({
      version: 1,
      observations: {
        'health:Infra/Blog.md': { path: 'Infra/Blog.md', check: 'health', status, at: '2026-11-28T08:55:00', detail },
      },
    });
    const { app, plugin } = await loadedPlugin({
      ...FILES,
      'Infra/Blog.md': '---\nstack: service\nurl: https://blog.example.org\n---\n',
    });
    const store = plugin.context.observation.store;
    await store.save(observation('failed', 'HTTP 502'));
    await store.load();
    const open = openBase(app, base(BASES_VIEW_TYPES.status, {}, { filter: inFolder('Infra') }));
    const blog = (): Element | undefined =>
      [...open.containerEl.querySelectorAll('.vault-stack-status-card')].find(
        (c) => c.querySelector('.vault-stack-note-link')?.textContent === 'Blog',
      );
    const before = blog()?.querySelector('.vault-stack-badge');

    await store.save(observation('ok', 'HTTP 200'));
    const after = blog()?.querySelector('.vault-stack-badge');

    expect([before?.textContent, before?.getAttribute('title')]).toEqual(['down', 'HTTP 502 (2026-11-28T08:55:00)']);
    expect(after?.textContent).toBe('up');
    open.close();
  });

  test('notes that are not items render with their properties as text; nothing from a note becomes markup', async () => {
    const { app } = await loadedPlugin(FILES);
    const filter = inFolder('Notes');

    const views = [BASES_VIEW_TYPES.heatmap, BASES_VIEW_TYPES.timeline, BASES_VIEW_TYPES.status].map((type) =>
      openBase(app, base(type, { order: ['mood', 'log'] }, { filter })),
    );

    for (const v of views) {
      expect(v.containerEl.querySelector('.vault-stack-error')).toBeNull();
      expect(v.containerEl.querySelectorAll('img, b, script')).toHaveLength(0);
    }
    const [heatmap, timeline, status] = views.map((v) => v.containerEl);
    expect(heatmap?.querySelector('[data-key="Notes/Journal.md"] .vault-stack-heatmap-total')?.textContent).toBe(
      '1 day in the last year',
    );
    expect(heatmap?.querySelectorAll('.is-checkable')).toHaveLength(0);
    expect(timeline?.querySelector('.vault-stack-timeline-undated')?.textContent).toContain('Empty');
    expect(status?.textContent).toContain('<b>fine</b>');
    expect(status?.textContent).toContain('<img src=x onerror=alert(1)>');
    for (const v of views) v.close();
  });

  test('a data update redraws only what changed; a drawing that throws shows the error instead of crashing', async () => {
    const { app } = await loadedPlugin(FILES);
    const open = openBase(app, base(BASES_VIEW_TYPES.status));
    const view = open.view as VaultStackBasesView;
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);

    const again = view.draw();
    const broken = Object.defineProperty(view, 'data', {
      get: () => {
        throw new Error('no result');
      },
      configurable: true,
    });
    const failed = broken.draw();
    const message = open.containerEl.querySelector('.vault-stack-error')?.textContent;
    Object.defineProperty(view, 'data', { value: open.controller.result, writable: true, configurable: true });
    const recovered = view.draw();

    expect([again, failed, recovered]).toEqual([0, 0, 9]);
    expect(message).toBe('Could not draw this view: no result');
    expect(logged).toHaveBeenCalledTimes(1);
    logged.mockRestore();
    expect(open.containerEl.querySelectorAll('.vault-stack-status-card')).toHaveLength(9);
    open.close();
  });
});
