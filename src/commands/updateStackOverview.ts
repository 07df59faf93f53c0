import type { Command } from 'obsidian';
import { buildOverview, OVERVIEW_NOTE, OVERVIEW_REGION } from '../core/overview/buildOverview';
import type { PluginContext } from '../obsidian/PluginContext';
import { writeGeneratedNote } from '../obsidian/writeGeneratedNote';

/** Writes (or updates) the stack overview in `Stack overview.md` at the vault root. */
export function updateStackOverviewCommand(ctx: PluginContext): Command {
  return {
    id: 'update-stack-overview',
    name: 'Update stack overview',
    callback: () => {
      const content = buildOverview(ctx.source.index, {
        today: ctx.clock.today(),
        now: ctx.clock.now(),
        horizonDays: ctx.settings().horizonDays,
      });
      void writeGeneratedNote(ctx.app, {
        path: OVERVIEW_NOTE,
        region: OVERVIEW_REGION,
        content,
        heading: 'Stack overview',
      });
    },
  };
}
