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
  private readonly byName = new Map<string, Set<string>>();

  /** Registers a note path; returns false when it was already known. */
  add(path: string): boolean {
    const key = nameKey(path);
    let set = this.byName.get(key);
    if (!set) {
      set = new Set();
      this.byName.set(key, set);
    }
    if (set.has(path)) return false;
    set.add(path);
    return true;
  }

  /** Forgets a note path; returns false when it was not known. */
  delete(path: string): boolean {
    const key = nameKey(path);
    const set = this.byName.get(key);
    if (!set || !set.delete(path)) return false;
    if (set.size === 0) this.byName.delete(key);
    return true;
  }

  /** Whether a note path is known. */
  has(path: string): boolean {
    return this.byName.get(nameKey(path))?.has(path) ?? false;
  }

  /** Forgets every note. */
  clear(): void {
    this.byName.clear();
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
    const candidates = this.byName.get(nameKey(target));
    if (!candidates) return null;
    const absolute = target.startsWith('/');
    const bare = absolute ? target.slice(1) : target;
    const needsSuffix = bare.includes('/');
    // A plain name with one candidate (most links) needs no ranking.
    if (!absolute && !needsSuffix && candidates.size === 1) for (const only of candidates) return only;
    const wanted = stripMd(bare).toLowerCase();
    const ownFolder = fromPath === undefined ? undefined : folderOf(fromPath);
    let best: string | null = null;
    let bestRank = 0;
    for (const path of candidates) {
      const p = stripMd(path).toLowerCase();
      const exact = p === wanted;
      if ((absolute && !exact) || (needsSuffix && !exact && !p.endsWith('/' + wanted))) continue;
      const rank = exact ? 0 : folderOf(path) === ownFolder ? 1 : 2;
      if (best === null || rank < bestRank || (rank === bestRank && (path.length < best.length || (path.length === best.length && compareStrings(path, best) < 0)))) {
        best = path;
        bestRank = rank;
      }
    }
    return best;
  }
}
