import { parseDate } from '../dates/parseDate';
import type { FrontmatterValue } from '../frontmatter/FrontmatterEdit';
import { frontmatterEqual } from '../index/frontmatterEqual';
import { KIND_SPECS } from '../kinds/registry';
import { cleanTag, type BookmarkEntry } from './BookmarkEntry';
import type { ImportFields, ImportTarget } from './ImportTarget';
import { normalizeUrl, withoutTracking } from './normalizeUrl';

/** Options of {@link bookmarkTarget}. */
export interface BookmarkTargetOptions {
  /** Folders become a nested tag (`Homelab/Backups` → `homelab/backups`) instead of a `folder` field. */
  foldersAsTags: boolean;
}

/**
 * How bookmarks become bookmark notes, matched by {@link normalizeUrl} (so `http://X.org/?utm_source=a`
 * updates the note of `https://x.org`): url as given less its tracking parameters, title, status (to read → inbox, read, archived),
 * added, modified, tags, description, and the folder path as a `folder` field or as a nested tag.
 */
export function bookmarkTarget(options: BookmarkTargetOptions): ImportTarget<BookmarkEntry> {
  return {
    kind: 'bookmark',
    templateFields: KIND_SPECS.bookmark.fields,
    keyField: 'url',
    keyOf: (b) => normalizeUrl(b.url) ?? b.url,
    noteKey: (note) => {
      const url = note.frontmatter.url;
      return typeof url === 'string' ? (normalizeUrl(url) ?? url) : undefined;
    },
    titleOf: (b) => b.title,
    fieldsOf(b): ImportFields {
      const folderTag = options.foldersAsTags && b.folder ? folderTagOf(b.folder) : undefined;
      const tags = folderTag === undefined || b.tags.includes(folderTag) ? b.tags : [...b.tags, folderTag];
      return {
        url: withoutTracking(b.url),
        status: b.status,
        added: b.added,
        modified: b.modified,
        folder: options.foldersAsTags ? undefined : b.folder,
        tags: tags.length > 0 ? tags : undefined,
        description: b.description,
      };
    },
    same: sameBookmarkValue,
  };
}

/**
 * A folder path as one nested tag: `Homelab/Backups` → `homelab/backups` (spaces as `-`).
 * @example folderTagOf('Reading list/Long reads') // 'reading-list/long-reads'
 */
export function folderTagOf(folder: string): string {
  return folder
    .split('/')
    .map((part) => cleanTag(part).toLowerCase())
    .filter((part) => part !== '')
    .join('/');
}

/** Whether a vault value means the same as an incoming one: URLs by identity, tags as sets (case aside), dates by value. */
export function sameBookmarkValue(field: string, vault: unknown, incoming: FrontmatterValue | undefined): boolean {
  if (field === 'url' && typeof vault === 'string' && typeof incoming === 'string')
    return (normalizeUrl(vault) ?? vault) === (normalizeUrl(incoming) ?? incoming);
  if (field === 'tags') return sameTags(vault, incoming);
  if ((field === 'added' || field === 'modified') && typeof vault === 'string' && typeof incoming === 'string')
    return parseDate(vault.trim()) !== null && vault.trim() === incoming;
  if (typeof vault === 'string' && typeof incoming === 'string') return vault.trim() === incoming.trim();
  return frontmatterEqual(vault ?? null, incoming ?? null);
}

function sameTags(vault: unknown, incoming: unknown): boolean {
  const set = (value: unknown): Set<string> => {
    const list: unknown[] = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
    return new Set(list.map((t) => cleanTag(String(t)).toLowerCase()).filter((t) => t !== ''));
  };
  const a = set(vault);
  const b = set(incoming);
  return a.size === b.size && [...a].every((t) => b.has(t));
}
