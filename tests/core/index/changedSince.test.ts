import { describe, expect, it } from '@jest/globals';
import { ItemIndex } from '../../../src/core/index/ItemIndex';
import { readNote } from '../../../src/core/notes/readNote';

const note = (yaml: string): string => `---\n${yaml}\n---\n`;

describe('ItemIndex.changedSince', () => {
  it('names the notes each change touched, with the notes linking to them, since a revision', () => {
    const index = new ItemIndex();
    index.upsert('Tasks/A.md', readNote('Tasks/A.md', note('stack: task\ndepends: ["[[B]]"]')));
    index.upsert('Tasks/B.md', readNote('Tasks/B.md', note('stack: task')));
    const start = index.revision;
    expect(index.changedSince(start)).toEqual(new Set());

    index.upsert('Tasks/B.md', readNote('Tasks/B.md', note('stack: task\nstatus: done')));
    expect(index.changedSince(start)).toEqual(new Set(['Tasks/B.md', 'Tasks/A.md']));
    const afterEdit = index.revision;
    index.rename('Tasks/B.md', 'Tasks/C.md');
    expect(index.changedSince(afterEdit)).toEqual(new Set(['Tasks/C.md', 'Tasks/A.md', 'Tasks/B.md']));
    const afterRename = index.revision;
    index.remove('Tasks/A.md');
    expect(index.changedSince(afterRename)).toEqual(new Set(['Tasks/A.md']));
  });

  it('cannot say after a bulk load, a clear, or too long ago', () => {
    const index = new ItemIndex();
    index.upsertMany([{ path: 'A.md', read: readNote('A.md', note('stack: task')) }]);
    expect(index.changedSince(0)).toBeNull();
    const loaded = index.revision;
    for (let i = 0; i < 300; i++) index.upsert(`N${i}.md`, readNote(`N${i}.md`, note('stack: task')));
    expect(index.changedSince(loaded)).toBeNull();
    const recent = index.revision - 10;
    expect(index.changedSince(recent)?.size).toBe(10);
    index.clear();
    expect(index.changedSince(recent)).toBeNull();
  });
});
