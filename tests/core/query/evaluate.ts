import type { Item } from '../../../src/core/model/Item';
import { compileExpression } from '../../../src/core/query/compileExpression';
import { parseExpression } from '../../../src/core/query/parseExpression';
import type { QueryContext } from '../../../src/core/query/Query';
import { envOf } from '../../../src/core/query/runQuery';
import type { Value } from '../../../src/core/query/Value';
import { anItem } from './ItemBuilder';

/** The clock every test uses unless it says otherwise: Saturday 28 November 2026, 09:30. */
export const CLOCK: QueryContext = { today: '2026-11-28', now: '2026-11-28T09:30' };

/** Parses, compiles and evaluates one expression on an item; fails the test on a parse or compile error. */
export function evaluate(source: string, item: Item = anItem().build(), ctx: Partial<QueryContext> = {}): Value {
  const parsed = parseExpression(source);
  if (!parsed.ok) throw new Error(`parse error: ${parsed.error.message}`);
  const compiled = compileExpression(parsed.expr);
  if (!compiled.ok) throw new Error(`compile error: ${compiled.error.message}`);
  return compiled.fn(item, envOf({ ...CLOCK, ...ctx }));
}

/** The error of an expression that fails to parse or compile, as `column: message`. */
export function expressionError(source: string): string {
  const parsed = parseExpression(source);
  if (!parsed.ok) return `${parsed.error.pos + 1}: ${parsed.error.message}`;
  const compiled = compileExpression(parsed.expr);
  if (!compiled.ok) return `${compiled.error.pos + 1}: ${compiled.error.message}`;
  throw new Error(`expected an error for ${source}`);
}
