/** Where a backup repository is: a folder on this machine (absolute), or somewhere only the tool can reach. */
export type RepositoryLocation = { local: true; path: string } | { local: false; location: string };

/**
 * Reads a job's `repository` as restic and borg write it: `/path`, `~/path`, restic's `local:/path`,
 * borg's `file:///path`, or a path relative to `root` (the vault folder) are local; `sftp:…`,
 * `rest:…`, `s3:…`, `ssh://…` and borg's `user@host:path` are remote. The tool gets the path as given
 * (with `~` and a relative path made absolute), so its own rules still apply.
 * @example repositoryLocation('local:~/backups/restic', { HOME: '/home/me' }) // { local: true, path: '/home/me/backups/restic' }
 */
export function repositoryLocation(
  repository: string,
  env: Readonly<Record<string, string | undefined>>,
  root?: string,
): RepositoryLocation {
  let text = repository.trim();
  if (text.startsWith('local:')) text = text.slice('local:'.length);
  else if (text.startsWith('file://')) text = text.slice('file://'.length);
  else if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(text) || /^[^/]*@[^/]*:/.test(text))
    return { local: false, location: text };
  if (text === '~' || text.startsWith('~/')) {
    const home = env.HOME;
    return home ? { local: true, path: joinPath(home, text.slice(2)) } : { local: false, location: text };
  }
  if (text.startsWith('/') || root === undefined) return { local: true, path: text };
  return { local: true, path: joinPath(root, text) };
}

/** `base/rest` with one slash between, for POSIX paths. */
export function joinPath(base: string, rest: string): string {
  if (rest === '') return base;
  return `${base.replace(/\/+$/, '')}/${rest.replace(/^\.\//, '')}`;
}
