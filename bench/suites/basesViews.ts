import { lazyGroup, type BaseRow, type BaseRowGroup, type BaseValue } from '../../src/core/bases/BaseRow';
import { buildBaseHeatmap, type BaseHeatmapModel } from '../../src/core/bases/heatmapModel';
import { buildBaseTimeline, type BaseTimelineModel } from '../../src/core/bases/timelineModel';
import type { ItemIndex } from '../../src/core/index/ItemIndex';
import { noteReadOf } from '../../src/core/notes/readNote';
import { BaseHeatmapRenderer } from '../../src/views/bases/renderBaseHeatmap';
import { BaseTimelineRenderer } from '../../src/views/bases/renderBaseTimeline';
import { StaticElement } from '../../src/views/dom/StaticElement';
import { pairedMediansOf, row, type BenchSuite } from '../harness';
import { noActions, TODAY } from '../plugin/benchActions';
import { indexOf, itemInputs, taskFlipper, type ItemInput } from '../plugin/itemIndexOf';

const SUITE = 'bases views';
const NOTES = 10_000;
/** Each timing is one call (a redraw is a millisecond or so): take more runs than other suites. */
const RUNS_PER_RUN = 4;

/**
 * The Base's result as the views read it: one row per note, made afresh on every update (Bases
 * recreates its entries), `note.` values read from the frontmatter as the plugin's rowGroupsOf does.
 */
function rowGroups(index: ItemIndex, inputs: readonly ItemInput[]): BaseRowGroup[] {
  return [
    lazyGroup(null, inputs.length, (i): BaseRow => {
      const input = inputs[i];
      const item = index.get(input.path);
      const frontmatter = item?.frontmatter ?? input.frontmatter;
      return {
        path: input.path,
        title: item?.title ?? input.path,
        item,
        value: (property) => plain(frontmatter[property.slice(5)]),
      };
    }),
  ];
}

function plain(raw: unknown): BaseValue {
  if (raw === null || raw === undefined) return undefined;
  if (typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean') return raw;
  return Array.isArray(raw) ? raw.map(plain) : JSON.stringify(raw);
}

/** Floor: every cell of the grids the heatmap draws, as one line of plain text per grid (one character per day). */
function heatmapAsText(model: BaseHeatmapModel): StaticElement {
  const el = new StaticElement('div');
  for (const grid of model.grids) el.createDiv({ text: `${grid.title} ${grid.counts.join('')}` });
  return el;
}

/** Floor: every row the timeline draws, as one line of plain text (title, date, state). */
function timelineAsText(model: BaseTimelineModel): StaticElement {
  const el = new StaticElement('div');
  for (const g of model.groups) for (const m of g.marks) el.createDiv({ text: `${m.title} ${m.date} ${m.state}` });
  return el;
}

/** A habit among the first rows, checked in on alternate days, so every update is a real change in a drawn grid. */
function habitFlipper(inputs: readonly ItemInput[]): { input: ItemInput; next(): Record<string, unknown> } {
  const input = inputs.find((i) => i.frontmatter.stack === 'habit') ?? inputs[0];
  const log = Array.isArray(input.frontmatter.log) ? (input.frontmatter.log as string[]) : [];
  const versions = [input.frontmatter, { ...input.frontmatter, log: [...log, TODAY] }];
  let flip = 0;
  return { input, next: () => versions[++flip % 2] };
}

/** The heatmap and timeline views of a Base of 10,000 notes, redrawn after one note changed, against writing their cells as text. */
export const basesViewsSuite: BenchSuite = {
  name: SUITE,
  notes: [
    'bases views: a Base of 10,000 generated notes (every kind in turn) in one group; after one note changes, the rows are read afresh (as Bases recreates its entries), the view model built and the view redrawn into the same StaticElement (no DOM; the views redraw only grids or rows whose data changed). The floor writes the cells the view shows (each heatmap grid as one line of one character per day; each timeline row as one line of title, date and state) as plain text elements. "first draw" rows draw everything into an empty element.',
  ],
  run(ctx) {
    const inputs = itemInputs(NOTES);
    const index = indexOf(inputs);
    const habit = habitFlipper(inputs);
    const task = taskFlipper(inputs);
    const heatmapOptions = { property: 'note.log', goal: null, perGroup: false, today: TODAY };
    const heatmapRoot = new StaticElement('div');
    const heatmap = new BaseHeatmapRenderer(noActions);
    const timelineRoot = new StaticElement('div');
    const timeline = new BaseTimelineRenderer(noActions);
    const heatmapModel = (): BaseHeatmapModel => buildBaseHeatmap(rowGroups(index, inputs), heatmapOptions);
    const timelineModel = (): BaseTimelineModel =>
      buildBaseTimeline(rowGroups(index, inputs), { property: null, today: TODAY });
    let heatmapDrawn = 0;
    let timelineDrawn = 0;
    // The note changes in the index untimed (that is indexing, measured elsewhere); the view's redraw is timed.
    const checkIn = (): void => void index.upsert(habit.input.path, noteReadOf(habit.next(), habit.input.lines));
    const completeTask = (): void => void index.upsert(task.input.path, noteReadOf(task.next(), task.input.lines));
    const heatmapUpdate = (): void => {
      heatmapDrawn += heatmap.render(heatmapRoot, heatmapModel());
    };
    const timelineUpdate = (): void => {
      timelineDrawn += timeline.render(timelineRoot, timelineModel());
    };
    heatmap.render(heatmapRoot, heatmapModel());
    timeline.render(timelineRoot, timelineModel());
    heatmapDrawn = 0;
    timelineDrawn = 0;
    checkIn();
    heatmapUpdate();
    completeTask();
    timelineUpdate();
    if (heatmapDrawn !== 1 || timelineDrawn !== 1)
      throw new Error(`bench: an update redrew ${heatmapDrawn} grids and ${timelineDrawn} timeline rows, not 1 each`);
    const hm = heatmapModel();
    const tl = timelineModel();
    const marks = tl.groups.reduce((n, g) => n + g.marks.length, 0);
    ctx.log(
      `heatmap: ${hm.grids.length} grids drawn (${hm.hidden} more counted); timeline: ${marks} rows drawn (${tl.undatedCount} undated read, ${tl.hidden} more not read)`,
    );
    const firstHeatmap = (): void =>
      void new BaseHeatmapRenderer(noActions).render(new StaticElement('div'), heatmapModel());
    const firstTimeline = (): void =>
      void new BaseTimelineRenderer(noActions).render(new StaticElement('div'), timelineModel());
    const runs = ctx.runs * RUNS_PER_RUN;
    const h = {
      ...pairedMediansOf(runs, { update: heatmapUpdate }, () => heatmapAsText(hm), checkIn),
      ...pairedMediansOf(runs, { first: firstHeatmap, model: heatmapModel }, () => heatmapAsText(hm)),
    };
    const t = {
      ...pairedMediansOf(runs, { update: timelineUpdate }, () => timelineAsText(tl), completeTask),
      ...pairedMediansOf(runs, { first: firstTimeline, model: timelineModel }, () => timelineAsText(tl)),
    };
    const hFloor = `${hm.grids.length} grids × 365 cells as text`;
    const tFloor = `${marks} rows as text`;
    return [
      row(
        SUITE,
        'heatmap: redraw after a check-in, 10k notes',
        hFloor,
        h.update,
        { kind: 'max-ratio', value: 5 },
        runs,
      ),
      row(SUITE, '  of which rows and model', hFloor, h.model, { kind: 'info', value: 0 }, runs),
      row(SUITE, '  heatmap first draw', hFloor, h.first, { kind: 'info', value: 0 }, runs),
      row(
        SUITE,
        'timeline: redraw after a task is done, 10k notes',
        tFloor,
        t.update,
        { kind: 'max-ratio', value: 5 },
        runs,
      ),
      row(SUITE, '  of which rows and model', tFloor, t.model, { kind: 'info', value: 0 }, runs),
      row(SUITE, '  timeline first draw', tFloor, t.first, { kind: 'info', value: 0 }, runs),
    ];
  },
};
