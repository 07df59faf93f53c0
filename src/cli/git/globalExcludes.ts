import { join, resolve } from 'node:path';
import type { ConfigText } from './gitConfigValues';
import { gitConfigValues } from './gitConfigValues';
import { globalConfigFiles } from './gitIdentity';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * The global excludes file native git reads for the repository at `gitdir` with its working tree
 * at `dir` (gitignore(5)): `core.excludesFile` from the system config (`GIT_CONFIG_SYSTEM`, else
 * `/etc/gitconfig`, unless `GIT_CONFIG_NOSYSTEM`), the global config (see `globalConfigFiles`) and
 * `.git/config`, the last one set winning; a leading `~/` is the home folder, a relative path is
 * taken from the working tree's top (where git runs). Unset, it is `$XDG_CONFIG_HOME/git/ignore`,
 * else `~/.config/git/ignore`. `null` when there is none to read: set but empty, `~` without a
 * `HOME`, another user's `~name/`, or no home folder for the default. The file need not exist.
 * `[include]` and `includeIf` are not followed (as for the identity).
 * @example globalExcludesFile({ HOME: '/home/ada' }, '/vault', '/vault/.git', read) // → '/home/ada/.config/git/ignore'
 */
export function globalExcludesFile(env: Env, dir: string, gitdir: string, read: ConfigText): string | null {
  let value: string | undefined;
  for (const file of [...systemConfigFiles(env), ...globalConfigFiles(env), join(gitdir, 'config')]) {
    const set = gitConfigValues(file, 'core', read).get('excludesfile');
    if (set !== undefined) value = set;
  }
  const home = nonEmpty(env.HOME);
  if (value === undefined) {
    const xdg = nonEmpty(env.XDG_CONFIG_HOME) ?? (home === undefined ? undefined : join(home, '.config'));
    return xdg === undefined ? null : join(xdg, 'git', 'ignore');
  }
  if (value === '') return null;
  if (value === '~' || value.startsWith('~/')) return home === undefined ? null : join(home, value.slice(1));
  // `~name/`: git asks the password database; only the user's own home is known here.
  if (value.startsWith('~')) return null;
  return resolve(dir, value);
}

/** The system config file git reads, unless told not to. */
function systemConfigFiles(env: Env): string[] {
  if (/^(1|true|yes|on)$/i.test(env.GIT_CONFIG_NOSYSTEM ?? '')) return [];
  return [nonEmpty(env.GIT_CONFIG_SYSTEM) ?? '/etc/gitconfig'];
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}
