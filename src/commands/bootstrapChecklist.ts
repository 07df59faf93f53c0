import type { Command } from 'obsidian';
import { BOOTSTRAP_REGION, bootstrapChecklist, bootstrapNotePath } from '../core/bootstrap/bootstrapChecklist';
import type { PluginContext } from '../obsidian/PluginContext';
import { writeGeneratedNote } from '../obsidian/writeGeneratedNote';

/** Writes (or updates) the bootstrap checklist of the device whose note is open, and opens it. */
export function bootstrapChecklistCommand(ctx: PluginContext): Command {
  return {
    id: 'bootstrap-checklist',
    name: 'Bootstrap checklist for this device',
    checkCallback: (checking) => {
      const path = ctx.app.workspace.getActiveFile()?.path;
      const device = path === undefined ? undefined : ctx.source.index.get(path);
      if (device === undefined || device.kind !== 'device') return false;
      if (checking) return true;
      const content = bootstrapChecklist(ctx.source.index, device.path);
      if (content === null) return false;
      const target = bootstrapNotePath(device.path);
      void writeGeneratedNote(ctx.app, {
        path: target,
        region: BOOTSTRAP_REGION,
        content,
        heading: `Bootstrap ${device.title}`,
      }).then(async (outcome) => {
        if (outcome !== 'broken') await ctx.app.workspace.openLinkText(target, '', false, { active: true });
      });
      return true;
    },
  };
}
