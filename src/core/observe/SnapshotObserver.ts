import type { Item, KindData } from '../model/Item';
import type { Observation, ObserveContext, Observer } from './Observation';
import type { ProcessHost, RunOptions } from './ProcessHost';
import { newestBorgArchive, newestResticSnapshot, type SnapshotListing } from './newestSnapshot';
import { passwordCommand } from './passwordCommand';
import { passwordSecret } from './passwordSecret';
import { repositoryLocation } from './repositoryLocation';
import { snapshotFreshness } from './snapshotFreshness';
import { toolFailure } from './toolFailure';

/** How long one listing may take before it counts as failed. */
export const SNAPSHOT_TIMEOUT_MS = 120_000;

/** The environment variable that lets observers reach remote repositories (ssh, sftp, rest, s3, …). */
export const REMOTE_BACKUPS_ENV = 'VAULT_STACK_REMOTE_BACKUPS';

const PASSWORD_ENV: Record<'restic' | 'borg', readonly string[]> = {
  restic: ['RESTIC_PASSWORD', 'RESTIC_PASSWORD_FILE', 'RESTIC_PASSWORD_COMMAND'],
  borg: ['BORG_PASSPHRASE', 'BORG_PASSCOMMAND', 'BORG_PASSPHRASE_FD'],
};

/**
 * Reads the newest snapshot of every restic and borg job's repository (`restic snapshots --json
 * --latest 1`, `borg list --json --last 1`), the password coming from the job's secret through a
 * password command, and judges it by the job's cadence (DESIGN.md §5). Local repositories are read;
 * remote ones only when `VAULT_STACK_REMOTE_BACKUPS=1`, so a verify never dials out unasked.
 */
export class SnapshotObserver implements Observer {
  readonly check = 'snapshot' as const;

  constructor(private readonly host: ProcessHost) {}

  /** One observation per restic or borg job with a repository. */
  async observe(ctx: ObserveContext): Promise<Observation[]> {
    const jobs = ctx.index
      .items()
      .filter((item) => item.data.type === 'backup' && isObservable(item.data))
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const out: Observation[] = [];
    for (const job of jobs) {
      ctx.progress?.('backups', out.length, jobs.length);
      out.push(await this.observeJob(ctx, job, job.data as KindData['backup']));
    }
    if (jobs.length > 0) ctx.progress?.('backups', jobs.length, jobs.length);
    return out;
  }

  private async observeJob(ctx: ObserveContext, job: Item, data: KindData['backup']): Promise<Observation> {
    const seen = (status: Observation['status'], detail: string, facts?: Observation['facts']): Observation => ({
      path: job.path,
      check: this.check,
      status,
      at: ctx.now,
      detail,
      ...(facts ? { facts } : {}),
    });
    const tool = data.tool as 'restic' | 'borg';
    const where = repositoryLocation(data.repository ?? '', ctx.env, ctx.root);
    if (!where.local && ctx.env[REMOTE_BACKUPS_ENV] !== '1')
      return seen('unknown', `remote repository not read; set ${REMOTE_BACKUPS_ENV}=1 to let ${tool} reach it`);
    if (where.local && !(await this.host.exists(where.path)))
      return seen('failed', `no repository at ${where.path}: check the job's \`repository\``);
    const env = passwordEnv(ctx, job, tool);
    if (typeof env === 'string') return seen('unknown', env);
    const repository = where.local ? where.path : where.location;
    const listing = await this.list(tool, repository, env);
    if (!listing.ok) return seen('failed', listing.reason);
    const judged = snapshotFreshness(data, listing.newest, ctx.now);
    return seen(judged.status, judged.detail, judged.facts);
  }

  private async list(tool: 'restic' | 'borg', repository: string, env: RunOptions['env']): Promise<SnapshotListing> {
    const options = { env, timeoutMs: SNAPSHOT_TIMEOUT_MS };
    const result =
      tool === 'restic'
        ? await this.host.run(
            'restic',
            ['-r', repository, '--no-lock', 'snapshots', '--json', '--latest', '1'],
            options,
          )
        : await this.host.run('borg', ['list', '--json', '--last', '1', repository], options);
    if (result.code !== 0) return { ok: false, reason: toolFailure(tool, result) };
    return tool === 'restic'
      ? newestResticSnapshot(result.stdout, (ms) => this.host.localTime(ms))
      : newestBorgArchive(result.stdout);
  }
}

/** restic and borg jobs that name a repository: the others have nothing to list. */
function isObservable(data: KindData['backup']): boolean {
  return (data.tool === 'restic' || data.tool === 'borg') && (data.repository ?? '').trim() !== '';
}

/**
 * The environment that gives the tool the job's password (`RESTIC_PASSWORD_COMMAND`,
 * `BORG_PASSCOMMAND`), an empty one when the user's environment already holds a password for the
 * tool, or why the repository cannot be opened. A password from the secret replaces any in the environment.
 */
export function passwordEnv(
  ctx: Pick<ObserveContext, 'index' | 'env'>,
  job: Item,
  tool: 'restic' | 'borg',
): Record<string, string | undefined> | string {
  const found = passwordSecret(ctx.index, job);
  if (found.ok === 'none') {
    if (PASSWORD_ENV[tool].some((name) => ctx.env[name] !== undefined)) return {};
    return `no password: link the secret that holds it with \`password: "[[…]]"\` (or set ${PASSWORD_ENV[tool][0]})`;
  }
  if (!found.ok) return `no password: ${found.reason}`;
  const command = passwordCommand(found.secret);
  if (!command.ok) return `no password from ${found.path}: ${command.reason}`;
  // The tools prefer a password already in the environment to the command: those are removed.
  const unset = Object.fromEntries(PASSWORD_ENV[tool].map((name) => [name, undefined]));
  const name = tool === 'restic' ? 'RESTIC_PASSWORD_COMMAND' : 'BORG_PASSCOMMAND';
  return { ...unset, [name]: command.command, ...(tool === 'borg' ? { LC_ALL: 'C.UTF-8' } : {}) };
}
