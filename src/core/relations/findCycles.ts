import { compareStrings } from '../index/linkPath';
import type { DependencyEdge } from './dependencyEdges';

/**
 * The dependency cycles in a set of edges, each reported once: one cycle per strongly connected
 * group of items (Tarjan), walked from its smallest path back to it.
 * @example findCycles([{ dependent: 'a', dependency: 'b', relation: 'x' }, { dependent: 'b', dependency: 'a', relation: 'x' }]) // [['a', 'b']]
 */
export function findCycles(edges: readonly DependencyEdge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const e of edges) next.set(e.dependent, [...(next.get(e.dependent) ?? []), e.dependency]);
  for (const list of next.values()) list.sort(compareStrings);
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const visit = (v: string): void => {
    order.set(v, order.size);
    low.set(v, order.get(v) ?? 0);
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v) ?? []) {
      if (!order.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) ?? 0, order.get(w) ?? 0));
    }
    if (low.get(v) !== order.get(v)) return;
    const group: string[] = [];
    let w: string | undefined;
    do {
      w = stack.pop();
      if (w === undefined) break;
      onStack.delete(w);
      group.push(w);
    } while (w !== v);
    if (group.length > 1) groups.push(group);
  };
  for (const v of [...next.keys()].sort(compareStrings)) if (!order.has(v)) visit(v);
  return groups.map((g) => walkCycle(new Set(g), next)).sort((a, b) => compareStrings(a[0], b[0]));
}

/** A cycle through a strongly connected group: a shortest way from its smallest member back to it. */
function walkCycle(group: ReadonlySet<string>, next: ReadonlyMap<string, string[]>): string[] {
  const start = [...group].sort(compareStrings)[0];
  const from = new Map<string, string>();
  let frontier = [start];
  while (frontier.length > 0) {
    const layer: string[] = [];
    for (const v of frontier) {
      for (const w of next.get(v) ?? []) {
        if (!group.has(w)) continue;
        if (w === start) {
          const cycle = [v];
          while (cycle[0] !== start) cycle.unshift(from.get(cycle[0]) ?? start);
          return cycle;
        }
        if (!from.has(w)) {
          from.set(w, v);
          layer.push(w);
        }
      }
    }
    frontier = layer;
  }
  return [start];
}
