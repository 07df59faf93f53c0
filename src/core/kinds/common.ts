import type { FieldReader } from './fields/FieldReader';
import { describeValue } from './fields/describeValue';

/** The fields every item has. */
export interface CommonFields {
  title: string;
  tags: string[];
  created?: string;
}

/**
 * Reads `title` (default: the file name without `.md`), `tags` (a list, or one string split on
 * commas and spaces; a leading `#` is dropped; duplicates removed) and `created` (a date or a
 * `YYYY-MM-DDTHH:mm` datetime, as note templates often write it).
 */
export function parseCommon(r: FieldReader): CommonFields {
  const title = r.text('title') || basename(r.path);
  const tags: string[] = [];
  if (!r.isMissing('tags')) {
    const raw = r.raw('tags');
    const entries: unknown[] = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(/[\s,]+/) : [raw];
    entries.forEach((entry, i) => {
      if (entry === null || entry === undefined) return;
      if (typeof entry !== 'string' && typeof entry !== 'number') {
        r.report(Array.isArray(raw) ? `tags[${i}]` : 'tags', `${describeValue(entry)} is not a tag`);
        return;
      }
      const tag = String(entry).trim().replace(/^#+/, '');
      if (tag !== '' && !tags.includes(tag)) tags.push(tag);
    });
  }
  const created = r.dateTime('created');
  return created === undefined ? { title, tags } : { title, tags, created };
}

/**
 * The file name without folders or a `.md` extension.
 * @example basename('Infra/Backups/NAS nightly.md') // 'NAS nightly'
 */
export function basename(path: string): string {
  const n = path.length;
  const md =
    n - path.lastIndexOf('/') - 1 >= 3 &&
    path.charCodeAt(n - 3) === 46 &&
    (path.charCodeAt(n - 2) | 32) === 109 &&
    (path.charCodeAt(n - 1) | 32) === 100;
  return path.slice(path.lastIndexOf('/') + 1, md ? n - 3 : n);
}
