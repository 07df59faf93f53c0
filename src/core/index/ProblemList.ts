import type { Problem } from '../model/Problem';
import { compareStrings } from './linkPath';
import { placeOf } from './sortedPlace';

/** What `ProblemList` reads of an index. */
export interface ProblemSource {
  /** The notes whose problems may have changed after `revision`, or null when that cannot be told. */
  changedSince(revision: number): ReadonlySet<string> | null;
  /** Every note with problems. */
  flagged(): Iterable<string>;
  /** Appends every problem, unsorted. */
  all(out: Problem[]): void;
  /** Appends the problems of the note at `path` (none when it has none), each as listed; each carries that path. */
  problemsOf(path: string, out: Problem[]): void;
  /** Whether a problem of the note at `path` is about a dangling link (its "did you mean" depends on every note name). */
  dangling(path: string): boolean;
}

/** The order problems are listed in: by path, line, field and message. */
function compareProblems(a: Problem, b: Problem): number {
  return (
    compareStrings(a.path, b.path) ||
    (a.line ?? 0) - (b.line ?? 0) ||
    compareStrings(a.field, b.field) ||
    compareStrings(a.message, b.message)
  );
}

const byPath = (a: Problem, b: Problem): number => compareStrings(a.path, b.path);

/**
 * The index's problems in order, kept from one revision to the next: a changed note's problems
 * (one run of the list, as each carries its note's path) are replaced by its problems now, and
 * while none of them changed the same array is handed back. When the note names changed, the
 * notes with a dangling link are looked at again too ("did you mean" suggestions depend on every
 * name). Listed whole (gathered and sorted) when the index cannot say what changed. A listed array
 * is never changed after.
 */
export class ProblemList {
  private list: Problem[] = [];
  /** The notes with a dangling link among their problems; null until a change of names asks. */
  private dangling: Set<string> | null = null;
  private rev = -1;
  private names = '';

  /** The problems at revision `rev`, the note names being at version `names`. */
  read(rev: number, names: string, source: ProblemSource): readonly Problem[] {
    if (rev === this.rev && names === this.names) return this.list;
    let changed = this.rev < 0 ? null : source.changedSince(this.rev);
    if (changed !== null && names !== this.names) {
      if (this.dangling === null) {
        this.dangling = new Set();
        for (const path of source.flagged()) if (source.dangling(path)) this.dangling.add(path);
      }
      changed = new Set([...changed, ...this.dangling]);
    }
    if (changed === null) {
      const list: Problem[] = [];
      source.all(list);
      this.list = list.sort(compareProblems);
      this.dangling = null;
    } else this.update(changed, source);
    this.rev = rev;
    this.names = names;
    return this.list;
  }

  private update(changed: ReadonlySet<string>, source: ProblemSource): void {
    let list: Problem[] | null = null;
    for (const path of changed) {
      const own: Problem[] = [];
      source.problemsOf(path, own);
      own.sort(compareProblems);
      const at = list ?? this.list;
      const probe = { path } as Problem;
      const from = placeOf(at, probe, byPath, false);
      const to = placeOf(at, probe, byPath, true);
      if (this.dangling !== null) {
        if (source.dangling(path)) this.dangling.add(path);
        else this.dangling.delete(path);
      }
      // A suggestion is made afresh each time it is listed: compare what the problems say.
      if (JSON.stringify(at.slice(from, to)) === JSON.stringify(own)) continue;
      list ??= this.list.slice();
      list.splice(from, to - from, ...own);
    }
    if (list !== null) this.list = list;
  }
}
