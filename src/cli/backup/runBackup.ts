import { backupRunOutcome, type BackupRunOutcome } from '../../core/observe/backupRunOutcome';
import { passwordCommand } from '../../core/observe/passwordCommand';
import { passwordSecret } from '../../core/observe/passwordSecret';
import { passwordEnv } from '../../core/observe/SnapshotObserver';
import type { Item, KindData } from '../../core/model/Item';
import type { ItemIndex } from '../../core/index/ItemIndex';
import { nodeProcessHost } from '../../node/nodeProcessHost';
import type { CliIo } from '../io';
import { CLI_NODE_MODULES } from '../observe/processObservers';

/**
 * Runs a backup command with the job's password given as `RESTIC_PASSWORD_COMMAND` or
 * `BORG_PASSCOMMAND` (so the command line holds none), its output shown as it comes and its stdin
 * the terminal's, and judges how it went. A password that cannot be given is a warning: the
 * command may bring its own.
 */
export async function runBackup(
  io: CliIo,
  index: ItemIndex,
  job: Item,
  command: readonly string[],
): Promise<BackupRunOutcome> {
  const data = job.data as KindData['backup'];
  let env: Record<string, string | undefined> = {};
  if (data.tool === 'restic' || data.tool === 'borg') {
    const given = passwordEnv({ index, env: io.env }, job, data.tool);
    if (typeof given !== 'string') env = given;
    else if (hasPasswordSecret(index, job)) io.stderr(`vault-stack: warning: ${given}; running without it\n`);
  }
  const host = nodeProcessHost(CLI_NODE_MODULES, io.env);
  const result = await host.run(command[0], command.slice(1), {
    env,
    inheritStdin: true,
    echo: (stream, text) => (stream === 'stdout' ? io.stdout(text) : io.stderr(text)),
  });
  return backupRunOutcome(data.tool, result, command[0]);
}

/** Whether the vault names a password secret for the job (so one that cannot be used deserves a warning). */
function hasPasswordSecret(index: ItemIndex, job: Item): boolean {
  const found = passwordSecret(index, job);
  return found.ok === false || (found.ok === true && !passwordCommand(found.secret).ok);
}
