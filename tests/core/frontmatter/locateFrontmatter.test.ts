import { describe, expect, it } from '@jest/globals';
import { locateFrontmatter } from '../../../src/core/frontmatter/locateFrontmatter';

/** The YAML source and body that a located block splits the text into. */
function split(text: string): { source: string; body: string } | string {
  const location = locateFrontmatter(text);
  if (location.kind !== 'block') return location.kind;
  const closeEnd = text.indexOf('\n', location.end);
  return { source: text.slice(location.start, location.end), body: closeEnd === -1 ? '' : text.slice(closeEnd + 1) };
}

describe('locateFrontmatter', () => {
  it('splits at the first closing line and leaves later --- lines in the body', () => {
    expect(split('---\na: 1\n---\nbody\n---\nmore\n')).toEqual({ source: 'a: 1\n', body: 'body\n---\nmore\n' });
  });

  it('finds an empty block and a closing line at the end of the file without a line ending', () => {
    expect(split('---\n---\nbody')).toEqual({ source: '', body: 'body' });
    expect(split('---\na: 1\n---')).toEqual({ source: 'a: 1\n', body: '' });
  });

  it('accepts a BOM, CRLF and trailing blanks on the delimiter lines', () => {
    const text = '\uFEFF--- \r\na: 1\r\n---\t\r\nbody\r\n';
    expect(locateFrontmatter(text)).toEqual({ kind: 'block', start: 7, end: 13, eol: '\r\n' });
  });

  it('does not take an indented --- or a --- with text for a closing line', () => {
    expect(split('---\nnotes: |\n  ---\nx: ---\n---\n')).toEqual({ source: 'notes: |\n  ---\nx: ---\n', body: '' });
  });

  it('reports no block when the first line is not ---, and an unclosed one when nothing closes it', () => {
    expect(locateFrontmatter('# Title\n---\na: 1\n---\n')).toEqual({ kind: 'none', eol: '\n', bomLength: 0 });
    expect(locateFrontmatter('---\na: 1\n')).toEqual({ kind: 'unclosed' });
    expect(locateFrontmatter('---')).toEqual({ kind: 'unclosed' });
  });
});
