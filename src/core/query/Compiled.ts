import type { Item } from '../model/Item';
import type { FileInfo } from './FileInfo';
import type { DateValue, Value } from './Value';

/** What a compiled expression reads besides the item: the clock (as values) and the host's resolvers. */
export interface EvalEnv {
  today: DateValue;
  now: DateValue;
  /** Derived property of an item (`overdue`, `urgency`, …); `undefined` means "not a derived property". */
  derived: (item: Item, name: string) => unknown;
  /** Every name `derived` may define, when the host says; other names skip it. Null: ask `derived` for every name. */
  derivedNames: ReadonlySet<string> | null;
  /** Resolves a link target to its item, for `host.role` style reads through a link. */
  resolveLink: (target: string) => Item | null;
  /** The note showing the block (`this`), when the host knows it. */
  self: Item | null;
  /** File times, size, backlinks and embeds of a note, when the host knows them. */
  fileInfo: (item: Item) => FileInfo | null;
}

/** An expression compiled once into a closure, evaluated per item. */
export type Compiled = (item: Item, env: EvalEnv) => Value;

/** Thrown inside the compiler only, and turned into an error value at its boundary. */
export class CompileFailure extends Error {
  constructor(
    readonly pos: number,
    message: string,
  ) {
    super(message);
    this.name = 'CompileFailure';
  }
}
