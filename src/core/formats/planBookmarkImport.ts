import type { BookmarkEntry, ReadBookmarks } from './BookmarkEntry';
import { bookmarkTarget, type BookmarkTargetOptions } from './bookmarkTarget';
import type { ImportPlan } from './ImportPlan';
import { planImport, type PlanImportInput } from './planImport';
import { normalizeUrl } from './normalizeUrl';

/**
 * The plan of importing bookmarks read from a file (Netscape HTML, Raindrop CSV) into bookmark
 * notes, for the CLI and the plugin alike. Bad entries are problems (nothing planned). A page saved
 * twice in the file is imported once (the first; the others are noted), and a page the vault already
 * holds in two notes updates the first by path (noted too: `vault-stack check` warns about the pair).
 * @example planBookmarkImport(parseNetscape(html), { notes, readText, isTaken, folder: 'Bookmarks', today, last }, { foldersAsTags: false })
 */
export function planBookmarkImport(
  read: ReadBookmarks,
  vault: Omit<PlanImportInput<unknown>, 'target' | 'records' | 'entryLabel'>,
  options: BookmarkTargetOptions,
): ImportPlan {
  if (read.problems.length > 0) return { notes: [], problems: read.problems };
  const notices = [...read.skipped];
  const firstLine = new Map<string, number>();
  const kept: (BookmarkEntry & { line: number })[] = [];
  for (const b of read.bookmarks) {
    const key = normalizeUrl(b.url) ?? b.url;
    const first = firstLine.get(key);
    if (first !== undefined) {
      notices.push(`line ${b.line}: the same page as line ${first} (${b.url}); imported once, from line ${first}`);
      continue;
    }
    firstLine.set(key, b.line);
    kept.push(b);
  }
  const byKey = new Map<string, string[]>();
  for (const note of vault.notes) {
    const url = note.frontmatter.url;
    if (typeof url !== 'string') continue;
    const key = normalizeUrl(url) ?? url;
    if (!firstLine.has(key)) continue;
    byKey.set(key, [...(byKey.get(key) ?? []), note.path]);
  }
  for (const paths of byKey.values())
    if (paths.length > 1) {
      const [first, ...others] = [...paths].sort();
      notices.push(`${first} and ${others.join(', ')} hold the same page; the import updates ${first} only`);
    }
  const { plan, state } = planImport({
    ...vault,
    target: bookmarkTarget(options),
    records: kept,
    entryLabel: (i) => `line ${kept[i].line}`,
  });
  return { ...plan, state, notices };
}
