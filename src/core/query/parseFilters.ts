import type { Compiled } from './Compiled';
import type { CompileOptions } from './compileExpression';
import { compileSource } from './compileSource';
import { collectFilterRefs, type FilterRefs } from './filterRefs';
import type { QueryError } from './Query';
import { describeYaml, queryError } from './queryError';
import { isTruthy } from './Value';

/** Deeper than any real filter; keeps hostile input from overflowing the stack. */
const MAX_DEPTH = 32;
const EXPECTED = 'expected an expression string or a mapping with one of and/or/not holding a list';

/**
 * Compiles Bases' filter shape: an expression string, or `{ and | or | not: [filter, …] }` nesting freely.
 * `and` needs every entry true, `or` any, `not` none. Collects every error instead of stopping at the first,
 * and what the filters read into `refs` (for the notes `runQuery` gives about them).
 */
export function parseFilters(
  raw: unknown,
  path: string,
  errors: QueryError[],
  refs: FilterRefs,
  depth = 0,
  options: CompileOptions = {},
): Compiled | null {
  if (depth > MAX_DEPTH) {
    errors.push(queryError(path, `filters nested too deeply (more than ${MAX_DEPTH} levels of and/or/not)`));
    return null;
  }
  if (typeof raw === 'string') {
    const compiled = compileSource(raw, path, options);
    if (!compiled.ok) {
      errors.push(compiled.error);
      return null;
    }
    collectFilterRefs(compiled.expr, refs);
    const fn = compiled.fn;
    return (item, env) => isTruthy(fn(item, env));
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    errors.push(queryError(path, `${EXPECTED}, found ${describeYaml(raw)}`));
    return null;
  }
  const keys = Object.keys(raw);
  if (keys.length !== 1 || !['and', 'or', 'not'].includes(keys[0])) {
    errors.push(
      queryError(path, `${EXPECTED}, found keys ${keys.map((k) => JSON.stringify(k)).join(', ') || '(none)'}`),
    );
    return null;
  }
  const op = keys[0];
  const list = (raw as Record<string, unknown>)[op];
  const at = `${path}.${op}`;
  if (!Array.isArray(list)) {
    errors.push(queryError(at, `expected a list of filters, found ${describeYaml(list)}`));
    return null;
  }
  const parts = list.map((entry, i) => parseFilters(entry, `${at}[${i}]`, errors, refs, depth + 1, options));
  if (parts.some((p) => p === null)) return null;
  const fns = parts as Compiled[];
  if (op === 'and') return (item, env) => fns.every((f) => f(item, env) === true);
  if (op === 'or') return (item, env) => fns.some((f) => f(item, env) === true);
  return (item, env) => !fns.some((f) => f(item, env) === true);
}
