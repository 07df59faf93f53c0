import { icsCalendar, icsComponents } from '../../core/formats/ics';
import { plural } from '../commands/vaultArgs';
import type { ExportFormat } from './ExportFormat';

/**
 * DTSTAMP for an export at the local moment `now` (`YYYY-MM-DDTHH:mm`): that moment in UTC,
 * `20261203T065300Z`. `--today`/`--now` fix it, so the same vault gives the same bytes.
 */
export function icsStamp(now: string): string {
  const [y, mo, d, h, mi] = now.split(/[-T:]/).map(Number);
  const iso = new Date(y ?? 1970, (mo ?? 1) - 1, d ?? 1, h ?? 0, mi ?? 0).toISOString();
  return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`;
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
    const components = icsComponents(vault.index.items(), { stamp: icsStamp(now), todo });
    const events = components.filter((c) => c.type === 'VEVENT').length;
    return {
      type: 'document',
      text: icsCalendar(components, 'Vault Stack', true),
      summary: `calendar: ${plural(events, 'event')}${todo ? `, ${plural(components.length - events, 'to-do')}` : ''}`,
    };
  },
};
