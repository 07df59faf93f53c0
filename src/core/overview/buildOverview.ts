import { attention } from '../attention/attention';
import type { AttentionEntry } from '../attention/AttentionEntry';
import type { ItemIndex } from '../index/ItemIndex';
import { dependencyEdges } from '../relations/dependencyEdges';
import { kindTables } from './kindTables';
import { noteLink } from './markdownText';
import { relationGraphs } from './relationMermaid';

/** The region name of the stack overview in its note. */
export const OVERVIEW_REGION = 'overview';

/** The note the overview is written to, at the vault root. */
export const OVERVIEW_NOTE = 'Stack overview.md';

/** What the overview is judged against. */
export interface OverviewOptions {
  today: string;
  now: string;
  horizonDays?: number;
}

/**
 * The stack overview as Markdown for a generated region: counts, what is unhealthy (warnings and
 * worse from the attention queue), the relation graph as Mermaid (split per device when large),
 * and per group and kind a table of items with their key fields and state.
 * @example buildOverview(index, { today: '2026-11-28', now: '2026-11-28T09:00' }).startsWith('54 items')
 */
export function buildOverview(index: ItemIndex, options: OverviewOptions): string {
  const entries = attention(index, options).filter((e) => index.get(e.path) !== undefined);
  const stateOf = new Map<string, AttentionEntry>();
  for (const e of entries) if (!stateOf.has(e.path)) stateOf.set(e.path, e);
  const stats = index.stats();
  const items = index.items().filter((i) => i.kind !== 'kind');
  const byGroup = new Map<string, number>();
  for (const i of items) byGroup.set(i.group, (byGroup.get(i.group) ?? 0) + 1);
  const counts = [...byGroup].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([g, n]) => `${n} ${g}`);
  const userKinds = [...index.userKinds().keys()].sort();
  const unhealthy = entries.filter((e) => e.severity !== 'info');
  const lines = [
    `${items.length} items (${counts.join(', ')}); ${stats.errors} errors, ${stats.warnings} warnings.${userKinds.length > 0 ? ` Your kinds: ${userKinds.join(', ')}.` : ''}`,
    '',
    '## Unhealthy',
    '',
    ...(unhealthy.length === 0
      ? ['Nothing: every item is fine.']
      : unhealthy.map(
          (e) =>
            `- ${e.severity === 'critical' ? '**critical**' : 'warning'}: ${noteLink(e.path, e.title, false)} (${e.kind}): ${e.reason.replace(/[\r\n]+/g, ' ')}`,
        )),
  ];
  const graphs = relationGraphs(index, dependencyEdges(index));
  if (graphs.length > 0) {
    lines.push('', '## Relations');
    for (const g of graphs)
      lines.push('', ...(g.heading === '' ? [] : [`### ${g.heading}`, '']), '```mermaid', ...g.lines, '```');
  }
  lines.push(...kindTables(index, stateOf));
  return lines.join('\n');
}
