import type { Item } from '../model/Item';
import type { Expr } from './Ast';
import { parseCalendarPoint } from './calendar';
import { CompileFailure, type Compiled, type EvalEnv } from './Compiled';
import { isItemIndependent, oncePerRun } from './constantFolding';
import { FILE_METHODS, FILE_PROPERTIES, FILE_UNAVAILABLE, linkToItem } from './fileProperties';
import { FUNCTIONS, UNSUPPORTED_FUNCTIONS } from './functions';
import { lookup } from './lookup';
import { fieldOf, METHODS, UNSUPPORTED_METHODS } from './methods';
import { applyBinary, notValue } from './operators';
import { parseDuration } from './parseDuration';
import { propertyReader, readNoteProperty, readProperty } from './properties';
import { isLink, isTruthy, type Value } from './Value';

/** Picks the note a root stands for: the item being tested, or the note showing the block. */
type NotePicker = (item: Item, env: EvalEnv) => Item | null;
const CURRENT: NotePicker = (item) => item;
const SELF: NotePicker = (_, env) => env.self;

/** `file` is the item's file, `this.file` the file of the note showing the block. */
function fileRoot(expr: Expr): NotePicker | null {
  if (expr.type === 'ident' && expr.name === 'file') return CURRENT;
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
  const unavailable = lookup(FILE_UNAVAILABLE, name);
  if (unavailable) fail(pos, unavailable);
  const read = lookup(FILE_PROPERTIES, name);
  if (!read)
    fail(
      pos,
      `unknown file property "file.${name}" (known: ${knownList(Object.keys(FILE_PROPERTIES).map((p) => `file.${p}`))})`,
    );
  return (item, env) => {
    const note = pick(item, env);
    return note ? read(note) : null;
  };
}

function compileMember(expr: Expr & { type: 'member' }): Compiled {
  const { object, name } = expr;
  if (object.type === 'ident' && object.name === 'note') return (item) => readNoteProperty(item, name);
  const root = fileRoot(object);
  if (root) return compileFileProperty(root, name, expr.pos);
  if (object.type === 'ident' && object.name === 'this') {
    if (name === 'file') return (_, env) => (env.self ? linkToItem(env.self) : null);
    return (_, env) => (env.self ? readProperty(env.self, name, env) : null);
  }
  if (object.type === 'ident' && object.name === 'formula')
    fail(object.pos, `formulas are not supported in stack blocks ("formula.${name}"); write the expression itself`);
  const target = compile(object);
  return (item, env) => {
    const v = target(item, env);
    if (isLink(v)) {
      const linked = env.resolveLink(v.target);
      return linked ? readProperty(linked, name, env) : null;
    }
    return fieldOf(v, name);
  };
}

function compileIndex(expr: Expr & { type: 'index' }): Compiled {
  const { object, index } = expr;
  if (object.type === 'ident' && (object.name === 'note' || object.name === 'this')) {
    if (index.type !== 'literal' || typeof index.value !== 'string')
      fail(index.pos, `${object.name}[…] takes a quoted property name, as in ${object.name}["last-run"]`);
    const name = index.value;
    if (object.name === 'this') return (_, env) => (env.self ? readNoteProperty(env.self, name) : null);
    return (item) => readNoteProperty(item, name);
  }
  const target = compile(object);
  const key = compile(index);
  return (item, env) => {
    const v = target(item, env);
    const k = key(item, env);
    if (typeof k === 'number' && (Array.isArray(v) || typeof v === 'string')) {
      const i = Math.trunc(k) < 0 ? v.length + Math.trunc(k) : Math.trunc(k);
      return v[i] ?? null;
    }
    return typeof k === 'string' ? fieldOf(v, k) : null;
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

function compileCall(expr: Expr & { type: 'call' }): Compiled {
  const { callee } = expr;
  const args = (): Compiled[] => expr.args.map(compile);
  if (callee.type === 'ident') {
    const name = callee.name;
    const unsupported = lookup(UNSUPPORTED_FUNCTIONS, name);
    if (unsupported) fail(callee.pos, unsupported);
    const spec = lookup(FUNCTIONS, name);
    if (!spec) fail(callee.pos, `unknown function "${name}" (known: ${knownList(Object.keys(FUNCTIONS))})`);
    checkArity(name, spec, expr.args.length, callee.pos);
    checkLiteralArgument(name, expr.args[0]);
    const compiled = args();
    if (name === 'if') {
      const [cond, then, otherwise] = compiled;
      return (item, env) => (isTruthy(cond(item, env)) ? then(item, env) : otherwise ? otherwise(item, env) : null);
    }
    return (item, env) =>
      spec.call(
        compiled.map((c) => c(item, env)),
        env,
      );
  }
  if (callee.type !== 'member') fail(expr.pos, 'only functions and methods can be called');
  const name = callee.name;
  const root = fileRoot(callee.object);
  if (root) {
    const spec = lookup(FILE_METHODS, name);
    if (!spec)
      fail(
        callee.pos,
        `unknown function "file.${name}" (known: ${knownList(Object.keys(FILE_METHODS).map((m) => `file.${m}`))})`,
      );
    checkArity(`file.${name}`, spec, expr.args.length, callee.pos);
    const compiled = args();
    return (item, env) => {
      const note = root(item, env);
      return note
        ? spec.call(
            note,
            compiled.map((c) => c(item, env)),
          )
        : null;
    };
  }
  // The receiver first, so errors come in source order (`this.file.hasLink(…)` reports `this`).
  const target = compile(callee.object);
  const unsupported = lookup(UNSUPPORTED_METHODS, name);
  if (unsupported) fail(callee.pos, unsupported);
  const spec = lookup(METHODS, name);
  if (!spec) fail(callee.pos, `unknown function "${name}" (known: ${knownList(Object.keys(METHODS))})`);
  checkArity(name, spec, expr.args.length, callee.pos);
  const compiled = args();
  return (item, env) =>
    spec.call(
      target(item, env),
      compiled.map((c) => c(item, env)),
    );
}

/** Literal arguments that can be checked before any item is seen: `date("2026-13-01")`, `duration("7x")`. */
function checkLiteralArgument(name: string, arg: Expr | undefined): void {
  if (!arg || arg.type !== 'literal' || typeof arg.value !== 'string') return;
  if (name === 'date' && !parseCalendarPoint(arg.value.trim()))
    fail(arg.pos, `"${arg.value}" is not a date (expected YYYY-MM-DD or YYYY-MM-DDTHH:mm)`);
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

function compileBinary(expr: Expr & { type: 'binary' }): Compiled {
  const { op } = expr;
  if (op === '+' || op === '-') {
    // `today() + "7dd"` can only mean a duration: report the typo now rather than match nothing.
    if (isDateCall(expr.left) && expr.right.type === 'literal') checkDurationLiteral(expr.right);
    if (op === '+' && isDateCall(expr.right) && expr.left.type === 'literal') checkDurationLiteral(expr.left);
  }
  const left = compile(expr.left);
  const right = compile(expr.right);
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
  return (item, env) => applyBinary(op, left(item, env), right(item, env));
}

/** Compiles a syntax tree into a closure, once; throws `CompileFailure` (caught by `compileExpression`). */
function compile(expr: Expr): Compiled {
  // `today() + "7d"` and the like are computed once per run, not once per item.
  if (expr.type !== 'literal' && isItemIndependent(expr)) return oncePerRun(compileNode(expr));
  return compileNode(expr);
}

function compileNode(expr: Expr): Compiled {
  switch (expr.type) {
    case 'literal': {
      const v: Value = expr.value;
      return () => v;
    }
    case 'ident': {
      const name = expr.name;
      // Bare `this` and `file` stand for a note itself, as a link to it (Bases' `list(artist).contains(this)`).
      if (name === 'this') return (_, env) => (env.self ? linkToItem(env.self) : null);
      if (name === 'file') return (item) => linkToItem(item);
      if (name === 'formula') fail(expr.pos, 'formulas are not supported in stack blocks');
      if (name === 'note') fail(expr.pos, '"note" needs a property, as in note.status or note["last-run"]');
      return propertyReader(name);
    }
    case 'member':
      return compileMember(expr);
    case 'index':
      return compileIndex(expr);
    case 'call':
      return compileCall(expr);
    case 'unary': {
      const operand = compile(expr.operand);
      if (expr.op === '!') return (item, env) => notValue(operand(item, env));
      return (item, env) => {
        const v = operand(item, env);
        return typeof v === 'number' ? -v : null;
      };
    }
    case 'binary':
      return compileBinary(expr);
    case 'list': {
      const elements = expr.elements.map(compile);
      return (item, env) => elements.map((e) => e(item, env));
    }
  }
}

/** Compiles a parsed expression once into a closure over (item, env), or an error with its offset. */
export function compileExpression(
  expr: Expr,
): { ok: true; fn: Compiled } | { ok: false; error: { pos: number; message: string } } {
  try {
    return { ok: true, fn: compile(expr) };
  } catch (e) {
    if (e instanceof CompileFailure) return { ok: false, error: { pos: e.pos, message: e.message } };
    throw e;
  }
}
