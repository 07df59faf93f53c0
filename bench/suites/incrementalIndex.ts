import { ItemIndex } from '../../src/core/index/ItemIndex';
import { readNote } from '../../src/core/notes/readNote';
import { median, row, timeOnce, type BenchSuite } from '../harness';
import { itemNoteTexts } from '../generateVault';
import { noteReadOf } from '../../src/core/notes/readNote';

const ITEMS = 5000;
const BATCH = 500;

/** One upsert of a changed note against rebuilding the ItemIndex from scratch, at 5,000 items. */
export const incrementalIndexSuite: BenchSuite = {
  name: 'item index',
  run(ctx) {
    const inputs = itemNoteTexts(ITEMS, 20261128).map(({ path, text }) => {
      const read = readNote(path, text);
      if (read.type !== 'item') throw new Error(`generated note ${path} is not an item`);
      return { path, frontmatter: read.frontmatter, lines: read.lines };
    });
    const rebuild = (): ItemIndex => {
      const index = new ItemIndex();
      for (const input of inputs) index.upsert(input.path, noteReadOf(input.frontmatter, input.lines));
      return index;
    };
    const rebuilds: { cpu: number; wall: number }[] = [];
    for (let i = 0; i < ctx.runs; i++) rebuilds.push(timeOnce(rebuild));

    const index = rebuild();
    // A task with relations, edited back and forth so every upsert is a real change.
    const task = inputs.find((input) => input.frontmatter.stack === 'task') ?? inputs[0];
    const versions = [task.frontmatter, { ...task.frontmatter, status: 'done', done: '2026-11-28' }].map((fm) =>
      noteReadOf(fm, task.lines),
    );
    // One upsert is microseconds, below the CPU clock's resolution: time batches, report per upsert.
    const batches: { cpu: number; wall: number }[] = [];
    let flip = 0;
    for (let b = 0; b < 10; b++) {
      const t = timeOnce(() => {
        for (let i = 0; i < BATCH; i++) index.upsert(task.path, versions[++flip % 2]);
      });
      batches.push({ cpu: t.cpu / BATCH, wall: t.wall / BATCH });
    }
    ctx.log(`index of ${index.stats().items} items, revision ${index.revision}`);
    const t = {
      measuredMs: median(batches.map((x) => x.cpu)),
      floorMs: median(rebuilds.map((x) => x.cpu)),
      measuredWallMs: median(batches.map((x) => x.wall)),
      floorWallMs: median(rebuilds.map((x) => x.wall)),
    };
    return [
      row(
        'item index',
        `one upsert, ${ITEMS / 1000}k items`,
        'full rebuild',
        t,
        { kind: 'min-speedup', value: 1000 },
        batches.length * BATCH,
      ),
    ];
  },
};
