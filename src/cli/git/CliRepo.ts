import * as nodeFs from 'node:fs';
import { join, resolve } from 'node:path';
import { setTimeout as wait } from 'node:timers/promises';
import { GitRepo } from '../../git/GitRepo';
import { CliError } from '../CliError';
import type { CliIo } from '../io';
import type { ConfigText } from './gitConfigValues';
import { configTextOnce } from './gitConfigValues';
import { gitIdentity } from './gitIdentity';
import { globalExcludesFile } from './globalExcludes';
import { syncFs } from './syncFs';
import { nodeCodec } from './nodeCodec';
import { nodeProcesses } from './nodeProcesses';

/** A vault folder opened for git commands: its absolute root and its repository over node's fs. */
export interface CliRepo {
  dir: string;
  /** The vault's Obsidian config folder (found, not assumed); `null` when the vault has none. */
  configDir: string | null;
  fs: typeof nodeFs;
  repo: GitRepo;
  /** The global excludes file git reads for this vault (see {@link globalExcludesFile}), resolved on first use. */
  excludesFile: () => string | null;
}

/** Git's config files as read in one run (one {@link CliIo}): each at most once, however many repositories the command opens. */
const runConfigs = new WeakMap<CliIo, ConfigText>();

/**
 * Opens the vault folder `vault` (relative to the working folder) as a repository. The author is
 * chosen as git chooses it (see {@link gitIdentity}), at each commit; ignore checks read git's
 * global excludes file too ({@link globalExcludesFile}). A missing folder is a CliError (exit 2).
 */
export function openCliRepo(io: CliIo, vault: string, configDirOverride?: string): CliRepo {
  const dir = resolve(io.cwd, vault);
  const stat = nodeFs.statSync(dir, { throwIfNoEntry: false });
  if (!stat) throw new CliError('VAULT_NOT_FOUND', `vault folder not found: ${dir}`);
  if (!stat.isDirectory()) throw new CliError('VAULT_NOT_A_FOLDER', `not a folder: ${dir}`);
  const configDir = configDirOverride ?? findConfigDir(dir);
  const read = runConfigs.get(io) ?? configTextOnce();
  runConfigs.set(io, read);
  const gitdir = join(dir, '.git');
  let excludes: string | null | undefined;
  const excludesFile = (): string | null =>
    excludes === undefined ? (excludes = globalExcludesFile(io.env, dir, gitdir, read)) : excludes;
  const repo = new GitRepo({
    fs: syncFs,
    dir,
    // Only init writes config-folder rules (it checks for null first); other operations never read it.
    configDir: configDir ?? '',
    codec: nodeCodec,
    now: () => io.now(),
    author: () => gitIdentity(io.env, gitdir, read),
    sleep: (ms) => wait(ms),
    processes: nodeProcesses,
    excludesFile,
  });
  return { dir, configDir, fs: syncFs, repo, excludesFile };
}

/** Throws a CliError (exit 2) unless the vault is already a repository. */
export async function requireRepository(cli: CliRepo): Promise<void> {
  if (!(await cli.repo.isRepository())) {
    throw new CliError('USAGE', `not a git repository: ${cli.dir}`, 'run `vault-stack init` first');
  }
}

/** The dot-folder holding Obsidian's `app.json` or `plugins/`, or `null` when the vault was never opened in Obsidian. */
export function findConfigDir(dir: string): string | null {
  const names = nodeFs
    .readdirSync(dir)
    .filter((n) => n.startsWith('.') && n !== '.git' && n !== '.trash')
    .sort();
  return (
    names.find((n) => nodeFs.existsSync(join(dir, n, 'app.json')) || nodeFs.existsSync(join(dir, n, 'plugins'))) ?? null
  );
}
