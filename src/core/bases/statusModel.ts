import { itemAttention } from '../attention/attention';
import type { AttentionSeverity } from '../attention/AttentionEntry';
import type { ItemIndex } from '../index/ItemIndex';
import type { Observation } from '../observe/Observation';
import { valueText } from './baseDates';
import type { BaseProperty, BaseRow } from './BaseRow';
import { itemBadges, type StatusBadge } from './statusBadges';

/** How many cards the view draws by default; the others are counted in a line under them. */
export const DEFAULT_STATUS_CARDS = 200;

/** One card of the board: a row with its derived state as badges, ranked by attention score. */
export interface StatusCard {
  key: string;
  title: string;
  path: string;
  /** The item's kind, or null for a note that is not a Vault Stack item. */
  kind: string | null;
  /** The highest attention score of the item (0 when nothing needs the user). */
  score: number;
  severity: AttentionSeverity | null;
  /** What needs the user, most pressing first (`overdue by 3 days`). */
  reasons: string[];
  badges: StatusBadge[];
  /** The Base's visible properties with a value on this row. */
  properties: Array<{ name: string; value: string }>;
  signature: string;
}

/** What the status board draws. */
export interface BaseStatusModel {
  cards: StatusCard[];
  /** Cards left out by `maxCards`. */
  hidden: number;
}

/** Options of the status board. */
export interface BaseStatusOptions {
  index: ItemIndex;
  today: string;
  now: string;
  /** The Base's visible properties, shown on every card that has a value. */
  properties: readonly BaseProperty[];
  /**
   * The latest health observation of an item, when the host keeps them (DESIGN.md §5); the
   * board shows `up`, `down` or `health unknown` from it. Without it no health badge is drawn.
   */
  observedHealth?: (path: string) => Observation | undefined;
  maxCards?: number;
}

/**
 * The status board of a Base: every row as a card with its kind's derived state (urgency,
 * streak, backup freshness, rotation, expiries, observed health) as badges, sorted by attention
 * score (highest first), then title and path. Notes that are not items get a card with their
 * properties and no badges.
 * @example buildBaseStatus(rows, { index, today: '2026-11-28', now: '2026-11-28T09:00', properties: [] }).cards[0]?.reasons
 */
export function buildBaseStatus(rows: readonly BaseRow[], options: BaseStatusOptions): BaseStatusModel {
  const ranked = rows.map((row) => {
    const entries = row.item ? itemAttention(options.index, row.item, options) : [];
    return { row, entries, score: entries[0]?.score ?? 0 };
  });
  ranked.sort((a, b) => b.score - a.score || compare(a.row.title, b.row.title) || compare(a.row.path, b.row.path));
  const max = options.maxCards ?? DEFAULT_STATUS_CARDS;
  const cards = ranked.slice(0, max).map(({ row, entries, score }): StatusCard => {
    const badges = row.item ? itemBadges(options.index, row.item, options.today, options.now) : [];
    const health = row.item ? options.observedHealth?.(row.path) : undefined;
    if (health) badges.unshift(healthBadge(health));
    const properties = options.properties
      .map((p) => ({ name: p.name, value: valueText(row.value(p.id)) }))
      .filter((p) => p.value !== '');
    const reasons = entries.map((e) => e.reason);
    return {
      key: row.path,
      title: row.title,
      path: row.path,
      kind: row.item?.kind ?? null,
      score,
      severity: entries[0]?.severity ?? null,
      reasons,
      badges,
      properties,
      signature: JSON.stringify([row.title, row.item?.kind, score, reasons, badges, properties]),
    };
  });
  return { cards, hidden: ranked.length - cards.length };
}

function healthBadge(o: Observation): StatusBadge {
  if (o.status === 'ok') return { text: 'up', tone: 'ok', title: `${o.detail} (${o.at})` };
  if (o.status === 'failed') return { text: 'down', tone: 'critical', title: `${o.detail} (${o.at})` };
  return { text: 'health unknown', tone: 'muted', title: `${o.detail} (${o.at})` };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
