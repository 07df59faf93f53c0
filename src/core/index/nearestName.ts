import { editDistance } from '../kinds/typos';
import { basenameOf, cleanTarget, compareStrings, nameKey } from './linkPath';

/**
 * The note names "did you mean" picks from: filled once while the set of names stays the same,
 * asked once per dangling target (no name key is made again per target).
 */
export class NameTable {
  /** The name keys and their paths, side by side. */
  private readonly keys: string[] = [];
  private readonly paths: string[] = [];

  /** Adds a note path under its name key (`nameKey(path)`). */
  add(key: string, path: string): void {
    this.keys.push(key);
    this.paths.push(path);
  }

  /**
   * The note name a dangling link target was probably meant to be: names compared
   * case-insensitively, one edit allowed against names of up to 5 letters and two against longer
   * ones (adjacent swaps count once); the closest wins, then the shorter path, then code-point
   * order. A note of the very name wins (the link dangles for its folder: `[[x/Note]]`, `[[./Note]]`).
   * Null when nothing is that close or the target names no note (`./`, a heading only).
   */
  nearest(target: string): string | null {
    const wanted = nameKey(cleanTarget(target));
    if (wanted.length < 3) return null;
    const best = this.closest(wanted, wanted.length <= 5 ? 1 : 2);
    return best === null ? null : basenameOf(best);
  }

  /**
   * The path of the closest name within `limit` edits of `wanted` (a name key). The loop is a
   * method of its own: code V8 optimises while it runs then holds nothing after it to throw away.
   */
  private closest(wanted: string, limit: number): string | null {
    const n = wanted.length;
    // How often each code unit (folded to 7 bits) occurs in the wanted name.
    const letters = new Int32Array(128);
    for (let i = 0; i < n; i++) letters[wanted.charCodeAt(i) & 127]++;
    let best: string | null = null;
    let bestDistance = limit + 1;
    for (let i = 0; i < this.keys.length; i++) {
      const key = this.keys[i];
      const short = n - key.length;
      // Most names are ruled out by their length or by sharing too few letters with the wanted one
      // (every edit changes the letters in common by one at most), without the edit distance's table.
      if (short > limit || -short > limit || tooFar(letters, key, limit - Math.max(0, short))) continue;
      const d = editDistance(wanted, key, limit);
      const path = this.paths[i];
      if (
        d < bestDistance ||
        (d === bestDistance &&
          best !== null &&
          (path.length < best.length || (path.length === best.length && compareStrings(path, best) < 0)))
      ) {
        best = path;
        bestDistance = d;
      }
    }
    return best;
  }
}

/**
 * `NameTable.nearest` over these paths.
 * @example nearestName('[[Nextclod]]', ['Infra/Nextcloud.md', 'Home.md']) // → 'Nextcloud'
 */
export function nearestName(target: string, paths: Iterable<string>): string | null {
  const table = new NameTable();
  for (const path of paths) table.add(nameKey(path), path);
  return table.nearest(target);
}

/**
 * Whether more than `allowed` code units of `key` are not in the name whose counts `letters` holds
 * (as multisets of code units folded to 7 bits): a name that far has more than `limit` edits to
 * go, as an edit changes what two names have in common by one at most (and folding only adds to
 * it). Stops at the first code unit too many; `letters` is left as it was.
 */
function tooFar(letters: Int32Array, key: string, allowed: number): boolean {
  let misses = 0;
  let i = 0;
  while (i < key.length && misses <= allowed) if (letters[key.charCodeAt(i++) & 127]-- <= 0) misses++;
  while (i > 0) letters[key.charCodeAt(--i) & 127]++;
  return misses > allowed;
}
