import { Notice, type Command } from 'obsidian';
import { writeCalendarFile } from '../obsidian/calendarFile';
import type { PluginContext } from '../obsidian/PluginContext';
import { reportFailure } from '../obsidian/reportFailure';

/** Writes the calendar (ICS) to the file named in the settings, `stack.ics` at the vault root by default. */
export function exportCalendarCommand(ctx: PluginContext): Command {
  return {
    id: 'export-calendar-ics',
    name: 'Export calendar (ICS)',
    callback: () => {
      const path = ctx.settings().calendar.path;
      writeCalendarFile(ctx.app, ctx.source.index, path, ctx.clock).then(
        ({ outcome, events }) => {
          if (outcome === 'blocked') return;
          const count = `${events} ${events === 1 ? 'event' : 'events'}`;
          new Notice(outcome === 'unchanged' ? `${path} is up to date (${count}).` : `Wrote ${path} (${count}).`);
        },
        (error: unknown) => reportFailure(`Could not write ${path}`, error),
      );
    },
  };
}
