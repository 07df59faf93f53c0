import { CompileFailure, type Compiled } from './Compiled';
import type { CompileOptions } from './compileExpression';
import type { QueryError } from './Query';
import { describeYaml, queryError } from './queryError';
import type { Value } from './Value';

/** How a formula's source is compiled: `compileSource`, passed in so this file does not import the compiler. */
export type CompileFormula = (
  source: string,
  path: string,
  options: CompileOptions,
) => { ok: true; fn: Compiled } | { ok: false; error: QueryError };

/**
 * Compiles a block's `formulas:` (`name: expression`) into the resolver `formula.<name>` reads
 * through. Every formula is compiled once, in any order, on first use; a formula that reaches itself
 * (`a → b → a`) is an error naming the cycle, as is one that reads an unknown or broken formula.
 * Each formula's value is kept for the item it was last computed for, so a formula read by
 * several columns, sorts and other formulas is computed once per item.
 * @example buildFormulas({ total: 'price * count' }, 'formulas', errors, compileSource)('total', 0)
 */
export function buildFormulas(
  raw: unknown,
  path: string,
  errors: QueryError[],
  compileSource: CompileFormula,
): (name: string, pos: number) => Compiled {
  const sources = new Map<string, string>();
  if (raw !== null && raw !== undefined) {
    if (typeof raw !== 'object' || Array.isArray(raw))
      errors.push(queryError(path, `expected a mapping of name → expression, found ${describeYaml(raw)}`));
    else
      for (const [name, source] of Object.entries(raw as Record<string, unknown>)) {
        if (typeof source === 'string' && source.trim() !== '') sources.set(name, source);
        else if (typeof source === 'number' || typeof source === 'boolean') sources.set(name, String(source));
        else errors.push(queryError(`${path}.${name}`, `expected an expression, found ${describeYaml(source)}`));
      }
  }
  const compiled = new Map<string, Compiled | null>();
  const inProgress: string[] = [];
  const resolve = (name: string, pos: number): Compiled => {
    const done = compiled.get(name);
    if (done) return done;
    if (done === null) throw new CompileFailure(pos, `formula.${name} has an error (see ${path}.${name})`);
    const source = sources.get(name);
    if (source === undefined)
      throw new CompileFailure(
        pos,
        `unknown formula "formula.${name}" (known: ${[...sources.keys()].map((n) => `formula.${n}`).join(', ') || 'none'})`,
      );
    if (inProgress.includes(name))
      throw new CompileFailure(
        pos,
        `formulas form a cycle: ${[...inProgress.slice(inProgress.indexOf(name)), name].join(' → ')}`,
      );
    inProgress.push(name);
    const r = compileSource(source, `${path}.${name}`, { formula: resolve });
    inProgress.pop();
    if (!r.ok) {
      compiled.set(name, null);
      // A cycle is reported once, at the formula where it was found.
      if (!errors.some((e) => e.message === r.error.message)) errors.push(r.error);
      throw new CompileFailure(pos, `formula.${name} has an error (see ${path}.${name})`);
    }
    const fn = memoisedPerItem(r.fn);
    compiled.set(name, fn);
    return fn;
  };
  for (const name of sources.keys()) {
    if (compiled.has(name)) continue;
    try {
      resolve(name, 0);
    } catch (e) {
      if (!(e instanceof CompileFailure)) throw e;
    }
  }
  return resolve;
}

function memoisedPerItem(fn: Compiled): Compiled {
  let lastItem: unknown = null;
  let lastEnv: unknown = null;
  let last: Value = null;
  return (item, env) => {
    if (item !== lastItem || env !== lastEnv) {
      // Cleared first: a failure part-way must not leave a stale value for this item.
      lastItem = null;
      last = fn(item, env);
      lastItem = item;
      if (env !== lastEnv) lastEnv = env;
    }
    return last;
  };
}
