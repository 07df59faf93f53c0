import type { Expr } from './Ast';
import type { Compiled } from './Compiled';
import type { Scope } from './Scope';
import { isTruthy, type Value } from './Value';

/** The list methods whose arguments are expressions over `value` and `index` (and `acc` for `reduce`). */
export const LAMBDA_ARITY: Readonly<Record<string, { min: number; max: number }>> = {
  filter: { min: 1, max: 1 },
  map: { min: 1, max: 1 },
  reduce: { min: 2, max: 2 },
};

/** The compiler, passed in (rather than imported) so this file and `compileExpression` do not import each other. */
type CompileFn = (expr: Expr, scope: Scope) => Compiled;

/**
 * Compiles `list.filter(expr)`, `list.map(expr)` or `list.reduce(expr, initial)`: `expr` is compiled
 * once with `value`, `index` (and `acc`) bound to a frame the loop updates, so each element costs one
 * closure call. A receiver that is not a list gives null.
 */
export function compileLambda(
  name: string,
  receiver: Compiled,
  args: readonly Expr[],
  scope: Scope,
  compile: CompileFn,
): Compiled {
  const frame: { value: Value; index: number; acc: Value } = { value: null, index: 0, acc: null };
  const locals = new Map(scope.locals);
  locals.set('value', () => frame.value);
  locals.set('index', () => frame.index);
  if (name === 'reduce') locals.set('acc', () => frame.acc);
  const body = compile(args[0], { ...scope, locals });
  const initial = name === 'reduce' ? compile(args[1], scope) : null;
  return (item, env) => {
    const list = receiver(item, env);
    if (!Array.isArray(list)) return null;
    const saved = { ...frame };
    try {
      if (name === 'filter') {
        const out: Value[] = [];
        for (let i = 0; i < list.length; i++) {
          frame.value = list[i];
          frame.index = i;
          if (isTruthy(body(item, env))) out.push(list[i]);
        }
        return out;
      }
      if (name === 'map') {
        const out = new Array<Value>(list.length);
        for (let i = 0; i < list.length; i++) {
          frame.value = list[i];
          frame.index = i;
          out[i] = body(item, env);
        }
        return out;
      }
      frame.acc = initial ? initial(item, env) : null;
      for (let i = 0; i < list.length; i++) {
        frame.value = list[i];
        frame.index = i;
        frame.acc = body(item, env);
      }
      return frame.acc;
    } finally {
      Object.assign(frame, saved);
    }
  };
}
