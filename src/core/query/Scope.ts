import type { Compiled } from './Compiled';

/** The compiler's view of the names in scope: the block's formulas and local names (`value`, `values`, …). */
export interface Scope {
  formula: ((name: string, pos: number) => Compiled) | null;
  locals: ReadonlyMap<string, Compiled>;
  /** Bare property readers of one expression, shared so `if(due, due < today())` reads `due` once per item. */
  readers: Map<string, Compiled>;
  /** Bare names read more than once per item (twice in the text, or once in a `filter`/`map`/`reduce` body): only these keep their value for the item. */
  reread: ReadonlySet<string>;
}
