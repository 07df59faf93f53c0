import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { ItemIndex } from '../../../src/core/index/ItemIndex';
import type { Item } from '../../../src/core/model/Item';
import { readNote } from '../../../src/core/notes/readNote';
import { runningInterval, runningTimers, timedItem, type TimedItem } from '../../../src/core/time';

/** The previous runningTimers, kept as the reference: habits then tasks through the kind tables. */
function reference(index: ItemIndex): TimedItem[] {
  const out: TimedItem[] = [];
  for (const item of [...index.byKind('habit'), ...index.byKind('task')]) {
    const timed = timedItem(item);
    if (timed !== null && runningInterval(timed) !== undefined) out.push(timed);
  }
  return out;
}

const TIME = ['[]', '["2026-12-01T09:00/.."]', '["2026-12-01T09:00/2026-12-01T09:30"]', '"2026-12-02T08:00/.."'];
const frontmatter = fc.oneof(
  fc.constantFrom(...TIME).map((time) => `stack: task\ntime: ${time}`),
  fc.constantFrom(...TIME).map((time) => `stack: habit\ngoal: daily\ntime: ${time}`),
  fc.constantFrom(...TIME).map((time) => `stack: recipe\ntime: ${time}`),
  fc.constant('stack: kind\nname: recipe\ngroup: kitchen'),
  fc.constant('stack: device\nos: Debian'),
);
const checklist = fc.subarray([
  '- [ ] Write report\n    - ⏱ 2026-12-01T09:00/..',
  '- [ ] Call\n    - ⏱ 2026-12-01T09:00/2026-12-01T09:10',
  '- [x] Done ✅ 2026-11-30',
]);
const note = fc
  .tuple(fc.option(frontmatter), checklist)
  .map(([fm, lines]) => (fm === null ? '' : `---\n${fm}\n---\n`) + lines.join('\n'));

describe('runningTimers', () => {
  it('lists what the kind tables listed: running habits, then running tasks and inline tasks, each by path', () => {
    let running = 0;
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom('A.md', 'b/B.md', 'C.md', 'Kinds/Recipe.md', 'D.md'), note),
        (notes) => {
          const index = new ItemIndex();
          for (const [path, text] of Object.entries(notes)) index.upsert(path, readNote(path, text));
          const timers = runningTimers(index);
          expect(timers).toEqual(reference(index));
          if (timers.length > 1) running++;
        },
      ),
      { numRuns: 300 },
    );
    expect(running).toBeGreaterThan(20);
  });

  it('reads the item list, not the kind tables', () => {
    const items: Item[] = [];
    expect(runningTimers({ items: () => items })).toEqual([]);
  });
});
