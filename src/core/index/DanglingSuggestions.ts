import type { Problem } from '../model/Problem';
import type { LinkResolver } from './LinkResolver';
import { nearestName } from './nearestName';

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
  private cache = { version: -1, byTarget: new Map<string, string | null>() };
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
    if (this.cache.version !== resolver.version) this.cache = { version: resolver.version, byTarget: new Map() };
    let name = this.cache.byTarget.get(target);
    if (name === undefined) {
      const others = this.otherNames;
      const more = this.moreNames;
      name = nearestName(
        target,
        (function* () {
          yield* resolver.paths();
          yield* others;
          if (more) yield* more();
        })(),
      );
      this.cache.byTarget.set(target, name);
    }
    return name === null ? problem : { ...problem, message: `${problem.message}; did you mean [[${name}]]?` };
  }

  /** Adds names of notes not in the index that suggestions may name, listed by `names` only when needed. */
  addNames(names: () => Iterable<string>): void {
    const before = this.moreNames;
    this.moreNames = before ? () => [...before(), ...names()] : names;
    this.cache = { version: -1, byTarget: new Map() };
    this.generation++;
  }

  /** Forgets the bulk load's other names. */
  clear(): void {
    this.otherNames.length = 0;
    this.moreNames = null;
    this.generation++;
  }
}
