import { icsFeed } from '../../core/formats/ics';
import { icsUtcStamp } from '../../core/formats/icsText';
import { icsTodo } from '../../core/formats/icsTodo';
import { plural } from '../commands/vaultArgs';
import type { ExportFormat } from './ExportFormat';

/**
 * DTSTAMP for an export at the local moment `now` (`YYYY-MM-DDTHH:mm`, read as local time): that
 * moment in UTC, `20261203T065300Z`. `--today`/`--now` fix it, so the same vault gives the same bytes.
 */
export function icsStamp(now: string): string {
  return icsUtcStamp(new Date(now).toISOString());
}

/** `vault-stack export ics`: tasks and infra deadlines as an RFC 5545 calendar (`--todo`: tasks as VTODO). */
export const icsFormat: ExportFormat = {
  name: 'ics',
  summary: 'an iCalendar feed (RFC 5545): dated tasks as all-day events, infra deadlines with reminders',
  flags: {
    todo: { type: 'boolean', description: 'ics: tasks as VTODO with DUE (task apps) instead of all-day events' },
  },
  run({ vault, now, flags }) {
    const todo = flags.todo === true;
    const feed = icsFeed(vault.index.items(), { stamp: icsStamp(now), todo: todo ? icsTodo : undefined });
    return {
      type: 'document',
      text: feed.text,
      summary: `calendar: ${plural(feed.events, 'event')}${todo ? `, ${plural(feed.todos, 'to-do')}` : ''}`,
    };
  },
};
