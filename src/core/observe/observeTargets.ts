import type { Item } from '../model/Item';

/** Orders items by path (observations come out in a stable order). */
export function byPath(a: Item, b: Item): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/** The `host:port` a URL reaches, for per-host limits; the URL itself when it cannot be parsed. */
export function hostKey(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
