import type { Expr } from './Ast';
import type { Compiled, EvalEnv } from './Compiled';
import type { Value } from './Value';

/** Functions whose result depends only on their arguments and the run's clock. */
const PURE_FUNCTIONS = new Set([
  'today',
  'now',
  'date',
  'duration',
  'link',
  'list',
  'number',
  'min',
  'max',
  'if',
  'file',
  'escapeHTML',
  'html',
  'image',
  'icon',
  'not',
  'empty',
]);

const known = new WeakMap<Expr, boolean>();

/**
 * True when an expression reads nothing from the item: literals, `today()`, `date("…")`,
 * `today() + "7d"`, `this.related` — the same for every item of one run.
 */
export function isItemIndependent(expr: Expr): boolean {
  let result = known.get(expr);
  if (result !== undefined) return result;
  switch (expr.type) {
    case 'literal':
    case 'regex':
      result = true;
      break;
    case 'ident':
      result = expr.name === 'this';
      break;
    case 'member':
      result = isItemIndependent(expr.object);
      break;
    case 'index':
      result = isItemIndependent(expr.object) && isItemIndependent(expr.index);
      break;
    case 'unary':
      result = isItemIndependent(expr.operand);
      break;
    case 'binary':
      result = isItemIndependent(expr.left) && isItemIndependent(expr.right);
      break;
    case 'list':
      result = expr.elements.every(isItemIndependent);
      break;
    case 'call': {
      const args = expr.args.every(isItemIndependent);
      const callee = expr.callee;
      if (callee.type === 'ident') result = args && PURE_FUNCTIONS.has(callee.name);
      else
        result =
          args &&
          callee.type === 'member' &&
          !(callee.object.type === 'ident' && callee.object.name === 'file') &&
          isItemIndependent(callee.object);
      break;
    }
  }
  known.set(expr, result);
  return result;
}

/** Evaluates an item-independent expression once per run (per environment) instead of once per item. */
export function oncePerRun(fn: Compiled): Compiled {
  let lastEnv: EvalEnv | null = null;
  let last: Value = null;
  return (item, env) => {
    if (env !== lastEnv) {
      last = fn(item, env);
      lastEnv = env;
    }
    return last;
  };
}
