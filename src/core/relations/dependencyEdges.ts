import type { ItemIndex } from '../index/ItemIndex';
import { compareStrings, fieldBase } from '../index/linkPath';
import type { LinkEdge } from '../index/types';
import type { Item } from '../model/Item';

/** One resolved relation between two items, turned the way failure travels: `dependent` needs `dependency`. */
export interface DependencyEdge {
  dependent: string;
  dependency: string;
  /** How the dependent needs it, read `dependent <relation> dependency`: `runs on`, `uses`, `covers`, `points at`, `depends on`, or `links to`. */
  relation: string;
  /** For `links to`: the field that holds the link. */
  field?: string;
}

/**
 * How a link field reads as a dependency. `flip` turns the link around: a service's `backup`
 * means the backup covers the service, its `domain` means the domain points at the service, and
 * a secret's `used-by` means the user uses the secret. Other fields: the linking item `links to` the target.
 */
const FIELD_RELATIONS: Readonly<Record<string, Readonly<Record<string, { relation: string; flip: boolean }>>>> = {
  service: {
    host: { relation: 'runs on', flip: false },
    secrets: { relation: 'uses', flip: false },
    backup: { relation: 'covers', flip: true },
    domain: { relation: 'points at', flip: true },
  },
  backup: { covers: { relation: 'covers', flip: false }, password: { relation: 'uses', flip: false } },
  secret: { 'used-by': { relation: 'uses', flip: true } },
  task: { depends: { relation: 'depends on', flip: false } },
};

/** One link as a dependency edge, or null for a link to a plain note or to itself. */
export function dependencyOf(index: ItemIndex, from: Item, edge: LinkEdge): DependencyEdge | null {
  if (edge.to === edge.from || !index.get(edge.to)) return null;
  const field = fieldBase(edge.field);
  const rule =
    Object.prototype.hasOwnProperty.call(FIELD_RELATIONS, from.kind) &&
    Object.prototype.hasOwnProperty.call(FIELD_RELATIONS[from.kind], field)
      ? FIELD_RELATIONS[from.kind][field]
      : undefined;
  if (!rule) return { dependent: edge.from, dependency: edge.to, relation: 'links to', field };
  return rule.flip
    ? { dependent: edge.to, dependency: edge.from, relation: rule.relation }
    : { dependent: edge.from, dependency: edge.to, relation: rule.relation };
}

/**
 * Every dependency between the index's items, once per pair (a service's `backup` and the
 * backup's `covers` are one edge), sorted by dependency then dependent.
 * @example dependencyEdges(index).find((e) => e.relation === 'runs on')
 */
export function dependencyEdges(index: ItemIndex): DependencyEdge[] {
  const byPair = new Map<string, DependencyEdge>();
  for (const item of index.items()) {
    for (const link of index.linksFrom(item.path)) {
      const edge = dependencyOf(index, item, link);
      if (!edge) continue;
      const key = `${edge.dependent}\u0000${edge.dependency}`;
      if (!byPair.has(key)) byPair.set(key, edge);
    }
  }
  return [...byPair.values()].sort(
    (a, b) => compareStrings(a.dependency, b.dependency) || compareStrings(a.dependent, b.dependent),
  );
}
