import { buildDashboard } from '../../src/core/dashboard/buildDashboard';
import { DashboardTracker } from '../../src/core/dashboard/DashboardTracker';
import { DashboardPatcher } from '../../src/views/dashboard/DashboardPatcher';
import type { DashboardModel } from '../../src/core/dashboard/DashboardModel';
import type { ItemIndex } from '../../src/core/index/ItemIndex';
import { DEFAULT_SETTINGS } from '../../src/settings/settings';
import { StaticElement } from '../../src/views/dom/StaticElement';
import { renderDashboard } from '../../src/views/renderDashboard';
import { pairedMediansOf, row, type BenchSuite } from '../harness';
import { perCall, repeat } from '../plugin/asyncTiming';
import { NOW, noActions, TODAY } from '../plugin/benchActions';
import { indexOf, itemInputs, taskFlipper } from '../plugin/itemIndexOf';
import { noteReadOf } from '../../src/core/notes/readNote';

const SUITE = 'dashboard';
const ITEMS = 5000;
const BATCH = 3;

/** Every row the model holds, across sections. */
function modelRows(model: DashboardModel): object[] {
  const rows: object[] = [];
  for (const s of model.sections) {
    if (s.id === 'attention') rows.push(...s.entries);
    else if (s.id === 'today') rows.push(...s.tasks, ...s.habits);
    else if (s.id === 'reading') rows.push(...s.bookmarks);
    else if (s.id === 'infrastructure') rows.push(...s.services, ...s.backups, ...s.secrets, ...s.expiries);
    else if (s.id === 'problems') rows.push(...s.problems);
    else rows.push(...s.dependents, ...s.dependencies);
  }
  return rows;
}

/** Floor: the same rows as plain text, one line each (its text fields joined). */
function textLines(rows: readonly object[]): string {
  const lines: string[] = [];
  for (const r of rows)
    lines.push(
      Object.values(r)
        .filter((v) => typeof v === 'string')
        .join(' · '),
    );
  return lines.join('\n');
}

function model(index: ItemIndex): DashboardModel {
  return buildDashboard(index, { today: TODAY, now: NOW, settings: DEFAULT_SETTINGS });
}

function draw(m: DashboardModel): StaticElement {
  const el = new StaticElement('div');
  renderDashboard(el, m, noActions);
  return el;
}

/** The dashboard updated after one note change, at 5,000 items, against printing its rows as text. */
export const dashboardSuite: BenchSuite = {
  name: SUITE,
  notes: [
    "dashboard: the floor writes each row of the same dashboard model as one plain text line (its text fields joined), the least any view of those rows does. The update is the plugin's path after one change: one upsert, DashboardTracker.update a minute after the previous one (the model from the changed items) and DashboardPatcher.draw (keyed patch of the previous drawing) into a StaticElement (no DOM); the full re-render (upsert, buildDashboard, renderDashboard) is kept for comparison.",
  ],
  run(ctx) {
    const inputs = itemInputs(ITEMS);
    const index = indexOf(inputs);
    const task = taskFlipper(inputs);
    const fixed = model(index);
    const rows = modelRows(fixed);
    const sizes = fixed.sections
      .map((section) => `${section.id} ${modelRows({ ...fixed, sections: [section] }).length}`)
      .join(', ');
    ctx.log(`${rows.length} dashboard rows (${sizes}) from ${index.stats().items} items`);
    const rerender = (): StaticElement => {
      index.upsert(task.input.path, noteReadOf(task.next(), task.input.lines));
      return draw(model(index));
    };
    const tracker = new DashboardTracker();
    const patcher = new DashboardPatcher(noActions);
    const page = new StaticElement('div');
    const ctxOf = { today: TODAY, now: NOW, settings: DEFAULT_SETTINGS };
    patcher.draw(page, tracker.update(index, ctxOf).model);
    let minute = 0;
    const update = (): StaticElement => {
      index.upsert(task.input.path, noteReadOf(task.next(), task.input.lines));
      // The pane redraws at the clock's minute: each update a minute after the last (09:00 to 09:59).
      minute = (minute + 1) % 60;
      const result = tracker.update(index, { ...ctxOf, now: `${TODAY}T09:${String(minute).padStart(2, '0')}` });
      if (result.fullBuild !== null)
        throw new Error(`bench: the update fell back to a full build (${result.fullBuild})`);
      const stats = patcher.draw(page, result.model);
      if (stats.whole) throw new Error('bench: the patch drew the dashboard whole');
      return page;
    };
    const revision = index.revision;
    rerender();
    if (index.revision === revision) throw new Error('bench: the task change did not reach the index');
    update();
    const t = pairedMediansOf(
      ctx.runs,
      {
        update: repeat(BATCH, update),
        rerender: repeat(BATCH, rerender),
        build: repeat(BATCH, () => model(index)),
        render: repeat(BATCH, () => draw(fixed)),
      },
      repeat(BATCH, () => textLines(rows)),
    );
    const floor = `${rows.length} rows as text lines`;
    return [
      row(
        SUITE,
        `update after one change (incremental model + keyed patch), ${ITEMS / 1000}k items`,
        floor,
        perCall(t.update, BATCH, BATCH),
        // Issue 14: one frame (16 ms); the floor takes 3.2 to 3.7 ms here, so one frame is about 4× it.
        { kind: 'max-ratio', value: 4 },
        ctx.runs,
      ),
      row(
        SUITE,
        `full re-render after one change, ${ITEMS / 1000}k items`,
        floor,
        perCall(t.rerender, BATCH, BATCH),
        { kind: 'info', value: 0 },
        ctx.runs,
      ),
      row(
        SUITE,
        `  of which buildDashboard`,
        floor,
        perCall(t.build, BATCH, BATCH),
        { kind: 'info', value: 0 },
        ctx.runs,
      ),
      row(
        SUITE,
        `  of which renderDashboard`,
        floor,
        perCall(t.render, BATCH, BATCH),
        { kind: 'info', value: 0 },
        ctx.runs,
      ),
    ];
  },
};
