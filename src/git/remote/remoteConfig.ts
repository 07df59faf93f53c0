import { parseConfigValue } from '../configValue';
import { readTextOrNull } from '../GitFs';
import { currentBranch } from '../refs';
import type { RepoContext } from '../RepoContext';
import { RemoteError } from './RemoteError';
import { assertUsableRemoteUrl } from './supportedUrl';

/** The current branch, or `DETACHED_HEAD`. */
export async function resolveBranch(store: RepoContext, caller: string): Promise<string> {
  const branch = await currentBranch(store);
  if (branch === null)
    throw new RemoteError('DETACHED_HEAD', 'HEAD is not on a branch: check out a branch first.', caller);
  return branch;
}

/** The URL configured for a remote, or `NO_REMOTE`. */
export async function resolveRemoteUrl(store: RepoContext, remote: string, caller: string): Promise<string> {
  const text = (await readTextOrNull(store.fs, `${store.gitdir}/config`)) ?? '';
  const url = remoteUrl(text, remote);
  if (url === null || url === '')
    throw new RemoteError('NO_REMOTE', `No remote named "${remote}" is configured.`, caller);
  return url;
}

/**
 * Adds or changes a remote's URL (and its default fetch refspec), as `git remote add` or `git
 * remote set-url` would, leaving the rest of `.git/config` as it was. Refuses a URL with
 * credentials in it (`CREDENTIALS_IN_URL`): the token is passed per operation, never stored in
 * `.git/config`; and one that is not http(s) (`UNSUPPORTED_URL`).
 */
export async function setRemote(store: RepoContext, remote: string, url: string): Promise<void> {
  assertUsableRemoteUrl(url, 'setRemote');
  const path = `${store.gitdir}/config`;
  const text = (await readTextOrNull(store.fs, path)) ?? '';
  const lines = text === '' ? [] : text.replace(/\n$/, '').split('\n');
  const settings = [`\turl = ${quoteValue(url)}`, `\tfetch = +refs/heads/*:refs/remotes/${remote}/*`];
  const header = lines.findIndex((line) => sectionOf(line) === `remote\0${remote}`);
  if (header < 0) lines.push(`[remote "${remote}"]`, ...settings);
  else {
    let end = header + 1;
    while (end < lines.length && sectionOf(lines[end]) === null) end++;
    // The section's own url and fetch lines give way to the new ones; its other keys stay.
    const kept = lines.slice(header + 1, end).filter((line) => !/^\s*(url|fetch)\s*(=|$)/i.test(line));
    lines.splice(header + 1, end - header - 1, ...settings, ...kept);
  }
  await store.fs.promises.writeFile(path, `${lines.join('\n')}\n`, 'utf8');
}

/** `remote.<name>.url` from a git config file's text (the last one, as git reads it), or `null`. */
export function remoteUrl(text: string, remote: string): string | null {
  let section: string | null = null;
  let url: string | null = null;
  for (const line of text.split('\n')) {
    section = sectionOf(line) ?? section;
    if (section !== `remote\0${remote}`) continue;
    const match = /^\s*url\s*=\s*(.*)$/i.exec(line);
    if (match) url = parseConfigValue(match[1]);
  }
  return url;
}

/** `name\0subsection` for a section header line (`[remote "origin"]`), else `null`. */
function sectionOf(line: string): string | null {
  const match = /^\s*\[\s*([A-Za-z0-9.-]+)(?:\s+"((?:[^"\\]|\\.)*)")?\s*\]/.exec(line);
  if (match === null) return null;
  const [name, ...legacy] = match[1].split('.');
  const sub = match[2] !== undefined ? match[2].replace(/\\(.)/g, '$1') : legacy.join('.').toLowerCase();
  return `${name.toLowerCase()}\0${sub}`;
}

/** A value written so git reads it back unchanged (quoted when it holds a comment sign, quote or backslash). */
function quoteValue(value: string): string {
  return /[;#"\\]|^\s|\s$/.test(value) ? `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"` : value;
}
