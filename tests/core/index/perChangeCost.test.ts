import { describe, expect, it } from '@jest/globals';
import { ItemIndex } from '../../../src/core/index/ItemIndex';
import { countingParse, note } from './indexBuilder';
import { noteReadOf } from '../../../src/core/notes/readNote';

/** A vault of `n` items: devices, services on them, tasks in chains, all linked. */
function bigIndex(n: number, parse: ReturnType<typeof countingParse>['parse']): ItemIndex {
  const index = new ItemIndex({ parse });
  for (let i = 0; i < n; i++) {
    const group = i % 3;
    if (group === 0) index.upsert(`Devices/Device ${i}.md`, noteReadOf(note.device({ tags: ['infra/hw'] })));
    else if (group === 1)
      index.upsert(
        `Services/Service ${i}.md`,
        noteReadOf(note.service({ host: `[[Device ${i - 1}]]`, tags: ['infra'] })),
      );
    else index.upsert(`Tasks/Task ${i}.md`, noteReadOf(note.task({ depends: [`[[Task ${i - 3}]]`] })));
  }
  return index;
}

describe('ItemIndex cost per change', () => {
  it.each([500, 5000])('parses one note and re-checks a handful on one upsert in a %i-item index', (n) => {
    const counter = countingParse();
    const index = bigIndex(n, counter.parse);
    const parsesBefore = index.work.parses;
    const checksBefore = index.work.linkChecks;

    index.upsert('Devices/Device 3.md', noteReadOf(note.device({ os: 'nixos' })));

    expect(index.work.parses - parsesBefore).toBe(1);
    // The device itself and the one service hosted on it.
    expect(index.work.linkChecks - checksBefore).toBe(2);
  });

  it.each([500, 5000])('re-checks only the linking notes when a note is removed or renamed in a %i-item index', (n) => {
    const counter = countingParse();
    const index = bigIndex(n, counter.parse);
    const parsesBefore = index.work.parses;
    const checksBefore = index.work.linkChecks;

    index.remove('Tasks/Task 5.md');
    index.rename('Devices/Device 6.md', 'Devices/Device 6b.md');

    // Rename re-parses the moved note only (its title and problems carry the path).
    expect(index.work.parses - parsesBefore).toBe(1);
    // Remove: the task depending on Task 5. Rename: the moved device and the service on it.
    expect(index.work.linkChecks - checksBefore).toBe(3);
    expect(index.problems().map((p) => p.path)).toEqual([
      'Services/Service 7.md',
      'Tasks/Task 2.md',
      'Tasks/Task 8.md',
    ]);
  });

  it("re-parses only that kind's notes when a user kind changes in a 5000-item index", () => {
    const counter = countingParse();
    const index = bigIndex(5000, counter.parse);
    index.upsert('Kinds/Recipe.md', noteReadOf(note.kind('recipe')));
    for (const dish of ['Pasta', 'Soup', 'Curry']) index.upsert(`Food/${dish}.md`, noteReadOf({ stack: 'recipe' }));
    counter.calls.length = 0;

    index.upsert('Kinds/Recipe.md', noteReadOf(note.kind('recipe', { group: 'food' })));

    expect(counter.calls.sort()).toEqual(['Food/Curry.md', 'Food/Pasta.md', 'Food/Soup.md', 'Kinds/Recipe.md']);
    expect(index.byGroup('food')).toHaveLength(3);
  });

  it.each([500, 5000])('re-checks only the notes linking to a new plain note’s name in a %i-item index', (n) => {
    const counter = countingParse();
    const index = bigIndex(n, counter.parse);
    index.upsert('Tasks/Task 2.md', noteReadOf(note.task({ depends: ['[[Runbook]]'] })));
    expect(index.problems()).toEqual([expect.objectContaining({ path: 'Tasks/Task 2.md', severity: 'error' })]);
    const parsesBefore = index.work.parses;
    const checksBefore = index.work.linkChecks;

    index.upsert('Docs/Runbook.md', noteReadOf(null));
    index.upsert('Docs/Unlinked.md', noteReadOf(null));

    expect(index.work.parses - parsesBefore).toBe(0);
    // The one task linking to "Runbook"; nothing links to "Unlinked".
    expect(index.work.linkChecks - checksBefore).toBe(1);
    // No longer dangling: a link to a plain note where a task is expected.
    expect(index.problems()).toEqual([expect.objectContaining({ path: 'Tasks/Task 2.md', severity: 'warning' })]);
    expect(index.resolve('Unlinked')).toBe('Docs/Unlinked.md');
  });
});
