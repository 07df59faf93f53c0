import { join } from 'node:path';
import type { GitIdentity } from '../../git/targetedCommit';
import type { ConfigText } from './gitConfigValues';
import { gitConfigValues, readConfigText } from './gitConfigValues';

/** Who commits when neither the environment nor git's config says. */
export const DEFAULT_IDENTITY: GitIdentity = { name: 'Vault Stack', email: 'vault-stack@localhost' };

/**
 * The commit author as git itself would choose it: `GIT_AUTHOR_NAME`/`GIT_AUTHOR_EMAIL`, then
 * `user.name`/`user.email` from the repository's `.git/config`, then the global config
 * (`GIT_CONFIG_GLOBAL` when set, else `~/.gitconfig` over `$XDG_CONFIG_HOME/git/config`), then
 * {@link DEFAULT_IDENTITY}. Name and email are looked up independently, as git does. Config files
 * are read through `read` (the CLI's reads each once per run).
 */
export function gitIdentity(
  env: Readonly<Record<string, string | undefined>>,
  gitdir: string,
  read: ConfigText = readConfigText,
): GitIdentity {
  const files = [...globalConfigFiles(env), join(gitdir, 'config')];
  const user = new Map<string, string>();
  for (const file of files) for (const [key, value] of gitConfigValues(file, 'user', read)) user.set(key, value);
  const pick = (fromEnv: string | undefined, key: string, fallback: string): string =>
    nonEmpty(fromEnv) ?? nonEmpty(user.get(key)) ?? fallback;
  return {
    name: pick(env.GIT_AUTHOR_NAME, 'name', DEFAULT_IDENTITY.name),
    email: pick(env.GIT_AUTHOR_EMAIL, 'email', DEFAULT_IDENTITY.email),
  };
}

/** Git's global config files, lowest precedence first. */
export function globalConfigFiles(env: Readonly<Record<string, string | undefined>>): string[] {
  const only = nonEmpty(env.GIT_CONFIG_GLOBAL);
  if (only !== undefined) return [only];
  const home = nonEmpty(env.HOME);
  const xdg = nonEmpty(env.XDG_CONFIG_HOME) ?? (home === undefined ? undefined : join(home, '.config'));
  return [
    ...(xdg === undefined ? [] : [join(xdg, 'git', 'config')]),
    ...(home === undefined ? [] : [join(home, '.gitconfig')]),
  ];
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}
