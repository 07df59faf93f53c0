import type { BinaryOp, Expr } from './Ast';
import type { ExpressionError, Token } from './Token';
import { tokenize } from './tokenize';

/** Binding power of each infix operator (higher binds tighter). */
const BINDING: Record<BinaryOp, number> = {
  '||': 1,
  '&&': 2,
  '==': 3,
  '!=': 3,
  '<': 4,
  '<=': 4,
  '>': 4,
  '>=': 4,
  '+': 5,
  '-': 5,
  '*': 6,
  '/': 6,
  '%': 6,
};
const PREFIX_BINDING = 7;
/** Deeper nesting than any real filter; keeps hostile input from overflowing the stack. */
const MAX_DEPTH = 64;
/** Longer than any real filter; long operator chains build deep trees that compile recursively. */
const MAX_TOKENS = 1000;
const POSTFIX_BINDING = 8;

/** Unwinds the parser on the first error; caught in `parseExpression` and returned as a value. */
class ParseFailure extends Error {
  constructor(readonly error: ExpressionError) {
    super(error.message);
    this.name = 'ParseFailure';
  }
}

/** A Pratt parser over the token list; failures unwind as a private value caught in `parseExpression`. */
class Parser {
  private i = 0;
  private depth = 0;
  /** Parenthesised nodes, which may sit beside a comparison without counting as a chain. */
  private readonly grouped = new Set<Expr>();
  constructor(private readonly tokens: Token[]) {}

  private peek(): Token {
    return this.tokens[this.i];
  }
  private next(): Token {
    return this.tokens[this.i++];
  }
  private fail(pos: number, message: string): never {
    throw new ParseFailure({ pos, message });
  }
  private describe(t: Token): string {
    return t.type === 'eof'
      ? 'end of expression'
      : t.type === 'string'
        ? `string ${JSON.stringify(t.text)}`
        : `"${t.text}"`;
  }
  private expectPunct(text: string, what: string): Token {
    const t = this.next();
    if (t.type !== 'punct' || t.text !== text)
      this.fail(t.pos, `expected "${text}" ${what}, found ${this.describe(t)}`);
    return t;
  }

  parseAll(): Expr {
    const expr = this.parse(0);
    const t = this.peek();
    if (t.type !== 'eof') this.fail(t.pos, `expected an operator or end of expression, found ${this.describe(t)}`);
    return expr;
  }

  private parse(minBinding: number): Expr {
    if (++this.depth > MAX_DEPTH)
      this.fail(this.peek().pos, `expression nested too deeply (more than ${MAX_DEPTH} levels)`);
    try {
      return this.parseAt(minBinding);
    } finally {
      this.depth--;
    }
  }

  private parseAt(minBinding: number): Expr {
    let left = this.prefix();
    for (;;) {
      const t = this.peek();
      if (t.type === 'punct' && (t.text === '.' || t.text === '[' || t.text === '(')) {
        if (POSTFIX_BINDING < minBinding) break;
        left = this.postfix(left);
        continue;
      }
      if (t.type !== 'op' || !(t.text in BINDING)) break;
      const op = t.text as BinaryOp;
      const bp = BINDING[op];
      if (bp <= minBinding) break;
      this.next();
      const right = this.parse(bp);
      if (op === '-' && left.type === 'ident' && right.type === 'ident' && this.adjacent(left, t, right)) {
        this.fail(
          left.pos,
          `"${left.name}-${right.name}" reads as ${left.name} minus ${right.name}; write note["${left.name}-${right.name}"] for a hyphenated property`,
        );
      }
      if ((bp === 3 || bp === 4) && left.type === 'binary' && BINDING[left.op] === bp && !this.grouped.has(left)) {
        this.fail(t.pos, `comparisons do not chain: add parentheses or use && between "${left.op}" and "${op}"`);
      }
      left = { type: 'binary', op, left, right, pos: left.pos };
    }
    return left;
  }

  private adjacent(left: Expr & { type: 'ident' }, op: Token, right: Expr & { type: 'ident' }): boolean {
    return left.pos + left.name.length === op.pos && op.end === right.pos;
  }

  private prefix(): Expr {
    const t = this.next();
    switch (t.type) {
      case 'number':
        return { type: 'literal', value: Number(t.text), pos: t.pos };
      case 'string':
        return { type: 'literal', value: t.text, pos: t.pos };
      case 'regex':
        return { type: 'regex', pattern: t.text, flags: t.flags ?? '', pos: t.pos };
      case 'ident':
        if (t.text === 'true' || t.text === 'false') return { type: 'literal', value: t.text === 'true', pos: t.pos };
        if (t.text === 'null') return { type: 'literal', value: null, pos: t.pos };
        return { type: 'ident', name: t.text, pos: t.pos };
      case 'op':
        if (t.text === '!' || t.text === '-')
          return { type: 'unary', op: t.text, operand: this.parse(PREFIX_BINDING), pos: t.pos };
        break;
      case 'punct':
        if (t.text === '(') {
          const inner = this.parse(0);
          this.expectPunct(')', `to close "(" at column ${t.pos + 1}`);
          this.grouped.add(inner);
          return inner;
        }
        if (t.text === '[') return { type: 'list', elements: this.items(']', t), pos: t.pos };
        break;
      case 'eof':
        this.fail(t.pos, 'expression ends where a value was expected');
    }
    return this.fail(t.pos, `expected a value (property, literal, function call or "("), found ${this.describe(t)}`);
  }

  private postfix(left: Expr): Expr {
    const t = this.next();
    if (t.text === '.') {
      const name = this.next();
      if (name.type !== 'ident')
        this.fail(name.pos, `expected a property or function name after ".", found ${this.describe(name)}`);
      return { type: 'member', object: left, name: name.text, pos: name.pos };
    }
    if (t.text === '[') {
      const index = this.parse(0);
      this.expectPunct(']', `to close "[" at column ${t.pos + 1}`);
      return { type: 'index', object: left, index, pos: t.pos };
    }
    // A call sits at its function's name: `x.startsWith2(…)` reports the column of `startsWith2`.
    return { type: 'call', callee: left, args: this.items(')', t), pos: left.pos };
  }

  /** Comma-separated expressions up to `close` (the opening token is consumed already). */
  private items(close: string, open: Token): Expr[] {
    const items: Expr[] = [];
    if (this.peek().type === 'punct' && this.peek().text === close) {
      this.next();
      return items;
    }
    for (;;) {
      items.push(this.parse(0));
      const t = this.next();
      if (t.type === 'punct' && t.text === close) return items;
      if (t.type !== 'punct' || t.text !== ',')
        this.fail(
          t.pos,
          `expected "," or "${close}" to close "${open.text}" at column ${open.pos + 1}, found ${this.describe(t)}`,
        );
    }
  }
}

/**
 * Parses one Bases-style expression into a syntax tree, or reports the first error with its offset.
 * @example parseExpression('status != "done" && due < today() + "7d"')
 */
export function parseExpression(source: string): { ok: true; expr: Expr } | { ok: false; error: ExpressionError } {
  const tokens = tokenize(source);
  if (!tokens.ok) return tokens;
  if (tokens.tokens.length === 1) return { ok: false, error: { pos: 0, message: 'empty expression' } };
  if (tokens.tokens.length > MAX_TOKENS)
    return {
      ok: false,
      error: { pos: tokens.tokens[MAX_TOKENS].pos, message: `expression too long (more than ${MAX_TOKENS} tokens)` },
    };
  try {
    return { ok: true, expr: new Parser(tokens.tokens).parseAll() };
  } catch (e) {
    if (e instanceof ParseFailure) return { ok: false, error: e.error };
    throw e;
  }
}
