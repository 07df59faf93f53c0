import type { Command } from 'obsidian';
import { planTaskwarriorImport } from '../core/formats/planTaskwarriorImport';
import { systemTimeZone } from '../node/systemTimeZone';
import type { PluginContext } from '../obsidian/PluginContext';
import { importFileCommand } from './importFileCommand';

/** Picks a `task export` JSON file, previews what it creates, updates and leaves in conflict, then applies it. */
export function importTaskwarriorCommand(ctx: PluginContext): Command {
  return importFileCommand(ctx, {
    id: 'import-taskwarrior',
    name: 'Import Taskwarrior tasks…',
    title: 'Import Taskwarrior tasks',
    description: 'Choose the JSON file that `task export` wrote. Nothing changes before you confirm.',
    accept: '.json,application/json',
    kind: 'task',
    format: 'taskwarrior',
    plan: (text, vault) => planTaskwarriorImport(text, vault, systemTimeZone),
  });
}
