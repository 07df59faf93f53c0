import type { Problem } from '../model/Problem';
import type { LinkResolver } from './LinkResolver';
import { nameKey } from './linkPath';
import { NameTable } from './nearestName';

/**
 * "Did you mean [[X]]?" for dangling links: remembers each dangling-link problem's target and adds
 * the closest note name when problems are listed, cached until the set of note names changes, so
 * a suggestion never outlives the note it names.
 */
export class DanglingSuggestions {
  /** Names of plain notes a bulk load did not add (nothing linked to them): only for suggestions. */
  readonly otherNames: string[] = [];
  /** More such names, listed only when a dangling link asks (a build from a cache's linked notes). */
  private moreNames: (() => Iterable<string>) | null = null;
  private readonly targets = new WeakMap<Problem, string>();
  /** The resolver version the names and suggestions below were made for (-1: none). */
  private version = -1;
  /** The names suggestions come from, listed on the first suggestion asked for at this version. */
  private names: NameTable | null = null;
  private readonly byTarget = new Map<string, string | null>();
  /** Increases whenever the names suggestions may come from change other than through the resolver. */
  generation = 0;

  /** Records that `problem` is about the dangling link `target`. */
  record(problem: Problem, target: string): void {
    this.targets.set(problem, target);
  }

  /** Whether `problem` is about a dangling link. */
  dangling(problem: Problem): boolean {
    return this.targets.has(problem);
  }

  /** `problem` with "did you mean [[X]]?" when it is a dangling link close to a known note's name. */
  apply(problem: Problem, resolver: LinkResolver): Problem {
    const target = this.targets.get(problem);
    if (target === undefined) return problem;
    if (this.version !== resolver.version) this.forget(resolver.version);
    let name = this.byTarget.get(target);
    if (name === undefined) {
      name = (this.names ??= this.table(resolver)).nearest(target);
      this.byTarget.set(target, name);
    }
    return name === null ? problem : { ...problem, message: `${problem.message}; did you mean [[${name}]]?` };
  }

  /** Every name suggestions may come from: the resolver's notes, the bulk load's other names, the added ones. */
  private table(resolver: LinkResolver): NameTable {
    const table = new NameTable();
    resolver.names(table);
    for (const path of this.otherNames) table.add(nameKey(path), path);
    if (this.moreNames) for (const path of this.moreNames()) table.add(nameKey(path), path);
    return table;
  }

  /** Drops the names and suggestions made (`version`: the resolver's now, or -1 when other names changed). */
  private forget(version: number): void {
    this.version = version;
    this.names = null;
    this.byTarget.clear();
  }

  /** Adds names of notes not in the index that suggestions may name, listed by `names` only when needed. */
  addNames(names: () => Iterable<string>): void {
    const before = this.moreNames;
    this.moreNames = before ? () => [...before(), ...names()] : names;
    this.forget(-1);
    this.generation++;
  }

  /** Forgets the bulk load's other names. */
  clear(): void {
    this.otherNames.length = 0;
    this.moreNames = null;
    this.forget(-1);
    this.generation++;
  }
}
