import type { ItemIndex } from '../index/ItemIndex';
import { compareStrings } from '../index/linkPath';
import { dependencyEdges, type DependencyEdge } from './dependencyEdges';
import { findCycles } from './findCycles';

/** An item reached from the one asked about, with the shortest chain of relations between them. */
export interface ImpactReach {
  path: string;
  title: string;
  kind: string;
  /** Relations from the reached item to the item asked about (dependents) or the other way (dependencies), each `dependent relation dependency`. */
  chain: DependencyEdge[];
}

/** What depends on an item and what it depends on, transitively. */
export interface Impact {
  path: string;
  title: string;
  kind: string;
  /** What breaks when this item does: nearest first, then by path. */
  dependents: ImpactReach[];
  /** What this item needs: nearest first, then by path. */
  dependencies: ImpactReach[];
  /** Dependency cycles among the items reached, each once, as paths starting at the smallest. */
  cycles: string[][];
}

/**
 * The transitive impact of the item at `path` (null when it is not an item): services on a
 * device, services using a secret, domains pointing at a service, backups covering it, and so on
 * outward; and everything it needs. Each item is reached once, by a shortest chain, so cycles end.
 * @example impact(index, 'Infra/Devices/nas.md')?.dependents.map((r) => r.title)
 */
export function impact(index: ItemIndex, path: string): Impact | null {
  const item = index.get(path);
  if (!item) return null;
  const edges = dependencyEdges(index);
  const dependents = reach(
    index,
    path,
    edges,
    (e) => e.dependency,
    (e) => e.dependent,
  );
  const dependencies = reach(
    index,
    path,
    edges,
    (e) => e.dependent,
    (e) => e.dependency,
  );
  const inside = new Set([path, ...dependents.map((r) => r.path), ...dependencies.map((r) => r.path)]);
  const cycles = findCycles(edges.filter((e) => inside.has(e.dependent) && inside.has(e.dependency)));
  return { path, title: item.title, kind: item.kind, dependents, dependencies, cycles };
}

function reach(
  index: ItemIndex,
  start: string,
  edges: readonly DependencyEdge[],
  near: (e: DependencyEdge) => string,
  far: (e: DependencyEdge) => string,
): ImpactReach[] {
  const next = new Map<string, DependencyEdge[]>();
  for (const e of edges) next.set(near(e), [...(next.get(near(e)) ?? []), e]);
  const chains = new Map<string, DependencyEdge[]>([[start, []]]);
  const out: ImpactReach[] = [];
  let frontier = [start];
  while (frontier.length > 0) {
    const layer: string[] = [];
    for (const at of frontier) {
      for (const e of next.get(at) ?? []) {
        const to = far(e);
        if (chains.has(to)) continue;
        const chain = [...(chains.get(at) ?? []), e];
        chains.set(to, chain);
        layer.push(to);
      }
    }
    layer.sort(compareStrings);
    for (const p of layer) {
      const it = index.get(p);
      if (it) out.push({ path: p, title: it.title, kind: it.kind, chain: [...(chains.get(p) ?? [])].reverse() });
    }
    frontier = layer;
  }
  return out;
}
