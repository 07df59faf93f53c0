import { cleanTarget, compareStrings, folderOf, joinRelative, nameKey, nameKeyHash, stripMd } from './linkPath';

/**
 * Resolves wikilink targets to note paths the way Obsidian does, from a basename → paths map
 * so a lookup costs the number of notes sharing that basename, never a vault scan.
 *
 * - `Note` matches any note named `Note.md` (case-insensitive).
 * - `folder/Note` matches notes whose path ends with `folder/Note.md` at a folder boundary.
 * - `./Note`, `../x/Note` are relative to the linking note and must match exactly; one ending in a
 *   folder (`../x/`, `./x/..`) matches nothing.
 * - A trailing `.md`, a `#heading`, `^block` or `|alias` in the target is ignored.
 * - Several candidates: an exact vault path wins (in the case written before another case), then a
 *   note in the linking note's own folder (Obsidian 1.13's `getFirstLinkpathDest` order), then the
 *   shortest path, then code-point order.
 */
export class LinkResolver {
  /** Name key → the one path with that name (most names), or the set of them. */
  private readonly byName = new Map<string, string | Set<string>>();
  private changes = 0;
  /** Paths registered by `addAll` but not yet in `byName`: their name hashes are not in `wanted`. */
  private readonly deferred: string[] = [];
  /** While paths are deferred, the name hashes whose lookups need none of them. */
  private wanted: ReadonlySet<number> | null = null;

  /** Moves whenever the set of known paths changed. */
  get version(): number {
    return this.changes;
  }

  /**
   * Every known note path with its name key, for suggestions (all paths of a shared name, so the
   * closest name does not depend on which path was registered first); the deferred paths are
   * listed without registering them.
   */
  names(table: { add(key: string, path: string): void }): void {
    for (const [key, held] of this.byName)
      if (typeof held === 'string') table.add(key, held);
      else for (const path of held) table.add(key, path);
    for (const path of this.deferred) table.add(nameKey(path), path);
  }

  /** Registers a note path (`key`: its `nameKey`, when the caller has it). */
  add(path: string, key: string = nameKey(path)): void {
    this.complete();
    if (this.put(path, key)) this.changes++;
  }

  /**
   * Registers many note paths (a bulk load's), as `add` of each; those whose name hash is not in
   * `wanted` (the names some link asks for) wait until a lookup could need them (a resolve of
   * another name, `add`, `delete`): most of a vault's notes are linked by name from no
   * item, and no lookup may ever ask for them.
   */
  addAll(paths: Iterable<string>, wanted: ReadonlySet<number>): void {
    this.complete();
    for (const path of paths) {
      const hash = nameKeyHash(path);
      if (hash === -1 || wanted.has(hash)) this.put(path, nameKey(path));
      else this.deferred.push(path);
    }
    this.wanted = wanted;
    this.changes++;
  }

  /** Registers the deferred paths (they were known all along: the version does not move). */
  private complete(): void {
    if (this.wanted === null) return;
    this.wanted = null;
    for (const path of this.deferred.splice(0)) this.put(path, nameKey(path));
  }

  /** Stores a path under its name key; false when it was there. */
  private put(path: string, key: string): boolean {
    const held = this.byName.get(key);
    if (held === undefined) this.byName.set(key, path);
    else if (typeof held === 'string') {
      if (held === path) return false;
      this.byName.set(key, new Set([held, path]));
    } else if (held.has(path)) return false;
    else held.add(path);
    return true;
  }

  /** Forgets a note path. */
  delete(path: string): void {
    this.complete();
    const key = nameKey(path);
    const held = this.byName.get(key);
    if (held === undefined) return;
    if (typeof held === 'string') {
      if (held !== path) return;
      this.byName.delete(key);
    } else if (!held.delete(path)) return;
    else if (held.size === 0) this.byName.delete(key);
    this.changes++;
  }

  /** Forgets every note. */
  clear(): void {
    this.complete();
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
      // A target ending in a folder (`../A/`, `./x/..`) names no note: the index looks its links up
      // again by the name they end in, which joining would change.
      if (joined === null || nameKey(joined) !== nameKey(target)) return null;
      target = '/' + joined;
    }
    // A name no item links to may be among the deferred paths: register them first.
    if (this.wanted !== null) {
      const hash = nameKeyHash(target);
      if (hash === -1 || !this.wanted.has(hash)) this.complete();
    }
    const held = this.byName.get(nameKey(target));
    if (held === undefined) return null;
    const absolute = target.startsWith('/');
    const bare = absolute ? target.slice(1) : target;
    const needsSuffix = bare.includes('/');
    // A plain name with one candidate (most links) needs no ranking.
    if (!absolute && !needsSuffix && typeof held === 'string') return held;
    const candidates = typeof held === 'string' ? [held] : held;
    const written = stripMd(bare);
    const wanted = written.toLowerCase();
    const ownFolder = fromPath === undefined ? undefined : folderOf(fromPath);
    let best: string | null = null;
    let bestRank = 0;
    for (const path of candidates) {
      const p = stripMd(path).toLowerCase();
      const exact = p === wanted;
      if ((absolute && !exact) || (needsSuffix && !exact && !p.endsWith('/' + wanted))) continue;
      // A path as written wins over one that differs in case only (both can exist where case matters).
      const rank = exact ? (stripMd(path) === written ? 0 : 1) : folderOf(path) === ownFolder ? 2 : 3;
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
