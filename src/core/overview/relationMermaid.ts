import type { ItemIndex } from '../index/ItemIndex';
import { compareStrings } from '../index/linkPath';
import type { DependencyEdge } from '../relations/dependencyEdges';

/** Above this many nodes the relation graph is drawn once per device. */
export const GRAPH_SPLIT_NODES = 40;

/** One graph to draw: a heading (empty for the whole stack) and its Mermaid flowchart lines. */
export interface MermaidGraph {
  heading: string;
  lines: string[];
}

/** An edge as drawn: from, to, label. Arrows read as sentences: `nas hosts Nextcloud`, `example-home.net points at Nextcloud`. */
interface DrawnEdge {
  from: string;
  to: string;
  label: string;
}

const DRAWN: Readonly<Record<string, { label: string; reverse: boolean }>> = {
  'runs on': { label: 'hosts', reverse: true },
  uses: { label: 'used by', reverse: true },
  covers: { label: 'backed up by', reverse: true },
};

/** How an edge is drawn: what is needed points at what needs it for hosts/used by/backed up by; the dependent points at what it needs otherwise. */
export function drawnEdge(e: DependencyEdge): DrawnEdge {
  const rule = Object.prototype.hasOwnProperty.call(DRAWN, e.relation) ? DRAWN[e.relation] : undefined;
  if (rule) return { from: e.dependency, to: e.dependent, label: rule.label };
  return { from: e.dependent, to: e.dependency, label: e.field ?? e.relation };
}

/** Node shapes by kind, so a graph reads without colour. */
const SHAPES: Readonly<Record<string, readonly [string, string]>> = {
  device: ['[', ']'],
  service: ['(', ')'],
  backup: ['[(', ')]'],
  secret: ['{{', '}}'],
  domain: ['>', ']'],
};

/** Text inside a quoted Mermaid label: quotes, `#`, angle brackets and newlines made safe. */
export function mermaidLabel(text: string): string {
  return text
    .replace(/#/g, '#35;')
    .replace(/"/g, '#quot;')
    .replace(/</g, '#lt;')
    .replace(/>/g, '#gt;')
    .replace(/[\r\n]+/g, ' ');
}

/**
 * The relation graph as Mermaid flowcharts: every item with a relation is a node (shaped by
 * kind), every dependency edge one labelled arrow. Over `GRAPH_SPLIT_NODES` nodes it is split:
 * one graph per device (the device, everything that depends on it, and what those use), then one
 * for the relations no device graph drew.
 */
export function relationGraphs(index: ItemIndex, edges: readonly DependencyEdge[]): MermaidGraph[] {
  if (edges.length === 0) return [];
  const nodes = new Set(edges.flatMap((e) => [e.dependent, e.dependency]));
  if (nodes.size <= GRAPH_SPLIT_NODES) return [{ heading: '', lines: flowchart(index, edges) }];
  const drawn = new Set<DependencyEdge>();
  const out: MermaidGraph[] = [];
  for (const device of index.byKind('device')) {
    const part = deviceEdges(device.path, edges);
    if (part.length === 0) continue;
    for (const e of part) drawn.add(e);
    out.push({ heading: device.title, lines: flowchart(index, part) });
  }
  const rest = edges.filter((e) => !drawn.has(e));
  if (rest.length > 0) out.push({ heading: out.length === 0 ? '' : 'Not on a device', lines: flowchart(index, rest) });
  return out;
}

/** The edges among a device, its transitive dependents, and what those depend on directly. */
function deviceEdges(device: string, edges: readonly DependencyEdge[]): DependencyEdge[] {
  const reached = new Set([device]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const e of edges) {
      if (reached.has(e.dependency) && !reached.has(e.dependent)) {
        reached.add(e.dependent);
        grew = true;
      }
    }
  }
  const inside = new Set(reached);
  for (const e of edges) if (reached.has(e.dependent)) inside.add(e.dependency);
  return edges.filter(
    (e) =>
      inside.has(e.dependent) && inside.has(e.dependency) && (reached.has(e.dependent) || reached.has(e.dependency)),
  );
}

function flowchart(index: ItemIndex, edges: readonly DependencyEdge[]): string[] {
  const paths = [...new Set(edges.flatMap((e) => [e.dependent, e.dependency]))].sort(compareStrings);
  const id = new Map(paths.map((p, i) => [p, `n${i + 1}`]));
  const nodeLines = paths.map((p) => {
    const item = index.get(p);
    const kind = item?.kind ?? '';
    const [open, close] = Object.prototype.hasOwnProperty.call(SHAPES, kind) ? SHAPES[kind] : ['[', ']'];
    return `  ${id.get(p) ?? ''}${open}"${mermaidLabel(item?.title ?? p)}"${close}`;
  });
  const edgeLines = edges
    .map(drawnEdge)
    .map((d) => `  ${id.get(d.from) ?? ''} -->|"${mermaidLabel(d.label)}"| ${id.get(d.to) ?? ''}`);
  return ['flowchart LR', ...nodeLines, ...edgeLines];
}
