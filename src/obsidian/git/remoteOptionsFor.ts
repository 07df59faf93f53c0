import { requestUrl } from 'obsidian';
import { joinPath } from '../../git/GitFs';
import { tokenAuth } from '../../git/remote/credentials';
import type { RemoteOptions } from '../../git/remote/RemoteOptions';
import { setRemote } from '../../git/remote/remoteConfig';
import { requestUrlHttp } from '../requestUrlHttp';
import { VAULT_DIR, type VersioningController } from './VersioningController';

/**
 * Remote options for a push or pull from inside Obsidian: `requestUrl` as the http client, the
 * remote URL from settings saved as `origin` (never with credentials), and the token read from
 * `app.secretStorage` under the name the settings hold, at the moment of the operation. The token
 * travels only in request headers; nothing secret is written to the vault or data.json.
 */
export async function remoteOptionsFor(v: VersioningController): Promise<RemoteOptions> {
  const git = v.settings().git;
  const gitdir = joinPath(VAULT_DIR, '.git');
  if (git.remoteUrl.trim() !== '') {
    await v.repo.queue.run(() => setRemote({ fs: v.fs, dir: VAULT_DIR, gitdir, cache: {} }, 'origin', git.remoteUrl.trim()));
  }
  const token = git.tokenSecret === '' ? null : v.app.secretStorage.getSecret(git.tokenSecret);
  const credentials = token === null || token === '' ? null : { username: git.username === '' ? 'git' : git.username, token };
  return { fs: v.fs, http: requestUrlHttp(requestUrl), dir: VAULT_DIR, gitdir, remote: 'origin', onAuth: tokenAuth(credentials) };
}
