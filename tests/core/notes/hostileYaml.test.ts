import { describe, expect, it } from '@jest/globals';
import { editFrontmatter, Edits } from '../../../src/core/frontmatter';
import { exceedsNesting } from '../../../src/core/notes/exceedsNesting';
import { readNote } from '../../../src/core/notes/readNote';
import { noteText } from './noteText';

const PATH = 'Tasks/Hostile.md';

function problemOf(text: string): { message: string; line?: number } | undefined {
  const read = readNote(PATH, text);
  return read.type === 'invalid' ? read.problems[0] : undefined;
}

describe('readNote on hostile YAML', () => {
  it('reports a self-referencing alias as a loop on its line instead of building a circular value', () => {
    expect(problemOf(noteText(['stack: task', 'a: &a', '  b: *a']))).toMatchObject({
      line: 4,
      message: 'the alias `*a` refers to a value that contains it, a loop; write the value out instead',
    });
  });

  it('still reads an alias to a sibling value', () => {
    const read = readNote(PATH, noteText(['stack: task', 'base: &b {x: 1}', 'copy: *b']));

    expect(read).toMatchObject({ type: 'item', frontmatter: { base: { x: 1 }, copy: { x: 1 } } });
  });

  it.each([
    ['10,000 flow brackets', `x: ${'['.repeat(10000)}${']'.repeat(10000)}`],
    ['100,000 flow brackets (the parser runs out of memory on it)', `x: ${'['.repeat(100000)}${']'.repeat(100000)}`],
    ['500 indented maps', Array.from({ length: 500 }, (_, i) => `${' '.repeat(i)}k:`).join('\n')],
    ['a compact sequence 5,000 deep', `x:\n${'- '.repeat(5000)}1`],
  ])('says the frontmatter nests too deep for %s', (_, yaml) => {
    expect(problemOf(`---\nstack: task\n${yaml}\n---\n`)).toEqual(
      expect.objectContaining({ line: 2, message: 'frontmatter nests deeper than 100 levels; not read' }),
    );
  });

  it('reads nesting up to the limit', () => {
    const read = readNote(PATH, noteText(['stack: task', `x: ${'['.repeat(98)}1${']'.repeat(98)}`]));

    expect(read.type).toBe('item');
  });

  it('reports a key that is a list or a map as a problem, without a process warning', () => {
    const warnings: string[] = [];
    const listen = (w: Error): number => warnings.push(w.message);
    process.on('warning', listen);
    try {
      expect(problemOf(noteText(['stack: task', '? [a, b]', ': 1']))).toMatchObject({
        line: 3,
        message: expect.stringMatching(/^a key is a list or a map/),
      });
      expect(problemOf(noteText(['stack: task', 'meta:', '  ? {a: 1}', '  : 1']))).toMatchObject({
        line: 4,
        message: expect.stringMatching(/^a key is a list or a map/),
      });
    } finally {
      process.off('warning', listen);
    }
    expect(warnings).toEqual([]);
  });
});

describe('exceedsNesting', () => {
  it('does not count brackets inside quotes or comments, or list markers in text', () => {
    const yaml = [
      `title: "${'['.repeat(200)}"`,
      `note: '${'{'.repeat(200)}'`,
      `# ${'['.repeat(200)}`,
      'tags: [a, [b, c]]',
      'steps:',
      '  - one - two - three',
    ].join('\n');

    expect(exceedsNesting(yaml, 5)).toBe(false);
  });

  it('counts indentation, list markers and flow brackets together, at most one level over the parser', () => {
    // The parser sees 6 levels: a, b, two sequences, two flow lists.
    expect(exceedsNesting('a:\n  b:\n    - - [[x]]', 7)).toBe(false);
    expect(exceedsNesting('a:\n  b:\n    - - [[x]]', 5)).toBe(true);
  });
});

describe('the frontmatter editor on hostile YAML', () => {
  it.each([
    ['an alias loop', 'a: &a\n  b: *a\n', /a loop/],
    ['a key that is a list', '? [a, b]\n: 1\n', /a key is a list or a map/],
    ['10,000 flow brackets', `x: ${'['.repeat(10000)}${']'.repeat(10000)}\n`, /nests deeper than 100 levels/],
  ])('refuses %s as the reader does', (_, yaml, reason) => {
    expect(editFrontmatter(`---\n${yaml}---\n`, [Edits.set('done', true)])).toEqual({
      ok: false,
      code: 'yaml-error',
      reason: expect.stringMatching(reason),
    });
  });
});
