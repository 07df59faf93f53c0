import { normalizeUrl } from '../formats/normalizeUrl';
import type { ItemIndex } from '../index/ItemIndex';
import { problem, type Problem } from '../model/Problem';

/**
 * The bookmarks that save the same page, by {@link normalizeUrl} identity: each group of two or
 * more notes, by path.
 * @example duplicateUrls(index) // [{ identity: 'https://example.com/a', paths: ['A.md', 'Old/A.md'] }]
 */
export function duplicateUrls(index: ItemIndex): { identity: string; paths: string[] }[] {
  const byIdentity = new Map<string, string[]>();
  for (const item of index.byKind('bookmark')) {
    if (item.data.type !== 'bookmark') continue;
    const identity = normalizeUrl(item.data.url);
    if (identity === undefined) continue;
    const paths = byIdentity.get(identity);
    if (paths) paths.push(item.path);
    else byIdentity.set(identity, [item.path]);
  }
  return [...byIdentity.entries()]
    .filter(([, paths]) => paths.length > 1)
    .map(([identity, paths]) => ({ identity, paths }));
}

/** A warning on each bookmark whose page another bookmark also saves, naming the other notes. */
export function duplicateUrlWarnings(index: ItemIndex): Problem[] {
  return duplicateUrls(index).flatMap(({ identity, paths }) =>
    paths.map((path) =>
      problem(
        path,
        'url',
        `the same page as ${paths.filter((p) => p !== path).join(', ')} (${identity}, once case, a trailing slash and tracking parameters are set aside); keep one note and merge the others into it`,
        'warning',
      ),
    ),
  );
}
