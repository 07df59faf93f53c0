import type { ItemIndex } from '../index/ItemIndex';
import type { QueryContext } from '../query/Query';
import { selfNote } from '../query/selfNote';
import { DERIVED_NAMES, derivedProperties } from './derivedProperties';

/**
 * The context a ```stack block in `sourcePath` runs with: derived properties on the day, links
 * resolved by the index, and the note itself as `this` (an item, or a plain note).
 * @example runQuery(query, index.items(), blockQueryContext(index, '2026-11-28', '2026-11-28T09:00', 'Home.md'))
 */
export function blockQueryContext(index: ItemIndex, today: string, now: string, sourcePath: string): QueryContext {
  return {
    today,
    now,
    derived: derivedProperties(index, today, now),
    derivedNames: DERIVED_NAMES,
    resolveLink: (target) => {
      const path = index.resolve(target);
      return path === null ? null : (index.get(path) ?? null);
    },
    self: index.get(sourcePath) ?? selfNote({ path: sourcePath }),
    fileInfo: (item) => ({ backlinks: index.linksTo(item.path).map((edge) => edge.from) }),
  };
}
