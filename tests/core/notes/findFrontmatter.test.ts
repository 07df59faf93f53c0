import { describe, expect, it } from '@jest/globals';
import { findFrontmatter } from '../../../src/core/notes/findFrontmatter';
import { noteText } from './noteText';

describe('findFrontmatter', () => {
  it('finds the block between the opening and closing delimiter lines', () => {
    const text = noteText(['stack: task', 'due: 2026-11-30']);

    const block = findFrontmatter(text);

    expect(block).toEqual({
      type: 'block',
      yaml: 'stack: task\ndue: 2026-11-30',
      firstLine: 2,
      start: 4,
      end: 32,
      eol: '\n',
    });
  });

  it('reads Windows line endings without leaving a carriage return on the last field', () => {
    const block = findFrontmatter(noteText(['stack: task'], 'body\n', '\r\n'));

    expect(block).toEqual({ type: 'block', yaml: 'stack: task', firstLine: 2, start: 5, end: 18, eol: '\r\n' });
  });

  it('skips a byte order mark before the opening delimiter', () => {
    expect(findFrontmatter('\ufeff' + noteText(['a: 1']))).toMatchObject({ type: 'block', yaml: 'a: 1' });
  });

  it('gives an empty block for two delimiter lines in a row', () => {
    expect(findFrontmatter('---\n---\nbody')).toEqual({
      type: 'block',
      yaml: '',
      firstLine: 2,
      start: 4,
      end: 4,
      eol: '\n',
    });
  });

  it('does not close on a line that only starts with three dashes', () => {
    const block = findFrontmatter('---\na: 1\n----\nb: 2\n---\n');

    expect(block).toMatchObject({ type: 'block', yaml: 'a: 1\n----\nb: 2' });
  });

  it('reports an opening delimiter that is never closed', () => {
    expect(findFrontmatter('---\nstack: task\nno end')).toEqual({ type: 'unclosed', yaml: 'stack: task\nno end' });
  });

  it('finds nothing in a note without a first-line delimiter', () => {
    expect(findFrontmatter('# Title\n---\nstack: task\n---\n')).toEqual({ type: 'none', eol: '\n', bomLength: 0 });
    expect(findFrontmatter('\ufeff--- not a delimiter\r\n')).toEqual({ type: 'none', eol: '\r\n', bomLength: 1 });
    expect(findFrontmatter('')).toEqual({ type: 'none', eol: '\n', bomLength: 0 });
  });

  it('accepts blanks after either delimiter and does not close on a `...` line', () => {
    expect(findFrontmatter('--- \nstack: task\n---\t\nbody')).toMatchObject({ type: 'block', yaml: 'stack: task' });
    expect(findFrontmatter('---\nstack: task\n...\nbody\n')).toEqual({
      type: 'unclosed',
      yaml: 'stack: task\n...\nbody\n',
    });
  });
});
