import { describe, expect, it } from '@jest/globals';
import type { Expr } from '../../../src/core/query/Ast';
import { parseExpression } from '../../../src/core/query/parseExpression';

/** Renders a tree as a fully parenthesised string, to assert precedence and shape. */
function show(e: Expr): string {
  switch (e.type) {
    case 'literal':
      return JSON.stringify(e.value);
    case 'regex':
      return `/${e.pattern}/${e.flags}`;
    case 'ident':
      return e.name;
    case 'member':
      return `${show(e.object)}.${e.name}`;
    case 'index':
      return `${show(e.object)}[${show(e.index)}]`;
    case 'call':
      return `${show(e.callee)}(${e.args.map(show).join(', ')})`;
    case 'unary':
      return `(${e.op}${show(e.operand)})`;
    case 'binary':
      return `(${show(e.left)} ${e.op} ${show(e.right)})`;
    case 'list':
      return `[${e.elements.map(show).join(', ')}]`;
  }
}

function parsed(source: string): string {
  const r = parseExpression(source);
  if (!r.ok) throw new Error(r.error.message);
  return show(r.expr);
}

function failure(source: string): { column: number; message: string } {
  const r = parseExpression(source);
  if (r.ok) throw new Error(`expected ${source} to fail`);
  return { column: r.error.pos + 1, message: r.error.message };
}

describe('parseExpression', () => {
  it.each([
    ['status', 'status'],
    ['note.status', 'note.status'],
    ['note["last-run"]', 'note["last-run"]'],
    ['file.embeds[0]', 'file.embeds[0]'],
    ['"text"', '"text"'],
    ['42', '42'],
    ['true', 'true'],
    ['false', 'false'],
    ['null', 'null'],
    ['today()', 'today()'],
    ['date("2026-01-01")', 'date("2026-01-01")'],
    ['if(a, b, c)', 'if(a, b, c)'],
    ['tags.containsAny("a", "b")', 'tags.containsAny("a", "b")'],
    ['[1, "two", x]', '[1, "two", x]'],
    ['[]', '[]'],
    ['file.hasTag("x")', 'file.hasTag("x")'],
  ])('parses the construct %s', (source, expected) => {
    expect(parsed(source)).toBe(expected);
  });

  it('binds && tighter than ||', () => {
    expect(parsed('a || b && c')).toBe('(a || (b && c))');
  });

  it('binds comparisons tighter than && and arithmetic tighter than comparisons', () => {
    expect(parsed('due < today() + "7d" && status != "done"')).toBe('((due < (today() + "7d")) && (status != "done"))');
  });

  it('binds * / % tighter than + -, left to right', () => {
    expect(parsed('a - b - c * d % e')).toBe('((a - b) - ((c * d) % e))');
  });

  it('applies ! and unary minus to the whole member chain', () => {
    expect(parsed('!file.name.contains("Template")')).toBe('(!file.name.contains("Template"))');
    expect(parsed('-x.length')).toBe('(-x.length)');
  });

  it('lets parentheses override precedence', () => {
    expect(parsed('(a || b) && c')).toBe('((a || b) && c)');
  });

  it('chains methods and fields after calls and parentheses', () => {
    expect(parsed('(now() - birthday).years.floor()')).toBe('(now() - birthday).years.floor()');
  });

  it('allows comparing parenthesised comparisons', () => {
    expect(parsed('(a == b) == (c == d)')).toBe('((a == b) == (c == d))');
  });

  it.each([
    ['', 1, 'empty expression'],
    ['   ', 1, 'empty expression'],
    ['status ==', 10, 'expression ends where a value was expected'],
    ['(a || b', 8, 'expected ")" to close "(" at column 1, found end of expression'],
    ['x[0', 4, 'expected "]" to close "[" at column 2'],
    ['f(a b)', 5, 'expected "," or ")" to close "(" at column 2, found "b"'],
    ['[1, 2', 6, 'expected "," or "]" to close "[" at column 1'],
    ['a b', 3, 'expected an operator or end of expression, found "b"'],
    ['x.', 3, 'expected a property or function name after ".", found end of expression'],
    ['x."y"', 3, 'expected a property or function name after ".", found string "y"'],
    ['&& a', 1, 'expected a value (property, literal, function call or "("), found "&&"'],
    ['a < b < c', 7, 'comparisons do not chain'],
    ['a == b != c', 8, 'comparisons do not chain'],
    ['last-run > today()', 1, '"last-run" reads as last minus run; write note["last-run"]'],
    ['"unterminated', 1, 'unterminated string'],
  ])('reports %j at column %i', (source, column, message) => {
    const f = failure(source);
    expect(f.column).toBe(column);
    expect(f.message).toContain(message);
  });

  it('keeps subtraction with spaces as subtraction', () => {
    expect(parsed('last - run')).toBe('(last - run)');
  });
});
