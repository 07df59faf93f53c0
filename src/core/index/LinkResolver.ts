import { cleanTarget, compareStrings, folderOf, joinRelative, nameKey, stripMd } from './linkPath';

/**
 * Resolves wikilink targets to note paths the way Obsidian does, from a basename → paths map
 * so a lookup costs the number of notes sharing that basename, never a vault scan.
 *
 * - `Note` matches any note named `Note.md` (case-insensitive).
 * - `folder/Note` matches notes whose path ends with `folder/Note.md` at a folder boundary.
 * - `./Note`, `../x/Note` are relative to the linking note and must match exactly.
 * - A trailing `.md`, a `#heading`, `^block` or `|alias` in the target is ignored.
 * - Several candidates: an exact vault path wins, then a note in the linking note's own folder
 *   (Obsidian 1.13's `getFirstLinkpathDest` order), then the shortest path, then code-point order.
 */
export class LinkResolver {
  /** Name key → the one path with that name (most names), or the set of them. */
  private readonly byName = new Map<string, string | Set<string>>();
  private changes = 0;

  /** Moves whenever the set of known paths changed. */
  get version(): number {
    return this.changes;
  }

  /**
   * Every known note path, for suggestions: all paths of a shared name, so the closest name found
   * among them (ties to the shorter path) does not depend on which path was registered first.
   */
  *paths(): IterableIterator<string> {
    for (const held of this.byName.values())
      if (typeof held === 'string') yield held;
      else yield* held;
  }

  /** Registers a note path (`key`: its `nameKey`, when the caller has it); returns false when it was already known. */
  add(path: string, key: string = nameKey(path)): boolean {
    const held = this.byName.get(key);
    if (held === undefined) {
      this.byName.set(key, path);
      this.changes++;
      return true;
    }
    if (typeof held === 'string') {
      if (held === path) return false;
      this.byName.set(key, new Set([held, path]));
      this.changes++;
      return true;
    }
    if (held.has(path)) return false;
    held.add(path);
    this.changes++;
    return true;
  }

  /** Forgets a note path; returns false when it was not known. */
  delete(path: string): boolean {
    const key = nameKey(path);
    const held = this.byName.get(key);
    if (held === undefined) return false;
    if (typeof held === 'string') {
      if (held !== path) return false;
      this.byName.delete(key);
      this.changes++;
      return true;
    }
    if (!held.delete(path)) return false;
    if (held.size === 0) this.byName.delete(key);
    this.changes++;
    return true;
  }

  /** Whether a note path is known. */
  has(path: string): boolean {
    const held = this.byName.get(nameKey(path));
    return typeof held === 'string' ? held === path : (held?.has(path) ?? false);
  }

  /** Forgets every note. */
  clear(): void {
    this.byName.clear();
    this.changes++;
  }

  /** The path a link target resolves to from `fromPath`, or null when no note matches. */
  resolve(rawTarget: string, fromPath?: string): string | null {
    let target = cleanTarget(rawTarget);
    if (target === '') return null;
    if (target.startsWith('./') || target.startsWith('../')) {
      if (fromPath === undefined) return null;
      const joined = joinRelative(fromPath, target);
      if (joined === null) return null;
      target = '/' + joined;
    }
    const held = this.byName.get(nameKey(target));
    if (held === undefined) return null;
    const absolute = target.startsWith('/');
    const bare = absolute ? target.slice(1) : target;
    const needsSuffix = bare.includes('/');
    // A plain name with one candidate (most links) needs no ranking.
    if (!absolute && !needsSuffix && typeof held === 'string') return held;
    const candidates = typeof held === 'string' ? [held] : held;
    const wanted = stripMd(bare).toLowerCase();
    const ownFolder = fromPath === undefined ? undefined : folderOf(fromPath);
    let best: string | null = null;
    let bestRank = 0;
    for (const path of candidates) {
      const p = stripMd(path).toLowerCase();
      const exact = p === wanted;
      if ((absolute && !exact) || (needsSuffix && !exact && !p.endsWith('/' + wanted))) continue;
      const rank = exact ? 0 : folderOf(path) === ownFolder ? 1 : 2;
      if (
        best === null ||
        rank < bestRank ||
        (rank === bestRank &&
          (path.length < best.length || (path.length === best.length && compareStrings(path, best) < 0)))
      ) {
        best = path;
        bestRank = rank;
      }
    }
    return best;
  }
}
