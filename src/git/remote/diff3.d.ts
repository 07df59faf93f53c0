/** The diff3 engine isomorphic-git depends on (`diff3` 0.0.3, no types of its own). */
declare module 'diff3' {
  interface Diff3Block<T> {
    ok?: T[];
    conflict?: { a: T[]; o: T[]; b: T[] };
  }
  /** Merges `a` and `b`, both derived from `o`, into stable runs and conflicts. */
  export default function diff3Merge<T>(a: T[], o: T[], b: T[]): Diff3Block<T>[];
}
