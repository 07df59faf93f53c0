import { describe, expect, test } from '@jest/globals';
import { groupOf, plainValue, type BaseRow, type BaseRowGroup } from '../../../src/core/bases/BaseRow';
import { datesIn, firstDateIn } from '../../../src/core/bases/baseDates';
import { buildBaseHeatmap, heatmapCalendar } from '../../../src/core/bases/heatmapModel';
import { buildBaseStatus } from '../../../src/core/bases/statusModel';
import { buildBaseTimeline } from '../../../src/core/bases/timelineModel';
import type { ItemIndex } from '../../../src/core/index/ItemIndex';
import { yamlIndex } from '../../builders/yamlIndex';

const TODAY = '2026-11-28';
const NOW = '2026-11-28T09:00';

/** Rows of an index's notes as a Base would hand them over (frontmatter values by `note.` property). */
function rowsOf(index: ItemIndex, frontmatters: Record<string, Record<string, unknown>>): BaseRow[] {
  return Object.entries(frontmatters).map(([path, fm]) => ({
    path,
    title: index.get(path)?.title ?? path.replace(/^.*\/|\.md$/g, ''),
    item: index.get(path),
    frontmatter: fm,
    value: (property: string) => plainValue(fm[property.replace(/^note\./, '')]),
  }));
}

function indexed(notes: Record<string, string>): { index: ItemIndex; rows: BaseRow[] } {
  const index = yamlIndex(notes);
  const fms = Object.fromEntries(
    Object.keys(notes).map((p) => [p, index.get(p)?.frontmatter ?? plainYaml(notes[p] ?? '')]),
  );
  return { index, rows: rowsOf(index, fms) };
}

/** A tiny reader for the plain notes of these tests (`key: value` lines). */
function plainYaml(yaml: string): Record<string, unknown> {
  return Object.fromEntries(yaml.split('\n').map((line) => line.split(/:\s*/, 2) as [string, string]));
}

describe('dates in Base values', () => {
  test('every valid date of a value or list, normalised; the first one without building a list', () => {
    expect(datesIn(['2026-11-27', 'soon', '2026-11-28 07:30', 3, null])).toEqual(['2026-11-27', '2026-11-28T07:30']);
    expect([firstDateIn(['soon', '2026-02-30', '2026-11-27']), firstDateIn(undefined), firstDateIn(5)]).toEqual([
      '2026-11-27',
      null,
      null,
    ]);
  });
});

describe('heatmap model', () => {
  test('the calendar is the year ending today in Monday-first week columns, with month names', () => {
    const calendar = heatmapCalendar(TODAY);

    expect([calendar.days.length, calendar.days[0], calendar.days.at(-1)]).toEqual([365, '2025-11-29', TODAY]);
    // 2025-11-29 is a Saturday: five empty cells above it in the first column.
    expect(calendar.offset).toBe(5);
    expect(calendar.monthLabels).toHaveLength(53);
    expect(calendar.monthLabels.filter((m) => m !== '')).toEqual([
      'Dec',
      'Jan',
      'Feb',
      'Mar',
      'Apr',
      'May',
      'Jun',
      'Jul',
      'Aug',
      'Sep',
      'Oct',
      'Nov',
    ]);
  });

  test('counts each row’s dates per day, ignores dates outside the year, and applies the habit’s goal', () => {
    const { rows } = indexed({
      'Habits/Read.md': 'stack: habit\ngoal: 2/week\nlog: [2026-11-23, 2026-11-25, 2025-01-01, 2026-12-25]',
      'Notes/Plain.md': 'title: plain',
    });

    const model = buildBaseHeatmap([groupOf(null, rows)], {
      property: 'note.log',
      goal: null,
      perGroup: false,
      today: TODAY,
    });
    const [read, plain] = model.grids;

    expect([read?.total, read?.max, read?.counts[361], read?.checkIn]).toEqual([2, 1, 1, true]);
    expect(read?.goal).toEqual({
      text: '2/week',
      streak: 1,
      unit: 'week',
      doneToday: false,
      period: { done: 2, target: 2 },
    });
    expect([plain?.total, plain?.goal, plain?.checkIn]).toEqual([0, null, false]);
  });

  test('one grid per group adds the rows’ dates; grids past the limit are only counted', () => {
    const rows = ['a', 'b', 'c'].map((n): BaseRow => ({
      path: `${n}.md`,
      title: n,
      value: () => ['2026-11-28', '2026-11-27'],
    }));
    const groups: BaseRowGroup[] = [groupOf('x', rows.slice(0, 2)), groupOf('y', rows.slice(2))];

    const perGroup = buildBaseHeatmap(groups, { property: 'note.log', goal: 'daily', perGroup: true, today: TODAY });
    const limited = buildBaseHeatmap(groups, {
      property: 'note.log',
      goal: null,
      perGroup: false,
      today: TODAY,
      maxGrids: 2,
    });

    expect(perGroup.grids.map((g) => [g.key, g.title, g.total, g.max, g.path, g.goal?.streak])).toEqual([
      ['group:x', 'x', 4, 2, null, 2],
      ['group:y', 'y', 2, 1, null, 2],
    ]);
    expect([limited.grids.map((g) => g.key), limited.hidden]).toEqual([['a.md', 'b.md'], 1]);
  });

  test('a previous model’s grid is reused for a row whose item and value did not change, and rebuilt when they did', () => {
    const log = ['2026-11-27'];
    const row = (value: unknown): BaseRow => ({ path: 'a.md', title: 'a', value: () => value as string[] });
    const options = { property: 'note.log', goal: null, perGroup: false, today: TODAY };
    const first = buildBaseHeatmap([groupOf(null, [row(log)])], options);

    const same = buildBaseHeatmap([groupOf(null, [row(log)])], options, first);
    const changed = buildBaseHeatmap([groupOf(null, [row([...log, TODAY])])], options, same);
    const nextDay = buildBaseHeatmap([groupOf(null, [row(log)])], { ...options, today: '2026-11-29' }, first);

    expect(same.grids[0]).toBe(first.grids[0]);
    expect(changed.grids[0]).not.toBe(first.grids[0]);
    expect(changed.grids[0]?.signature).not.toBe(first.grids[0]?.signature);
    expect(nextDay.grids[0]).not.toBe(first.grids[0]);
  });

  test('a goal option that is not a goal is reported on every grid', () => {
    const rows: BaseRow[] = [{ path: 'a.md', title: 'a', value: () => [] }];

    const model = buildBaseHeatmap([groupOf(null, rows)], {
      property: 'note.log',
      goal: 'often',
      perGroup: false,
      today: TODAY,
    });

    expect(model.grids[0]?.goal).toBeNull();
    expect(model.grids[0]?.goalProblem).toContain('"often" is not a habit goal');
  });
});

describe('timeline model', () => {
  const { rows } = indexed({
    'Tasks/Late.md': 'stack: task\ndue: 2026-11-20',
    'Tasks/Done.md': 'stack: task\nstatus: done\ndue: 2026-11-01',
    'Tasks/Soon.md': 'stack: task\ndue: 2026-12-01T10:00',
    'Infra/example.org.md': 'stack: domain\nname: example.org\ntls-expires: 2027-02-01',
    'Infra/nas.md': 'stack: device\nwarranty: 2026-11-28',
    'Notes/Undated.md': 'title: nothing',
  });

  test('reads the first of due, expires, warranty and tls-expires; states and positions follow today', () => {
    const model = buildBaseTimeline([groupOf(null, rows)], { property: null, today: TODAY });
    const marks = model.groups[0]?.marks ?? [];

    expect(marks.map((m) => [m.title, m.date, m.property, m.state, m.days])).toEqual([
      ['Done', '2026-11-01', 'note.due', 'done', -27],
      ['Late', '2026-11-20', 'note.due', 'overdue', -8],
      ['nas', '2026-11-28', 'note.warranty', 'today', 0],
      ['Soon', '2026-12-01T10:00', 'note.due', 'soon', 3],
      ['example.org', '2027-02-01', 'note.tls-expires', 'later', 65],
    ]);
    const positions = marks.map((m) => m.position);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(positions[0]).toBeGreaterThan(0);
    expect(positions.at(-1)).toBeLessThan(100);
    expect(marks.find((m) => m.state === 'today')?.position).toBe(model.todayPosition);
    expect(model.ticks.map((t) => t.label)).toEqual(['Nov 2026', 'Dec 2026', 'Jan 2027', 'Feb 2027']);
    expect([model.undatedCount, model.undated.map((u) => u.title), model.hidden]).toEqual([1, ['Undated'], 0]);
  });

  test('a chosen property; rows are read only until the limit of dated rows, the rest counted as not shown', () => {
    const chosen = buildBaseTimeline([groupOf(null, rows)], { property: 'note.tls-expires', today: TODAY });
    const limited = buildBaseTimeline([groupOf(null, rows)], { property: null, today: TODAY, maxRows: 2 });

    expect(chosen.groups[0]?.marks.map((m) => m.title)).toEqual(['example.org']);
    expect(chosen.undatedCount).toBe(5);
    expect([limited.groups[0]?.marks.length, limited.hidden]).toEqual([2, 4]);
  });

  test('groups keep the Base’s order and drop the ones without a dated row; a short span still has two weeks', () => {
    const a = rows.filter((r) => r.path.startsWith('Tasks/Late'));
    const b = rows.filter((r) => r.path.startsWith('Notes/'));

    const model = buildBaseTimeline([groupOf('b', b), groupOf('a', a)], { property: null, today: TODAY });

    expect(model.groups.map((g) => g.label)).toEqual(['a']);
    expect([model.start, model.end]).toEqual(['2026-11-17', '2026-12-01']);
  });
});

describe('status model', () => {
  test('ranks by attention score, shows derived state as badges, the health seam, and cards for plain notes', () => {
    const { index, rows } = indexed({
      'Infra/Nightly.md': 'stack: backup\ntool: restic\nevery: day\nlast-run: 2026-11-27T02:00\nlast-result: failed',
      'Habits/Run.md': 'stack: habit\ngoal: daily\nlog: [2026-11-26, 2026-11-27]',
      'Infra/Secret.md': 'stack: secret\nstore: pass\nref: x/y\nrotate: 90d\nrotated: 2026-01-01',
      'Infra/Blog.md': 'stack: service\nurl: https://blog.example.org',
      'Notes/Plain.md': 'owner: <b>me</b>',
    });

    const model = buildBaseStatus(rows, {
      index,
      today: TODAY,
      now: NOW,
      properties: [{ id: 'note.owner', name: 'Owner' }],
      observedHealth: (path) =>
        path === 'Infra/Blog.md'
          ? { path, check: 'health', status: 'failed', at: '2026-11-28T08:55:00', detail: 'HTTP 502' }
          : undefined,
    });
    const card = (title: string) => model.cards.find((c) => c.title === title);

    expect(model.cards.map((c) => c.title)).toEqual(['Nightly', 'Secret', 'Run', 'Blog', 'Plain']);
    expect(card('Nightly')?.badges.map((b) => [b.text, b.tone])).toEqual([['last run failed', 'critical']]);
    expect(card('Secret')?.badges.map((b) => b.text)).toEqual(['rotation due']);
    expect(card('Run')?.badges.map((b) => b.text)).toEqual(['streak 2 days', 'due today', '100% of 30 days']);
    expect(card('Blog')?.badges).toEqual([{ text: 'down', tone: 'critical', title: 'HTTP 502 (2026-11-28T08:55:00)' }]);
    expect(card('Plain')).toMatchObject({
      kind: null,
      score: 0,
      badges: [],
      properties: [{ name: 'Owner', value: '<b>me</b>' }],
    });
    expect(card('Nightly')?.severity).toBe('critical');
  });

  test('cards past the limit are counted', () => {
    const { index, rows } = indexed({ 'a.md': 'x: 1', 'b.md': 'x: 2', 'c.md': 'x: 3' });

    const model = buildBaseStatus(rows, { index, today: TODAY, now: NOW, properties: [], maxCards: 2 });

    expect([model.cards.map((c) => c.title), model.hidden]).toEqual([['a', 'b'], 1]);
  });
});
