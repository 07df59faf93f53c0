import { ItemIndex } from '../../src/core/index/ItemIndex';
import { readNote } from '../../src/core/notes/readNote';
import { median, row, timeOnce, type BenchSuite } from '../harness';
import { itemNoteTexts } from '../generateVault';

const ITEMS = 5000;

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
      for (const input of inputs) index.upsert(input.path, input.frontmatter, input.lines);
      return index;
    };
    const rebuilds: number[] = [];
    for (let i = 0; i < ctx.runs; i++) rebuilds.push(timeOnce(rebuild));

    const index = rebuild();
    // A task with relations, edited back and forth so every upsert is a real change.
    const task = inputs.find((input) => input.frontmatter.stack === 'task') ?? inputs[0];
    const versions = [task.frontmatter, { ...task.frontmatter, status: 'done', done: '2026-11-28' }];
    const updates: number[] = [];
    for (let i = 0; i < 2000; i++) {
      const fm = versions[(i + 1) % 2];
      const start = performance.now();
      index.upsert(task.path, fm, task.lines);
      updates.push(performance.now() - start);
    }
    ctx.log(`index of ${index.stats().items} items, revision ${index.revision}`);
    const t = { measuredMs: median(updates), floorMs: median(rebuilds) };
    return [row('item index', `one upsert, ${ITEMS / 1000}k items`, 'full rebuild', t, { kind: 'min-speedup', value: 1000 }, updates.length)];
  },
};
