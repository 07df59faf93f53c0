import { isKind, type Item, type ItemOf } from '../model/Item';
import { problem, type Problem } from '../model/Problem';
import { compareStrings } from './linkPath';
import { PathSets } from './PathSets';

/** What changed for one user kind name after its declarations were recomputed. */
export interface KindChange {
  /** The declaring item the parser sees changed (added, removed, replaced). */
  changed: boolean;
  /** The name itself appeared or disappeared. */
  nameCameOrWent: boolean;
  /** Every note declaring the name, each with its duplicate-declaration problem (or none). */
  declarations: { path: string; problem: Problem | undefined }[];
}

/**
 * Which `stack: kind` note declares each user kind (lower-cased name). When several declare the
 * same name the first path in code-point order wins and the others get a warning.
 */
export class KindDeclarations {
  private readonly byName = new PathSets();
  private readonly winners = new Map<string, ItemOf<'kind'>>();

  /** The user kinds as the parser takes them. */
  get map(): ReadonlyMap<string, ItemOf<'kind'>> {
    return this.winners;
  }

  /** Records that `path` declares `name`. */
  add(name: string, path: string): void {
    this.byName.add(name, path);
  }

  /** Records that `path` no longer declares `name`. */
  delete(name: string, path: string): void {
    this.byName.delete(name, path);
  }

  /** Re-elects the declaration of `name` from the current items. */
  refresh(
    name: string,
    itemAt: (path: string) => Item | undefined,
    lineOf: (path: string) => number | undefined,
  ): KindChange {
    const paths = [...this.byName.get(name)].sort(compareStrings);
    const first = paths[0];
    const declarations = paths.map((path) => {
      if (path === first) return { path, problem: undefined };
      const found = problem(path, 'name', `kind "${name}" is already declared in ${first}`, 'warning');
      const line = lineOf(path);
      return { path, problem: line === undefined ? found : { ...found, line } };
    });
    const before = this.winners.get(name);
    const winner = first === undefined ? undefined : itemAt(first);
    if (winner && isKind(winner, 'kind')) this.winners.set(name, winner);
    else this.winners.delete(name);
    const after = this.winners.get(name);
    return {
      changed: before !== after,
      nameCameOrWent: (before === undefined) !== (after === undefined),
      declarations,
    };
  }

  /** Forgets every declaration. */
  clear(): void {
    this.byName.clear();
    this.winners.clear();
  }
}
