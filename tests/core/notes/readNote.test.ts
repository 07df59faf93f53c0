import { describe, expect, it } from '@jest/globals';
import { readNote } from '../../../src/core/notes/readNote';
import { noteText } from './noteText';

const PATH = 'Tasks/Renew passport.md';

describe('readNote', () => {
  it('reads an item note into frontmatter values and each top-level key line', () => {
    const text = noteText(['stack: task', 'due: 2026-11-30', 'tags:', '  - admin', 'depends: ["[[Photo]]"]']);

    const read = readNote(PATH, text);

    expect(read).toEqual({
      type: 'item',
      frontmatter: { stack: 'task', due: '2026-11-30', tags: ['admin'], depends: ['[[Photo]]'] },
      lines: { stack: 2, due: 3, tags: 4, depends: 6 },
    });
  });

  it('keeps dates as strings under the YAML 1.2 core schema', () => {
    const read = readNote(PATH, noteText(['stack: task', 'due: 2026-11-30', 'at: 2026-11-30T10:00']));

    expect(read.type === 'item' && read.frontmatter).toMatchObject({ due: '2026-11-30', at: '2026-11-30T10:00' });
  });

  it("reads YAML 1.1's explicitly tagged types as core-schema text and maps, never a Date, Set or bytes", () => {
    const read = readNote(
      PATH,
      noteText(['stack: task', 'due: !!timestamp 2026-11-30', 'tags: !!set {a, b}', 'blob: !!binary aGk=']),
    );

    expect(read).toMatchObject({
      type: 'item',
      frontmatter: { due: '2026-11-30', tags: { a: null, b: null }, blob: 'aGk=' },
    });
  });

  it('treats a note without a stack key as plain, whatever its frontmatter holds', () => {
    expect(readNote('Books/Dune.md', noteText(['categories:', '  - "[[Books]]"', 'created: {{date}}']))).toEqual({
      type: 'plain',
    });
    expect(readNote('Home.md', '# Home\n')).toEqual({ type: 'plain' });
  });

  it('does not mistake a nested stack key for a declaration', () => {
    expect(readNote('a.md', noteText(['meta:', '  stack: task']))).toEqual({ type: 'plain' });
  });

  it('reports a YAML syntax error on the file line where the parser found it', () => {
    const read = readNote(PATH, noteText(['stack: task', 'title: ok', 'due: [2026-11-30']));

    expect(read.type).toBe('invalid');
    expect(read.type === 'invalid' && read.problems).toEqual([
      expect.objectContaining({
        path: PATH,
        field: '',
        severity: 'error',
        line: 4,
        message: expect.stringMatching(/^YAML error: /),
      }),
    ]);
  });

  it('reports a duplicated key as a problem rather than picking one value', () => {
    const read = readNote(PATH, noteText(['stack: task', 'due: 2026-11-30', 'due: 2026-12-01']));

    expect(read.type === 'invalid' && read.problems[0]).toMatchObject({
      line: 4,
      message: expect.stringContaining('unique'),
    });
  });

  it('reports frontmatter that never closes on line 1', () => {
    const read = readNote(PATH, '---\nstack: task\ndue: 2026-11-30\n\nBody without an end.\n');

    expect(read.type === 'invalid' && read.problems).toEqual([
      expect.objectContaining({ line: 1, message: expect.stringContaining('never closes') }),
    ]);
  });

  it('ignores an unclosed opening line when nothing declares stack', () => {
    expect(readNote('a.md', '---\nJust a horizontal rule and prose.\n')).toEqual({ type: 'plain' });
  });

  it('stops aliases that expand exponentially (billion laughs) with a problem', () => {
    const laughs = ['stack: task', 'a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (const [name, prev] of [
      ['b', 'a'],
      ['c', 'b'],
      ['d', 'c'],
      ['e', 'd'],
      ['f', 'e'],
      ['g', 'f'],
    ]) {
      laughs.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(', ')}]`);
    }

    const read = readNote(PATH, noteText(laughs));

    expect(read.type === 'invalid' && read.problems[0].message).toMatch(/aliases expand too far/);
  });

  it('accepts a few ordinary aliases', () => {
    const read = readNote(PATH, noteText(['stack: task', 'base: &b [x]', 'depends: *b']));

    expect(read.type === 'item' && read.frontmatter.depends).toEqual(['x']);
  });

  it('refuses to parse a frontmatter block over the size limit', () => {
    const big = noteText(['stack: task', `notes: "${'x'.repeat(2000)}"`]);

    const read = readNote(PATH, big, { maxChars: 1024, maxAliasCount: 100 });

    expect(read.type === 'invalid' && read.problems[0].message).toMatch(/over the 1 KB limit/);
  });

  it('reports frontmatter that is a single value rather than fields', () => {
    const read = readNote(PATH, noteText(['stack:task']));

    expect(read.type === 'invalid' && read.problems[0]).toMatchObject({
      line: 2,
      message: expect.stringContaining('not a set of `key: value` fields'),
    });
  });
});
