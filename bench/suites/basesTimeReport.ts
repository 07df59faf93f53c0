import { lazyGroup, type BaseRow, type BaseRowGroup } from '../../src/core/bases/BaseRow';
import { buildBaseTimeReport } from '../../src/core/bases/timeReportModel';
import { NO_GROUP } from '../../src/core/time/timeReport';
import type { ItemIndex } from '../../src/core/index/ItemIndex';
import { noteReadOf } from '../../src/core/notes/readNote';
import { toMinuteNumber } from '../../src/core/dates/dateTime';
import { BaseTimeReportRenderer } from '../../src/views/bases/renderBaseTimeReport';
import { StaticElement } from '../../src/views/dom/StaticElement';
import { pairedMediansOf, row, type BenchSuite } from '../harness';
import { noActions, TODAY } from '../plugin/benchActions';
import { indexOf, itemInputs, type ItemInput } from '../plugin/itemIndexOf';

const SUITE = 'bases time report';
const NOTES = 10_000;
const RUNS_PER_RUN = 4;
const NOW = `${TODAY}T12:00`;

/** Every task and habit gets a `time` list of 1–6 intervals over the last weeks. */
function withTime(inputs: readonly ItemInput[]): ItemInput[] {
  return inputs.map((input, i) => {
    const kind = input.frontmatter.stack;
    if (kind !== 'task' && kind !== 'habit') return input;
    const time = Array.from({ length: 1 + (i % 6) }, (_, k) => {
      const day = String(1 + ((i + k * 5) % 27)).padStart(2, '0');
      return `2026-11-${day}T09:00/2026-11-${day}T${String(10 + (k % 3)).padStart(2, '0')}:15`;
    });
    return { ...input, frontmatter: { ...input.frontmatter, time } };
  });
}

function rowGroups(index: ItemIndex, inputs: readonly ItemInput[]): BaseRowGroup[] {
  return [
    lazyGroup(null, inputs.length, (i): BaseRow => {
      const path = inputs[i].path;
      const item = index.get(path);
      return { path, title: item?.title ?? path, value: () => undefined, item };
    }),
  ];
}

/**
 * The Bases Time report over 10,000 notes, by project, redrawn after one task's time changed,
 * against the least any report must do: read every row's item and add its intervals' minutes
 * into a map by project.
 */
export const basesTimeReportSuite: BenchSuite = {
  name: SUITE,
  notes: [
    "bases time report: a Base of 10,000 generated notes, every task and habit with 1–6 `time` intervals; after one task gains an interval (untimed), the rows are read afresh, the report built by project and redrawn into the same StaticElement (only changed rows drawn again). The floor reads the same rows and sums each item's parsed intervals into a map by project.",
  ],
  run(ctx) {
    const inputs = withTime(itemInputs(NOTES));
    const index = indexOf(inputs);
    const lines = buildBaseTimeReport(rowGroups(index, inputs), {
      by: 'project',
      period: 'all',
      today: TODAY,
      now: NOW,
      inlineTasks: () => [],
    }).lines;
    // A shown project row (the report shows the first 100) that 30 more minutes do not move past a neighbour, so one row is drawn again.
    const apart = new Set(
      lines
        .filter((l, i) => i > 0 && (lines[i - 1]?.minutes ?? 0) - l.minutes > 60 && i < lines.length - 1)
        .map((l) => l.key),
    );
    const task = inputs.find((i) => {
      const item = index.get(i.path);
      return item?.data.type === 'task' && apart.has(item.data.project?.text ?? NO_GROUP.project);
    });
    if (task === undefined) throw new Error('bench: no task in a shown row');
    const taskTime = task.frontmatter.time as string[];
    const versions = [task.frontmatter, { ...task.frontmatter, time: [...taskTime, `${TODAY}T08:00/${TODAY}T08:30`] }];
    let flip = 0;
    const changeTime = (): void => void index.upsert(task.path, noteReadOf(versions[++flip % 2], task.lines));
    const root = new StaticElement('div');
    const renderer = new BaseTimeReportRenderer(noActions);
    const model = () =>
      buildBaseTimeReport(rowGroups(index, inputs), {
        by: 'project',
        period: 'all',
        today: TODAY,
        now: NOW,
        inlineTasks: (path) => index.inlineTasks(path),
      });
    let drawn = 0;
    const update = (): void => {
      drawn += renderer.render(root, model());
    };
    renderer.render(root, model());
    const first = model();
    const floor = (): Map<string, number> => {
      const sums = new Map<string, number>();
      const group = rowGroups(index, inputs)[0];
      for (let i = 0; i < group.size; i++) {
        const item = group.row(i).item;
        if (item === undefined || (item.data.type !== 'task' && item.data.type !== 'habit')) continue;
        const key = item.data.type === 'task' ? (item.data.project?.text ?? '') : '';
        for (const interval of item.data.time ?? []) {
          if (interval.end === undefined) continue;
          const minutes = toMinuteNumber(interval.end) - toMinuteNumber(interval.start);
          sums.set(key, (sums.get(key) ?? 0) + minutes);
        }
      }
      return sums;
    };
    if (floor().size === 0 || first.lines.length === 0) throw new Error('bench: no time to report');
    ctx.log(`${first.timedItems} timed items in ${first.lines.length} project rows, ${first.total}`);
    const runs = ctx.runs * RUNS_PER_RUN;
    const t = {
      ...pairedMediansOf(runs, { update }, floor, changeTime),
      ...pairedMediansOf(runs, { model }, floor),
    };
    ctx.log(`redraws drew ${drawn} rows in ${runs} updates`);
    if (drawn !== runs) throw new Error(`bench: ${runs} updates redrew ${drawn} rows, not one each`);
    const floorName = "every row's intervals summed by project";
    return [
      row(
        SUITE,
        "time report: redraw after one task's time changed, 10k notes",
        floorName,
        t.update,
        { kind: 'max-ratio', value: 3 },
        runs,
      ),
      row(SUITE, '  of which rows and model', floorName, t.model, { kind: 'info', value: 0 }, runs),
    ];
  },
};
