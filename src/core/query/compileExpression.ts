import type { Item } from '../model/Item';
import type { Expr } from './Ast';
import { CompileFailure, type Compiled, type EvalEnv } from './Compiled';
import { compileLambda, LAMBDA_ARITY } from './compileLambda';
import { isItemIndependent, oncePerRun } from './constantFolding';
import { FILE_METHODS, FILE_PROPERTIES, linkToItem } from './fileProperties';
import { FUNCTIONS, toDate } from './functions';
import { lookup } from './lookup';
import { fieldOf, METHODS, type MethodSpec } from './methods';
import { binaryOperator, notValue } from './operators';
import { parseDuration } from './parseDuration';
import { propertyReader, readNoteProperty, readProperty } from './properties';
import type { Scope } from './Scope';
import { isFile, isLink, isTruthy, type Value } from './Value';

/** What an expression may name besides properties: the block's formulas, and local names (`values` in a summary). */
export interface CompileOptions {
  /** Compiles `formula.<name>` (throwing `CompileFailure` at `pos` when it cannot); without it, formulas are an error. */
  formula?: (name: string, pos: number) => Compiled;
  /** Names bound to values, read before properties. */
  locals?: ReadonlyMap<string, Compiled>;
}

/** Picks the note a root stands for: the item being tested, or the note showing the block. */
type NotePicker = (item: Item, env: EvalEnv) => Item | null;
const CURRENT: NotePicker = (item) => item;
const SELF: NotePicker = (_, env) => env.self;

/** `file` is the item's file, `this.file` the file of the note showing the block. */
function fileRoot(expr: Expr, s: Scope): NotePicker | null {
  if (expr.type === 'ident' && expr.name === 'file' && !s.locals.has('file')) return CURRENT;
  if (expr.type === 'member' && expr.name === 'file' && expr.object.type === 'ident' && expr.object.name === 'this')
    return SELF;
  return null;
}

function knownList(names: readonly string[]): string {
  return names.join(', ');
}

function fail(pos: number, message: string): never {
  throw new CompileFailure(pos, message);
}

function compileFileProperty(pick: NotePicker, name: string, pos: number): Compiled {
  const read = lookup(FILE_PROPERTIES, name);
  if (!read)
    fail(
      pos,
      `unknown file property "file.${name}" (known: ${knownList(Object.keys(FILE_PROPERTIES).map((p) => `file.${p}`))})`,
    );
  return (item, env) => {
    const note = pick(item, env);
    return note ? read(note, env) : null;
  };
}

function compileFormula(name: string, pos: number, s: Scope): Compiled {
  if (!s.formula) fail(pos, `unknown formula "formula.${name}": this block has no formulas section`);
  return s.formula(name, pos);
}

function compileMember(expr: Expr & { type: 'member' }, s: Scope): Compiled {
  const { object, name } = expr;
  if (object.type === 'ident' && !s.locals.has(object.name)) {
    if (object.name === 'note') return (item) => readNoteProperty(item, name);
    if (object.name === 'formula') return compileFormula(name, object.pos, s);
    if (object.name === 'this') {
      if (name === 'file') return (_, env) => (env.self ? linkToItem(env.self) : null);
      return (_, env) => (env.self ? readProperty(env.self, name, env) : null);
    }
  }
  const root = fileRoot(object, s);
  if (root) return compileFileProperty(root, name, expr.pos);
  const target = compile(object, s);
  return (item, env) => {
    const v = target(item, env);
    if (isLink(v)) {
      const linked = env.resolveLink(v.target);
      return linked ? readProperty(linked, name, env) : null;
    }
    return fieldOf(v, name, env);
  };
}

function compileIndex(expr: Expr & { type: 'index' }, s: Scope): Compiled {
  const { object, index } = expr;
  if (
    object.type === 'ident' &&
    (object.name === 'note' || object.name === 'this' || object.name === 'formula') &&
    !s.locals.has(object.name)
  ) {
    if (index.type !== 'literal' || typeof index.value !== 'string')
      fail(index.pos, `${object.name}[…] takes a quoted property name, as in ${object.name}["last-run"]`);
    const name = index.value;
    if (object.name === 'formula') return compileFormula(name, index.pos, s);
    if (object.name === 'this') return (_, env) => (env.self ? readNoteProperty(env.self, name) : null);
    return (item) => readNoteProperty(item, name);
  }
  const target = compile(object, s);
  const key = compile(index, s);
  return (item, env) => {
    const v = target(item, env);
    const k = key(item, env);
    if (typeof k === 'number' && (Array.isArray(v) || typeof v === 'string')) {
      const i = Math.trunc(k) < 0 ? v.length + Math.trunc(k) : Math.trunc(k);
      return v[i] ?? null;
    }
    return typeof k === 'string' ? fieldOf(v, k, env) : null;
  };
}

function checkArity(name: string, spec: { min: number; max: number }, count: number, pos: number): void {
  if (count >= spec.min && count <= spec.max) return;
  const expected =
    spec.min === spec.max
      ? `${spec.min}`
      : spec.max === Infinity
        ? `at least ${spec.min}`
        : `${spec.min} to ${spec.max}`;
  const singular = spec.max === 1 || (spec.max === Infinity && spec.min === 1);
  fail(pos, `${name}() takes ${expected} argument${singular ? '' : 's'}, got ${count}`);
}

function evaluateAll(compiled: readonly Compiled[], item: Item, env: EvalEnv): Value[] {
  const out = new Array<Value>(compiled.length);
  for (let i = 0; i < compiled.length; i++) out[i] = compiled[i](item, env);
  return out;
}

function compileFunctionCall(expr: Expr & { type: 'call' }, name: string, pos: number, s: Scope): Compiled {
  const spec = lookup(FUNCTIONS, name);
  if (!spec) fail(pos, `unknown function "${name}" (known: ${knownList(Object.keys(FUNCTIONS))})`);
  checkArity(name, spec, expr.args.length, pos);
  checkLiteralArgument(name, expr.args[0]);
  const compiled = expr.args.map((a) => compile(a, s));
  if (name === 'if') {
    const [cond, then, otherwise] = compiled;
    return (item, env) => (isTruthy(cond(item, env)) ? then(item, env) : otherwise ? otherwise(item, env) : null);
  }
  if (compiled.length === 0) return (_, env) => spec.call([], env);
  if (compiled.length === 1) {
    const [a] = compiled;
    // One argument list per call site, refilled each call: no function keeps its arguments list.
    const args: Value[] = [null];
    return (item, env) => {
      args[0] = a(item, env);
      return spec.call(args, env);
    };
  }
  return (item, env) => spec.call(evaluateAll(compiled, item, env), env);
}

function compileCall(expr: Expr & { type: 'call' }, s: Scope): Compiled {
  const { callee } = expr;
  if (callee.type === 'ident') return compileFunctionCall(expr, callee.name, callee.pos, s);
  if (callee.type !== 'member') fail(expr.pos, 'only functions and methods can be called');
  const name = callee.name;
  const root = fileRoot(callee.object, s);
  if (root) {
    const spec = lookup(FILE_METHODS, name);
    if (!spec)
      fail(
        callee.pos,
        `unknown function "file.${name}" (known: ${knownList(Object.keys(FILE_METHODS).map((m) => `file.${m}`))})`,
      );
    checkArity(`file.${name}`, spec, expr.args.length, callee.pos);
    const compiled = expr.args.map((a) => compile(a, s));
    return (item, env) => {
      const note = root(item, env);
      return note ? spec.call(note, evaluateAll(compiled, item, env), env) : null;
    };
  }
  // The receiver first, so errors come in source order (`this.file.hasLink(…)` reports `this`).
  const target = compile(callee.object, s);
  const lambda = lookup(LAMBDA_ARITY, name);
  if (lambda) {
    checkArity(name, lambda, expr.args.length, callee.pos);
    return compileLambda(name, target, expr.args, s, compile);
  }
  const spec = lookup(METHODS, name);
  const fileSpec = lookup(FILE_METHODS, name);
  if (!spec && !fileSpec)
    fail(
      callee.pos,
      `unknown function "${name}" (known: ${knownList([...Object.keys(METHODS), ...Object.keys(LAMBDA_ARITY), ...Object.keys(FILE_METHODS)])})`,
    );
  checkArity(name, (spec ?? fileSpec) as MethodSpec, expr.args.length, callee.pos);
  const compiled = expr.args.map((a) => compile(a, s));
  return (item, env) => {
    const v = target(item, env);
    const args = evaluateAll(compiled, item, env);
    if (fileSpec && (isFile(v) || isLink(v))) {
      const note = isFile(v) ? v.item : env.resolveLink(v.target);
      if (note) return fileSpec.call(note, args, env);
      if (!spec) return null;
    }
    return spec ? spec.call(v, args, env) : null;
  };
}

/** Literal arguments that can be checked before any item is seen: `date("2026-13-01")`, `duration("7x")`. */
function checkLiteralArgument(name: string, arg: Expr | undefined): void {
  if (!arg || arg.type !== 'literal' || typeof arg.value !== 'string') return;
  if (name === 'date' && toDate(arg.value) === null)
    fail(arg.pos, `"${arg.value}" is not a date (expected YYYY-MM-DD, YYYY-MM-DD HH:mm:ss or YYYY-MM-DDTHH:mm)`);
  if (name === 'duration') checkDurationLiteral(arg);
}

function checkDurationLiteral(arg: Expr & { type: 'literal' }): void {
  if (typeof arg.value === 'string' && !parseDuration(arg.value)) {
    fail(
      arg.pos,
      `"${arg.value}" is not a duration (expected e.g. "7d", "2w", "3M", "1y", "6h", "30m" or "7 days"; as in Bases, M is months and m minutes)`,
    );
  }
}

function isDateCall(e: Expr): boolean {
  return e.type === 'call' && e.callee.type === 'ident' && ['today', 'now', 'date'].includes(e.callee.name);
}

function compileBinary(expr: Expr & { type: 'binary' }, s: Scope): Compiled {
  const { op } = expr;
  if (op === '+' || op === '-') {
    // `today() + "7dd"` can only mean a duration: report the typo now rather than match nothing.
    if (isDateCall(expr.left) && expr.right.type === 'literal') checkDurationLiteral(expr.right);
    if (op === '+' && isDateCall(expr.right) && expr.left.type === 'literal') checkDurationLiteral(expr.left);
  }
  const left = compile(expr.left, s);
  const right = compile(expr.right, s);
  if (op === '&&')
    return (item, env) => {
      const a = left(item, env);
      return isTruthy(a) ? right(item, env) : a;
    };
  if (op === '||')
    return (item, env) => {
      const a = left(item, env);
      return isTruthy(a) ? a : right(item, env);
    };
  const apply = binaryOperator(op);
  return (item, env) => apply(left(item, env), right(item, env));
}

/** Keeps a reader's value for the item (and run) it last read, for a property read more than once in an expression. */
function lastItemMemo(read: Compiled): Compiled {
  let lastItem: Item | null = null;
  let lastEnv: EvalEnv | null = null;
  let last: Value = null;
  return (item, env) => {
    if (item !== lastItem || env !== lastEnv) {
      lastItem = null;
      last = read(item, env);
      lastItem = item;
      if (env !== lastEnv) lastEnv = env;
    }
    return last;
  };
}

/** Compiles a syntax tree into a closure, once; throws `CompileFailure` (caught by `compileExpression`). */
function compile(expr: Expr, s: Scope): Compiled {
  // `today() + "7d"` and the like are computed once per run, not once per item.
  if (expr.type !== 'literal' && isItemIndependent(expr)) return oncePerRun(compileNode(expr, s));
  return compileNode(expr, s);
}

function compileNode(expr: Expr, s: Scope): Compiled {
  switch (expr.type) {
    case 'literal': {
      const v: Value = expr.value;
      return () => v;
    }
    case 'regex': {
      const v: Value = { type: 'regexp', re: new RegExp(expr.pattern, expr.flags) };
      return () => v;
    }
    case 'ident': {
      const name = expr.name;
      const local = s.locals.get(name);
      if (local) return local;
      // Bare `this` and `file` stand for a note itself, as a link to it (Bases' `list(artist).contains(this)`).
      if (name === 'this') return (_, env) => (env.self ? linkToItem(env.self) : null);
      if (name === 'file') return (item) => linkToItem(item);
      if (name === 'formula') fail(expr.pos, '"formula" needs a name, as in formula.total');
      if (name === 'note') fail(expr.pos, '"note" needs a property, as in note.status or note["last-run"]');
      let reader = s.readers.get(name);
      if (!reader) {
        // A name read once per item needs no memo: checking and keeping the item would cost more than the read.
        reader = s.reread.has(name) ? lastItemMemo(propertyReader(name)) : propertyReader(name);
        s.readers.set(name, reader);
      }
      return reader;
    }
    case 'member':
      return compileMember(expr, s);
    case 'index':
      return compileIndex(expr, s);
    case 'call':
      return compileCall(expr, s);
    case 'unary': {
      const operand = compile(expr.operand, s);
      if (expr.op === '!') return (item, env) => notValue(operand(item, env));
      return (item, env) => {
        const v = operand(item, env);
        return typeof v === 'number' ? -v : null;
      };
    }
    case 'binary':
      return compileBinary(expr, s);
    case 'list': {
      const elements = expr.elements.map((e) => compile(e, s));
      return (item, env) => evaluateAll(elements, item, env);
    }
  }
}

/**
 * The bare names an expression may read more than once per item: named twice or more, or named in
 * the body of a `filter`/`map`/`reduce` (evaluated per element). Other reads happen at most once.
 */
function rereadNames(root: Expr): Set<string> {
  const seen = new Set<string>();
  const reread = new Set<string>();
  const visit = (expr: Expr, repeated: boolean): void => {
    if (expr.type === 'ident') {
      if (repeated || seen.has(expr.name)) reread.add(expr.name);
      seen.add(expr.name);
    }
    const lambda = expr.type === 'call' && expr.callee.type === 'member' && !!lookup(LAMBDA_ARITY, expr.callee.name);
    // Every child node, whatever its field: a lambda's arguments are read once per element.
    for (const field of Object.values(expr) as unknown[])
      for (const child of Array.isArray(field) ? field : [field])
        if (typeof child === 'object' && child !== null)
          visit(child as Expr, repeated || (lambda && field === (expr as { args?: unknown }).args));
  };
  visit(root, false);
  return reread;
}

/** Compiles a parsed expression once into a closure over (item, env), or an error with its offset. */
export function compileExpression(
  expr: Expr,
  options: CompileOptions = {},
): { ok: true; fn: Compiled } | { ok: false; error: { pos: number; message: string } } {
  try {
    const scope: Scope = {
      formula: options.formula ?? null,
      locals: options.locals ?? new Map(),
      readers: new Map(),
      reread: rereadNames(expr),
    };
    return { ok: true, fn: compile(expr, scope) };
  } catch (e) {
    if (e instanceof CompileFailure) return { ok: false, error: { pos: e.pos, message: e.message } };
    throw e;
  }
}
