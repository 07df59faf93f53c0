import { describe, expect, it } from '@jest/globals';
import { countingParse, indexWith, note } from './indexBuilder';
import { noteReadOf } from '../../../src/core/notes/readNote';

describe('ItemIndex user kinds', () => {
  it('parses notes of a user kind declared before them', () => {
    const index = indexWith({
      'Kinds/Recipe.md': note.kind('recipe'),
      'Food/Pasta.md': { stack: 'recipe', servings: 2 },
    });

    expect(index.get('Food/Pasta.md')?.kind).toBe('recipe');
    expect(index.byGroup('kitchen').map((i) => i.path)).toEqual(['Food/Pasta.md']);
    expect(index.problems()).toEqual([]);
  });

  it('re-parses notes that failed on an unknown kind once the kind is declared, and only those', () => {
    const counter = countingParse();
    const index = indexWith(
      { 'Food/Pasta.md': { stack: 'recipe' }, 'Food/Soup.md': { stack: 'recipe' }, 'Todo.md': note.task() },
      counter.parse,
    );
    expect(index.problems().map((p) => p.field)).toEqual(['stack', 'stack']);
    counter.calls.length = 0;

    index.upsert('Kinds/Recipe.md', noteReadOf(note.kind('recipe')));

    expect(index.byKind('recipe').map((i) => i.path)).toEqual(['Food/Pasta.md', 'Food/Soup.md']);
    expect(index.problems()).toEqual([]);
    expect(counter.calls.sort()).toEqual(['Food/Pasta.md', 'Food/Soup.md', 'Kinds/Recipe.md']);
  });

  it('turns notes of a kind back into problems when the kind note is removed', () => {
    const index = indexWith({ 'Kinds/Recipe.md': note.kind('recipe'), 'Food/Pasta.md': { stack: 'recipe' } });

    index.remove('Kinds/Recipe.md');

    expect(index.get('Food/Pasta.md')).toBeUndefined();
    expect(index.problems().map((p) => [p.path, p.field])).toEqual([['Food/Pasta.md', 'stack']]);
  });

  it("re-parses a kind's notes when the kind note changes, with the new group", () => {
    const index = indexWith({ 'Kinds/Recipe.md': note.kind('recipe'), 'Food/Pasta.md': { stack: 'recipe' } });

    index.upsert('Kinds/Recipe.md', noteReadOf(note.kind('recipe', { group: 'food' })));

    expect(index.byGroup('food').map((i) => i.path)).toEqual(['Food/Pasta.md']);
    expect(index.byGroup('kitchen')).toEqual([]);
  });

  it('moves notes from the old kind name to the new one when a kind is renamed in its note', () => {
    const index = indexWith({
      'Kinds/Recipe.md': note.kind('recipe'),
      'Pasta.md': { stack: 'recipe' },
      'Toast.md': { stack: 'dish' },
    });

    index.upsert('Kinds/Recipe.md', noteReadOf(note.kind('dish')));

    expect(index.get('Toast.md')?.kind).toBe('dish');
    expect(index.get('Pasta.md')).toBeUndefined();
    expect(index.problems().map((p) => p.path)).toEqual(['Pasta.md']);
  });

  it('warns on a second declaration of the same kind and lets the first path win', () => {
    const index = indexWith({
      'Kinds/Recipe.md': note.kind('recipe'),
      'Old/Recipe.md': note.kind('recipe', { group: 'old' }),
      'Pasta.md': { stack: 'recipe' },
    });

    expect(index.get('Pasta.md')?.group).toBe('kitchen');
    expect(index.problems().map((p) => `${p.path}: ${p.message}`)).toEqual([
      'Old/Recipe.md: kind "recipe" is already declared in Kinds/Recipe.md',
    ]);

    index.remove('Kinds/Recipe.md');

    expect(index.get('Pasta.md')?.group).toBe('old');
    expect(index.problems()).toEqual([]);
  });

  it("does not re-parse a kind's notes when an unrelated note changes", () => {
    const counter = countingParse();
    const index = indexWith({ 'Kinds/Recipe.md': note.kind('recipe'), 'Pasta.md': { stack: 'recipe' } }, counter.parse);
    counter.calls.length = 0;

    index.upsert('Todo.md', noteReadOf(note.task()));

    expect(counter.calls).toEqual(['Todo.md']);
  });
});

describe('ItemIndex user kinds, names', () => {
  it('matches a kind regardless of the case it is written in, in both orders of arrival', () => {
    const kindFirst = indexWith({ 'Kinds/Recipe.md': note.kind('Recipe'), 'Pasta.md': { stack: 'RECIPE' } });
    const itemFirst = indexWith({ 'Pasta.md': { stack: 'RECIPE' }, 'Kinds/Recipe.md': note.kind('Recipe') });

    expect(kindFirst.get('Pasta.md')?.kind).toBe('recipe');
    expect(itemFirst.get('Pasta.md')?.kind).toBe('recipe');
    expect(itemFirst.problems()).toEqual([]);
  });

  it("keeps a kind's notes parsed when the kind note is renamed", () => {
    const index = indexWith({ 'Kinds/Recipe.md': note.kind('recipe'), 'Pasta.md': { stack: 'recipe' } });

    index.rename('Kinds/Recipe.md', 'Meta/Recipe kind.md');

    expect(index.get('Pasta.md')?.kind).toBe('recipe');
    expect(index.userKinds().get('recipe')?.path).toBe('Meta/Recipe kind.md');
    expect(index.problems()).toEqual([]);
  });
});
