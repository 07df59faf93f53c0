import type { Item } from '../model/Item';
import type { Compiled, EvalEnv } from './Compiled';
import type { CompileOptions } from './compileExpression';
import { extremeOf, meanOf, medianOf, numbersOf, stddevOf, sumOrNull, uniqueOf } from './listMethods';
import type { QueryError } from './Query';
import { describeYaml, queryError } from './queryError';
import { selfNote } from './selfNote';
import { timeSummary } from './timeSummary';
import { isDate, isEmptyValue, type Value } from './Value';

/** A summary over one column's values: a default one (`Average`) or a block's own (`values.mean().round(3)`). */
export type SummaryFn = (values: readonly Value[], env: EvalEnv) => Value;

function range(values: readonly Value[]): Value {
  const dates = values.filter(isDate);
  if (dates.length > 0 && dates.length >= numbersOf(values).length) {
    const [lo, hi] = [extremeOf(dates, -1), extremeOf(dates, 1)];
    return isDate(lo) && isDate(hi) ? { type: 'duration', months: 0, minutes: hi.minutes - lo.minutes } : null;
  }
  const ns = numbersOf(values);
  return ns.length === 0 ? null : Math.max(...ns) - Math.min(...ns);
}

function count(values: readonly Value[], test: (v: Value) => boolean): number {
  let n = 0;
  for (const v of values) if (test(v)) n++;
  return n;
}

/** Bases' default summaries, by name: numbers (Average … Stddev), dates (Earliest, Latest, Range), checkboxes, and any type. */
export const DEFAULT_SUMMARIES: Readonly<Record<string, SummaryFn>> = {
  Average: meanOf,
  Min: (values) => extremeOf(numbersOf(values), -1),
  Max: (values) => extremeOf(numbersOf(values), 1),
  Sum: sumOrNull,
  Range: range,
  Median: medianOf,
  Stddev: stddevOf,
  Earliest: (values) => extremeOf(values.filter(isDate), -1),
  Latest: (values) => extremeOf(values.filter(isDate), 1),
  Checked: (values) => count(values, (v) => v === true),
  Unchecked: (values) => count(values, (v) => v === false || v === null),
  Empty: (values) => count(values, isEmptyValue),
  Filled: (values) => count(values, (v) => !isEmptyValue(v)),
  Unique: (values) => uniqueOf(values.filter((v) => !isEmptyValue(v))).length,
  Time: timeSummary,
};

const NO_ITEM: Item = selfNote({ path: '' });

/** How a summary's expression is compiled: `compileSource`, passed in so this file does not import the compiler. */
export type CompileSummary = (
  source: string,
  path: string,
  options: CompileOptions,
) => { ok: true; fn: Compiled } | { ok: false; error: QueryError };

/**
 * A block's own summaries (`summaries: { name: expression }` at the top level), each an expression
 * over `values`, the list of a column's values across the rows.
 * @example parseCustomSummaries({ Mean: 'values.mean().round(3)' }, 'summaries', errors, compileSource, {})
 */
export function parseCustomSummaries(
  raw: unknown,
  path: string,
  errors: QueryError[],
  compileSource: CompileSummary,
  options: CompileOptions,
): Map<string, SummaryFn> {
  const out = new Map<string, SummaryFn>();
  if (raw === null || raw === undefined) return out;
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    errors.push(queryError(path, `expected a mapping of name → expression over values, found ${describeYaml(raw)}`));
    return out;
  }
  for (const [name, source] of Object.entries(raw as Record<string, unknown>)) {
    if (typeof source !== 'string') {
      errors.push(queryError(`${path}.${name}`, `expected an expression over values, found ${describeYaml(source)}`));
      continue;
    }
    const slot: { values: Value[] } = { values: [] };
    const locals = new Map(options.locals);
    locals.set('values', () => slot.values);
    const compiled = compileSource(source, `${path}.${name}`, { ...options, locals });
    if (!compiled.ok) {
      errors.push(compiled.error);
      continue;
    }
    const fn = compiled.fn;
    out.set(name, (values, env) => {
      slot.values = [...values];
      return fn(env.self ?? NO_ITEM, env);
    });
  }
  return out;
}

/** Finds a summary by name: the block's own first, then a default one (any letter case). */
export function findSummary(name: string, custom: ReadonlyMap<string, SummaryFn>): SummaryFn | null {
  const own = custom.get(name);
  if (own) return own;
  const key = Object.keys(DEFAULT_SUMMARIES).find((k) => k.toLowerCase() === name.toLowerCase());
  return key ? DEFAULT_SUMMARIES[key] : null;
}
