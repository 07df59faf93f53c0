import type { ItemIndex } from '../index/ItemIndex';
import type { ItemOf, KindData } from '../model/Item';

/** A group of services as monitoring and dashboard tools show them, by group name. */
export interface ServiceGroup {
  name: string;
  services: ItemOf<'service'>[];
}

/** The group for services with neither a `group` field nor a host device. */
export const UNGROUPED = 'Services';

/**
 * The vault's services grouped by their `group` field, else the title of the device their `host`
 * links to, else {@link UNGROUPED}; groups and services sorted by name (case-insensitively).
 * @example serviceGroups(index) // [{ name: 'nas', services: [Immich, Jellyfin] }, { name: 'pi', … }]
 */
export function serviceGroups(index: ItemIndex): ServiceGroup[] {
  const groups = new Map<string, ItemOf<'service'>[]>();
  for (const item of index.byKind('service')) {
    if (item.data.type !== 'service') continue;
    const service = item as ItemOf<'service'>;
    const name = groupOf(index, service);
    const list = groups.get(name) ?? [];
    list.push(service);
    groups.set(name, list);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => byName(a, b))
    .map(([name, services]) => ({ name, services: services.sort((a, b) => byName(a.title, b.title)) }));
}

function groupOf(index: ItemIndex, service: ItemOf<'service'>): string {
  const own = textField(service.frontmatter, 'group');
  if (own !== undefined) return own;
  if (service.data.host === undefined) return UNGROUPED;
  const hostPath = index.resolve(service.data.host, service.path);
  const host = hostPath === null ? undefined : index.get(hostPath);
  return host?.title ?? service.data.host;
}

/** The URL a monitor should check: `health`, else `url`; none when `health: false`. */
export function checkedUrl(data: KindData['service']): string | undefined {
  if (data.health === false) return undefined;
  return data.health ?? data.url;
}

/** A frontmatter field the kinds do not read (`group`, `icon`, `description`) as trimmed text, if it is non-empty text. */
export function textField(frontmatter: Readonly<Record<string, unknown>>, field: string): string | undefined {
  const value = frontmatter[field];
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const text = String(value).trim();
  return text === '' ? undefined : text;
}

function byName(a: string, b: string): number {
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  return la < lb ? -1 : la > lb ? 1 : a < b ? -1 : a > b ? 1 : 0;
}
