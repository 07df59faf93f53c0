import type { Problem } from '../model/Problem';
import { indexOf, placeOf } from './sortedPlace';
import { compareStrings } from './linkPath';

/** What `ProblemList` reads of an index. */
export interface ProblemSource {
  /** The notes whose problems may have changed after `revision`, or null when that cannot be told. */
  changedSince(revision: number): ReadonlySet<string> | null;
  /** Every note with problems. */
  flagged(): Iterable<string>;
  /**
   * Appends the problems of the note at `path` (none when it has none), each as listed; returns
   * whether one is about a dangling link (its "did you mean" depends on every note name).
   */
  problemsOf(path: string, out: Problem[]): boolean;
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

/**
 * The index's problems in order, kept from one revision to the next: only the problems of the
 * notes that changed are taken out and placed again (binary search), and while none of them
 * changed the same array is handed back. When the note names changed, the notes with a dangling
 * link are looked at again too ("did you mean" suggestions depend on every name). Listed whole
 * when the index cannot say what changed. A listed array is never changed after.
 */
export class ProblemList {
  private list: Problem[] = [];
  /** The problems each note added to `list`. */
  private readonly byNote = new Map<string, readonly Problem[]>();
  /** The notes with a dangling link among their problems. */
  private readonly dangling = new Set<string>();
  private rev = -1;
  private names = '';

  /** The problems at revision `rev`, the note names being at version `names`. */
  read(rev: number, names: string, source: ProblemSource): readonly Problem[] {
    if (rev === this.rev && names === this.names) return this.list;
    let changed = this.rev < 0 ? null : source.changedSince(this.rev);
    // Other note names: only a dangling link's suggestion may read otherwise.
    if (changed !== null && names !== this.names) changed = new Set([...changed, ...this.dangling]);
    if (changed === null) this.listWhole(source);
    else this.update(changed, source);
    this.rev = rev;
    this.names = names;
    return this.list;
  }

  private listWhole(source: ProblemSource): void {
    const list: Problem[] = [];
    this.byNote.clear();
    this.dangling.clear();
    for (const path of source.flagged()) {
      const own: Problem[] = [];
      if (source.problemsOf(path, own)) this.dangling.add(path);
      if (own.length === 0) continue;
      this.byNote.set(path, own);
      for (const p of own) list.push(p);
    }
    this.list = list.sort(compareProblems);
  }

  private update(changed: ReadonlySet<string>, source: ProblemSource): void {
    let list: Problem[] | null = null;
    for (const path of changed) {
      const old = this.byNote.get(path) ?? [];
      const own: Problem[] = [];
      if (source.problemsOf(path, own)) this.dangling.add(path);
      else this.dangling.delete(path);
      // A suggestion is made afresh each time it is listed: compare what the problems say.
      if (JSON.stringify(old) === JSON.stringify(own)) continue;
      list ??= this.list.slice();
      for (const p of old) list.splice(indexOf(list, p, compareProblems), 1);
      // After the problems ordered with it: the order the full list's stable sort keeps.
      for (const p of own) list.splice(placeOf(list, p, compareProblems, true), 0, p);
      if (own.length > 0) this.byNote.set(path, own);
      else this.byNote.delete(path);
    }
    if (list !== null) this.list = list;
  }
}
