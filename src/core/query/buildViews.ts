import { formatMinutes } from './calendar';
import type { EvalEnv } from './Compiled';
import type { Heatmap, PropertyRef, Query, Row, TimelineEntry } from './Query';
import { readProperty } from './properties';
import { isDate, type DateValue, type Value } from './Value';

const HEATMAP_DAYS = 365;

function datesIn(v: Value): DateValue[] {
  if (isDate(v)) return [v];
  return Array.isArray(v) ? v.filter(isDate) : [];
}

/**
 * The heatmap of a year of days ending today: per day, how many dates the rows' date properties hold
 * (`dates:`, default `log`, a habit's list of days done). Dates outside the year are ignored.
 */
export function buildHeatmap(query: Query, rows: readonly Row[], env: EvalEnv): Heatmap {
  const endDay = Math.floor(env.today.minutes / 1440);
  const startDay = endDay - HEATMAP_DAYS + 1;
  const counts = new Array<number>(HEATMAP_DAYS).fill(0);
  const sources: readonly PropertyRef[] =
    query.dates.length > 0 ? query.dates : [{ id: 'log', fn: (item, e) => readProperty(item, 'log', e) }];
  for (const row of rows) {
    for (const source of sources) {
      for (const d of datesIn(source.fn(row.item, env))) {
        const day = Math.floor(d.minutes / 1440);
        if (day >= startDay && day <= endDay) counts[day - startDay]++;
      }
    }
  }
  const days = counts.map((count, i) => ({ date: formatMinutes((startDay + i) * 1440, false), count }));
  return { start: days[0].date, end: days[days.length - 1].date, days, max: Math.max(0, ...counts) };
}

/**
 * Timeline entries: every date the rows hold in the `dates:` properties (default: the columns), one
 * entry per date, ordered by date; rows keep their order among equal dates.
 */
export function buildTimeline(query: Query, rows: readonly Row[], env: EvalEnv): TimelineEntry[] {
  const entries: { minutes: number; entry: TimelineEntry }[] = [];
  const fromColumns = query.dates.length === 0;
  for (const row of rows) {
    const sources = fromColumns
      ? query.columns.map((c, i) => ({ id: c.id, value: row.values[i] }))
      : query.dates.map((d) => ({ id: d.id, value: d.fn(row.item, env) }));
    for (const { id, value } of sources) {
      for (const d of datesIn(value)) {
        entries.push({
          minutes: d.minutes,
          entry: { date: formatMinutes(d.minutes, d.hasTime), property: id, item: row.item },
        });
      }
    }
  }
  entries.sort((a, b) => a.minutes - b.minutes);
  return entries.map((e) => e.entry);
}
