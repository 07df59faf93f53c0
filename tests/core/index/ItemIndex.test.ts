import { describe, expect, it } from '@jest/globals';
import { ItemIndex } from '../../../src/core/index/ItemIndex';
import { indexWith, note } from './indexBuilder';
import { noteReadOf, readNote } from '../../../src/core/notes/readNote';

describe('ItemIndex upsert, update and remove', () => {
  it('stores an item under its path and lists it by kind and group', () => {
    const index = new ItemIndex();

    index.upsert('Tasks/Renew passport.md', noteReadOf(note.task({ due: '2026-12-01' })));

    expect(index.get('Tasks/Renew passport.md')?.kind).toBe('task');
    expect(index.byKind('task').map((i) => i.path)).toEqual(['Tasks/Renew passport.md']);
    expect(index.byGroup('workflow').map((i) => i.path)).toEqual(['Tasks/Renew passport.md']);
    expect(index.byKind('device')).toEqual([]);
  });

  it('gives the parse result of a note, its item with the parse problems but not the relation problems', () => {
    const index = indexWith({ 'Tasks/Pay.md': note.task({ due: 'soon', depends: ['[[Missing]]'] }), 'Plain.md': null });

    const result = index.parseResult('Tasks/Pay.md');

    expect(result?.item?.kind).toBe('task');
    expect(result?.problems.map((p) => p.field)).toEqual(['due']);
    expect(
      index
        .problems()
        .map((p) => p.field)
        .sort(),
    ).toEqual(['depends', 'due']);
    expect(index.parseResult('Plain.md')).toEqual({ item: null, problems: [] });
    expect(index.parseResult('Nowhere.md')).toBeUndefined();
  });

  it('moves an item between kind lists when its kind changes', () => {
    const index = indexWith({ 'Thing.md': note.task() });

    index.upsert('Thing.md', noteReadOf(note.device()));

    expect(index.byKind('task')).toEqual([]);
    expect(index.byKind('device').map((i) => i.path)).toEqual(['Thing.md']);
    expect(index.byGroup('workflow')).toEqual([]);
  });

  it('drops the item when the note stops declaring stack, but keeps the note for link resolution', () => {
    const index = indexWith({ 'Thing.md': note.task(), 'Svc.md': note.service({ host: '[[Thing]]' }) });

    index.upsert('Thing.md', noteReadOf(note.plain()));

    expect(index.get('Thing.md')).toBeUndefined();
    expect(index.hasNote('Thing.md')).toBe(true);
    expect(index.resolve('Thing')).toBe('Thing.md');
  });

  it('keeps the problems of a note that fails to parse, without an item', () => {
    const index = new ItemIndex();

    index.upsert('Pasta.md', noteReadOf({ stack: 'recipe' }));

    expect(index.get('Pasta.md')).toBeUndefined();
    expect(index.problems().map((p) => [p.path, p.field])).toEqual([['Pasta.md', 'stack']]);
  });

  it('removes a note, its item and its problems', () => {
    const index = indexWith({ 'Pasta.md': { stack: 'recipe' }, 'Task.md': note.task() });

    const removed = index.remove('Pasta.md');
    index.remove('Task.md');

    expect(removed).toBe(true);
    expect(index.problems()).toEqual([]);
    expect(index.items()).toEqual([]);
    expect(index.remove('Task.md')).toBe(false);
  });

  it('clear forgets every note', () => {
    const index = indexWith({ 'A.md': note.task(), 'B.md': null });

    index.clear();

    expect(index.stats()).toMatchObject({ notes: 0, items: 0 });
    expect(index.resolve('B')).toBeNull();
  });
});

describe('ItemIndex revision', () => {
  it('increases on add, change, rename and remove', () => {
    const index = new ItemIndex();
    const seen = [index.revision];

    index.upsert('A.md', noteReadOf(note.task()));
    seen.push(index.revision);
    index.upsert('A.md', noteReadOf(note.task({ due: '2026-12-01' })));
    seen.push(index.revision);
    index.rename('A.md', 'B.md');
    seen.push(index.revision);
    index.remove('B.md');
    seen.push(index.revision);

    for (let i = 1; i < seen.length; i++) expect(seen[i]).toBeGreaterThan(seen[i - 1]);
  });

  it('does not move on an upsert with equal frontmatter in a new object', () => {
    const index = indexWith({ 'A.md': note.task({ tags: ['x', 'y'], depends: ['[[B]]'] }) });
    const before = index.revision;

    const changed = index.upsert('A.md', noteReadOf(note.task({ tags: ['x', 'y'], depends: ['[[B]]'] })));

    expect(changed).toBe(false);
    expect(index.revision).toBe(before);
  });

  it('does not move when a plain note is upserted again, nor on removing an unknown path', () => {
    const index = indexWith({ 'Journal.md': note.plain() });
    const before = index.revision;

    index.upsert('Journal.md', noteReadOf(note.plain({ mood: 'ok' })));
    index.remove('Nope.md');
    index.rename('Nope.md', 'Other.md');

    expect(index.revision).toBe(before);
  });

  it('moves when a new plain note appears, since links may now resolve to it', () => {
    const index = new ItemIndex();
    const before = index.revision;

    index.upsert('Journal.md', noteReadOf(null));

    expect(index.revision).toBeGreaterThan(before);
  });

  it('moves when only the line numbers changed, since problems carry them', () => {
    const index = new ItemIndex();
    index.upsert('A.md', noteReadOf(note.task(), { stack: 2 }));
    const before = index.revision;

    index.upsert('A.md', noteReadOf(note.task(), { stack: 3 }));

    expect(index.revision).toBeGreaterThan(before);
  });
});

describe('ItemIndex stats', () => {
  it('counts notes, items, errors and warnings, and items per kind and group', () => {
    const index = indexWith({
      'NAS.md': note.device(),
      'Router.md': note.device(),
      'Todo.md': note.task({ due: 'someday' }),
      'Nextcloud.md': note.service({ host: '[[Todo]]' }),
      'Journal.md': null,
    });

    expect(index.stats()).toEqual({
      notes: 5,
      items: 4,
      errors: 1,
      warnings: 1,
      byKind: { device: 2, task: 1, service: 1 },
      byGroup: { infra: 3, workflow: 1 },
    });
  });
});

describe('ItemIndex input: a note read', () => {
  it('keeps a note that cannot be read as its problems, under the kind it names, and moves them on rename', () => {
    const index = new ItemIndex();
    const read = readNote('Tasks/Broken.md', '---\nstack: Task\ndue: [2026-11-30\n---\n');

    index.upsert('Tasks/Broken.md', read);
    index.rename('Tasks/Broken.md', 'Tasks/Fixed later.md');

    expect(read.type).toBe('invalid');
    expect(index.get('Tasks/Fixed later.md')).toBeUndefined();
    expect(index.declaredKind('Tasks/Fixed later.md')).toBe('task');
    expect(index.problems()).toEqual([
      expect.objectContaining({
        path: 'Tasks/Fixed later.md',
        field: '',
        severity: 'error',
        line: 3,
        message: expect.stringMatching(/^YAML error/),
      }),
    ]);
  });

  it('changes nothing when the same unreadable note is read again', () => {
    const index = new ItemIndex();
    const text = '---\nstack: task\ndue: [\n---\n';
    index.upsert('A.md', readNote('A.md', text));
    const revision = index.revision;

    expect(index.upsert('A.md', readNote('A.md', text))).toBe(false);
    expect(index.revision).toBe(revision);
  });
});
