import { attentionCommand } from './attention';
import { backupCommand } from './backup';
import { bootstrapCommand } from './bootstrap';
import { checkCommand } from './check';
import { commitCommand } from './commit';
import { exportCommand } from './export';
import { hookCommand } from './hook';
import { impactCommand } from './impact';
import { importCommand } from './import';
import { initCommand } from './init';
import type { Command } from './Command';
import { listCommand } from './list';
import { logCommand } from './log';
import { overviewCommand } from './overview';
import { publishCommand } from './publish';
import { pullCommand } from './pull';
import { pushCommand } from './push';
import { queryCommand } from './query';
import { renderCommand } from './render';
import { verifyCommand } from './verify';
import { timeCommand } from './time';

/** Every command the CLI runs, in help order. Add a command here (one file per command). */
export const COMMANDS: readonly Command[] = [
  checkCommand,
  listCommand,
  attentionCommand,
  renderCommand,
  queryCommand,
  overviewCommand,
  bootstrapCommand,
  impactCommand,
  backupCommand,
  verifyCommand,
  exportCommand,
  importCommand,
  publishCommand,
  timeCommand,
  initCommand,
  commitCommand,
  logCommand,
  pullCommand,
  pushCommand,
  hookCommand,
];

/** Commands DESIGN.md plans that this version does not have yet: named in the error, not run. */
export const PLANNED_COMMANDS: readonly string[] = [];

/** The command called `name`, if there is one. */
export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((c) => c.name === name);
}
