import { lazyGroup, plainValue, type BaseRow, type BaseRowGroup, type BaseValue } from '../../src/core/bases/BaseRow';
import { buildBaseHeatmap, HEATMAP_DAYS, type BaseHeatmapModel } from '../../src/core/bases/heatmapModel';
import { buildBaseTimeline, type BaseTimelineModel } from '../../src/core/bases/timelineModel';
import type { ItemIndex } from '../../src/core/index/ItemIndex';
import type { Item } from '../../src/core/model/Item';
import { noteReadOf } from '../../src/core/notes/readNote';
import { toDayNumber } from '../../src/core/dates/dayNumber';
import { parseDate, parseDateTime } from '../../src/core/dates/parseDate';
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
 * recreates its entries) and looked up lazily, as the plugin's EntryRow does (src/obsidian/bases/entryRows.ts).
 */
function rowGroups(index: ItemIndex, inputs: readonly ItemInput[]): BaseRowGroup[] {
  return [lazyGroup(null, inputs.length, (i) => new InputRow(index, inputs[i]))];
}

class InputRow implements BaseRow {
  readonly path: string;
  private itemRead = false;
  private itemAt: Item | undefined;

  constructor(
    private readonly index: ItemIndex,
    private readonly input: ItemInput,
  ) {
    this.path = input.path;
  }

  get item(): Item | undefined {
    if (!this.itemRead) {
      this.itemAt = this.index.get(this.path);
      this.itemRead = true;
    }
    return this.itemAt;
  }

  get title(): string {
    return this.item?.title ?? this.path;
  }

  get frontmatter(): Readonly<Record<string, unknown>> {
    return this.item?.frontmatter ?? this.input.frontmatter;
  }

  value(property: string): BaseValue {
    return plainValue(this.frontmatter[property.slice(5)]);
  }
}

/**
 * Floor from the Base: the same first rows read the same way, each one's dates bucketed into the
 * year's days and written as one line of plain text (one character per day).
 */
function heatmapRowsAsText(groups: readonly BaseRowGroup[], count: number): StaticElement {
  const el = new StaticElement('div');
  const end = toDayNumber(TODAY);
  const group = groups[0];
  for (let i = 0; i < Math.min(count, group.size); i++) {
    const row = group.row(i);
    const raw = row.value('note.log');
    const counts = new Array<number>(HEATMAP_DAYS).fill(0);
    for (const d of Array.isArray(raw) ? raw : [raw]) {
      if (typeof d !== 'string' || parseDate(d.slice(0, 10)) === null) continue;
      const at = toDayNumber(d.slice(0, 10)) - end + HEATMAP_DAYS - 1;
      if (at >= 0 && at < HEATMAP_DAYS) counts[at] = (counts[at] ?? 0) + 1;
    }
    el.createDiv({ text: `${row.title} ${counts.join('')}` });
  }
  return el;
}

/** Floor from the Base: rows read in order until `count` have a date (due, expires, warranty, tls-expires), each written as one line of plain text. */
function timelineRowsAsText(groups: readonly BaseRowGroup[], count: number): StaticElement {
  const el = new StaticElement('div');
  const group = groups[0];
  let written = 0;
  for (let i = 0; i < group.size && written < count; i++) {
    const row = group.row(i);
    for (const field of ['due', 'expires', 'warranty', 'tls-expires']) {
      const v = row.frontmatter?.[field];
      const date = typeof v === 'string' ? parseDateTime(v) : null;
      if (date === null) continue;
      el.createDiv({ text: `${row.title} ${date}` });
      written++;
      break;
    }
  }
  return el;
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
    'bases views: a Base of 10,000 generated notes (every kind in turn) in one group; after one note changes (untimed), the rows are read afresh from the Base (as Bases recreates its entries), the view model built and the view redrawn into the same StaticElement (no DOM; only grids or rows whose data changed are drawn again). The floor starts from the same rows and writes the same cells as plain text elements: the first 60 rows\' dates bucketed into 365 days, one character per day; for the timeline, rows read in order until as many have a date as the view draws, one line each. "vs precomputed cells" rows compare the same redraw with writing the finished cells only (no reading). "first draw" draws everything into an empty element.',
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
    // The view keeps its last model, so unchanged rows reuse their grids (as the plugin's drawer does).
    let lastHeatmap: BaseHeatmapModel | null = null;
    const heatmapModel = (): BaseHeatmapModel => {
      lastHeatmap = buildBaseHeatmap(rowGroups(index, inputs), heatmapOptions, lastHeatmap);
      return lastHeatmap;
    };
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
      void new BaseHeatmapRenderer(noActions).render(
        new StaticElement('div'),
        buildBaseHeatmap(rowGroups(index, inputs), heatmapOptions),
      );
    const firstTimeline = (): void =>
      void new BaseTimelineRenderer(noActions).render(new StaticElement('div'), timelineModel());
    const runs = ctx.runs * RUNS_PER_RUN;
    const heatmapFloor = (): StaticElement => heatmapRowsAsText(rowGroups(index, inputs), hm.grids.length);
    const timelineFloor = (): StaticElement => timelineRowsAsText(rowGroups(index, inputs), marks);
    if (timelineFloor().textContent === '' || heatmapFloor().textContent === '') throw new Error('bench: empty floor');
    const h = {
      ...pairedMediansOf(runs, { update: heatmapUpdate }, heatmapFloor, checkIn),
      ...pairedMediansOf(runs, { first: firstHeatmap, model: heatmapModel }, heatmapFloor),
      strict: pairedMediansOf(runs, { update: heatmapUpdate }, () => heatmapAsText(hm), checkIn).update,
    };
    const t = {
      ...pairedMediansOf(runs, { update: timelineUpdate }, timelineFloor, completeTask),
      ...pairedMediansOf(runs, { first: firstTimeline, model: timelineModel }, timelineFloor),
      strict: pairedMediansOf(runs, { update: timelineUpdate }, () => timelineAsText(tl), completeTask).update,
    };
    ctx.log(`redraws drew ${heatmapDrawn} grids and ${timelineDrawn} timeline rows in ${runs + 1} updates each`);
    const hFloor = `the same ${hm.grids.length} rows read, 365 cells each as text`;
    const tFloor = `rows read until ${marks} dated, each as text`;
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
        '  redraw vs precomputed cells',
        `${hm.grids.length} grids × 365 cells as text`,
        h.strict,
        { kind: 'info', value: 0 },
        runs,
      ),
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
      row(SUITE, '  redraw vs precomputed cells', `${marks} rows as text`, t.strict, { kind: 'info', value: 0 }, runs),
    ];
  },
};
