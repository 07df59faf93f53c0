import { describe, expect, it } from '@jest/globals';
import type { Item } from '../../../src/core/model/Item';
import { parseQuery } from '../../../src/core/query/parseQuery';
import { runQuery } from '../../../src/core/query/runQuery';
import { CLOCK } from './evaluate';
import { anItem } from './ItemBuilder';

const ITEMS: Item[] = [
  anItem().ofKind('task').at('Tasks/Pay rent.md').with('status', 'todo').with('due', '2026-12-01').build(),
  anItem().ofKind('task').at('Tasks/Renew passport.md').with('status', 'done').build(),
  anItem().ofKind('recipe', 'kitchen').at('Kitchen/Dal.md').with('serves', 4).build(),
];

function notesOf(block: string, items: Item[] = ITEMS): readonly string[] {
  const parsed = parseQuery(block);
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('\n'));
  // Derived properties as the hosts give them: defined for a task whatever its value.
  return runQuery(parsed.query, items, {
    ...CLOCK,
    derived: (item, name) => (item.kind === 'task' && name === 'overdue' ? false : undefined),
  }).notes;
}

describe('notes on filters that would silently match nothing', () => {
  it('names a property no item has, with the field it was probably meant to be', () => {
    expect(notesOf('kind: task\nfilters: stauts == "todo"')).toEqual([
      'filters read "stauts", which no item here has, so it is empty; did you mean "status"?',
    ]);
    expect(notesOf('kind: recipe\nfilters: note["servs"] > 2')).toEqual([
      'filters read "servs", which no item here has, so it is empty; did you mean "serves"?',
    ]);
  });

  it('says nothing about a property some item has, or that the kind declares though no item sets it yet', () => {
    expect(
      notesOf('kind: task\nfilters:\n  and: [status == "todo", due < today() + "7d", priority == "high", overdue]'),
    ).toEqual([]);
  });

  it('says that a bare today is read as a property, and how to write the function', () => {
    expect(notesOf('kind: task\nfilters: due < today + "7d"')).toEqual([
      'filters read "today", which no item here has, so it is empty; for the function write today(), as in today() + "7d"',
    ]);
  });

  it('points out a file.inFolder folder that differs only in case from one with items', () => {
    expect(notesOf('filters: file.inFolder("tasks")')).toEqual([
      'file.inFolder("tasks") matches no item: folder names are case-sensitive; did you mean "Tasks"?',
    ]);
    expect(notesOf('filters: file.inFolder("Tasks/")')).toEqual([]);
    expect(notesOf('filters: file.inFolder("Archive")')).toEqual([]);
  });

  it('keeps the notes about ignored Bases options, and says nothing when the block selects no item', () => {
    expect(notesOf('kind: bookmark\nfilters: stauts == "read"')).toEqual([]);
    expect(notesOf('views:\n  - type: table\n    rowHeight: tall\n    filters: stauts == "todo"')).toEqual([
      expect.stringContaining('rowHeight'),
      expect.stringContaining('"stauts"'),
    ]);
  });
});
