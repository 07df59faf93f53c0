import type { KindData } from '../model/Item';
import type { FieldReader } from './fields/FieldReader';
import { dropUndefined } from './fields/dropUndefined';
import { ENUMS } from './registry';

/** Reads a bookmark; without a valid `url` there is no bookmark (null). */
export function parseBookmark(r: FieldReader): KindData['bookmark'] | null {
  const url = r.url('url', { required: 'a bookmark needs a url' });
  const data: KindData['bookmark'] = dropUndefined({
    type: 'bookmark' as const,
    url: url ?? '',
    status: r.oneOf('status', ENUMS.bookmarkStatus) ?? 'inbox',
    added: r.date('added'),
    read: r.date('read'),
    rating: r.integer('rating', 1, 5),
    dead: r.date('dead'),
  });
  return url === undefined ? null : data;
}
