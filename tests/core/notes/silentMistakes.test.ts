import { describe, expect, it } from '@jest/globals';
import { ItemIndex } from '../../../src/core/index/ItemIndex';
import { noteReadOf, readNote } from '../../../src/core/notes/readNote';
import { noteText } from './noteText';

describe('silent frontmatter mistakes get a warning', () => {
  it.each(['Stack', 'STACK', '"Stack"'])(
    'says a `%s:` key is not `stack:`, on its line, and leaves the note out of the items',
    (key) => {
      const read = readNote('Tasks/Pay rent.md', noteText(['title: Pay rent', `${key}: task`]));

      expect(read).toEqual({
        type: 'invalid',
        problems: [
          expect.objectContaining({
            field: key.replace(/"/g, ''),
            line: 3,
            severity: 'warning',
            message:
              'is not the `stack:` key (keys are case-sensitive), so this note is not an item; did you mean `stack:`?',
          }),
        ],
      });
    },
  );

  it("gives the same warning from frontmatter parsed elsewhere (the plugin's metadata cache)", () => {
    expect(noteReadOf({ Stack: 'task' }, { Stack: 2 }, 'a.md')).toEqual(readNote('a.md', noteText(['Stack: task'])));
  });

  it('warns that `tags: #admin` is a YAML comment, without quoting the comment, and keeps the item', () => {
    const index = new ItemIndex();
    index.upsert(
      'Tasks/Admin.md',
      readNote('Tasks/Admin.md', noteText(['stack: task', 'tags: #admin', 'due: 2026-12-01'])),
    );

    expect(index.get('Tasks/Admin.md')?.kind).toBe('task');
    expect(index.problems()).toEqual([
      expect.objectContaining({
        field: 'tags',
        line: 3,
        severity: 'warning',
        message:
          'is empty: `#` starts a YAML comment, so the rest of the line is not read; put the value in quotes or drop the `#`',
      }),
    ]);
    expect(index.parseResult('Tasks/Admin.md')?.problems).toEqual([]);
  });

  it('says nothing about an empty field, a quoted `#` or a comment after a value', () => {
    const read = readNote('a.md', noteText(['stack: task', 'tags:', 'title: "#1 priority"', 'due: 2026-12-01 # soon']));

    expect(read.type === 'item' && read.problems).toBeUndefined();
  });

  it('updates the warning when only the comment changed', () => {
    const index = new ItemIndex();
    index.upsert('a.md', readNote('a.md', noteText(['stack: task', 'tags:'])));

    index.upsert('a.md', readNote('a.md', noteText(['stack: task', 'tags: #admin'])));

    expect(index.problems()).toHaveLength(1);
  });
});
