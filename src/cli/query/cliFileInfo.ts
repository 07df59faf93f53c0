import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { ItemIndex } from '../../core/index/ItemIndex';
import type { Item } from '../../core/model/Item';
import type { FileInfo } from '../../core/query/FileInfo';

/** Local minutes since 1970-01-01T00:00 of a time in milliseconds (the query's clock has no zone). */
function localMinutes(ms: number): number {
  return Math.floor((ms - new Date(ms).getTimezoneOffset() * 60_000) / 60_000);
}

/**
 * `file.ctime`, `file.mtime`, `file.size` and `file.backlinks` of the vault's notes for queries run
 * by the CLI: times and size from the file system (read once per note), backlinks from the index.
 * The creation time is the file's birth time where the file system keeps one, else its change time.
 */
export function cliFileInfo(root: string, index: ItemIndex): (item: Item) => FileInfo | null {
  const cache = new Map<string, FileInfo | null>();
  return (item) => {
    let info = cache.get(item.path);
    if (info === undefined) {
      const stat = statSync(join(root, item.path), { throwIfNoEntry: false });
      info = stat
        ? {
            ctime: localMinutes(stat.birthtimeMs > 0 ? stat.birthtimeMs : stat.ctimeMs),
            mtime: localMinutes(stat.mtimeMs),
            size: stat.size,
            backlinks: index.linksTo(item.path).map((edge) => edge.from),
          }
        : null;
      cache.set(item.path, info);
    }
    return info;
  };
}
