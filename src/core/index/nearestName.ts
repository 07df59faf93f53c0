import { editDistance } from '../kinds/typos';
import { basenameOf, cleanTarget, compareStrings, nameKey } from './linkPath';

/**
 * The note name a dangling link target was probably meant to be ("did you mean"), from the
 * vault's note paths: names compared case-insensitively, one edit allowed against names of up to
 * 5 letters and two against longer ones (adjacent swaps count once); the closest wins, then the
 * shorter path, then code-point order. Null when nothing is that close or the target names no note (`./`, a heading only).
 * @example nearestName('[[Nextclod]]', ['Infra/Nextcloud.md', 'Home.md']) // → 'Nextcloud'
 */
export function nearestName(target: string, paths: Iterable<string>): string | null {
  const wanted = nameKey(cleanTarget(target));
  if (wanted.length < 3) return null;
  const limit = wanted.length <= 5 ? 1 : 2;
  let best: string | null = null;
  let bestDistance = limit + 1;
  for (const path of paths) {
    const key = nameKey(path);
    if (Math.abs(key.length - wanted.length) > limit || key === wanted) continue;
    const d = editDistance(wanted, key, limit);
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
  return best === null ? null : basenameOf(best);
}
