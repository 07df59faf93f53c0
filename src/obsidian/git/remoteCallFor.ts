import { requestUrl, type App } from 'obsidian';
import type { RemoteCall } from '../../git/GitRepo';
import { tokenAuth } from '../../git/remote/credentials';
import type { GitSettings } from '../../settings/settings';
import { requestUrlHttp } from '../requestUrlHttp';

/**
 * How a pull or push reaches the remote from inside Obsidian: `requestUrl` as the http client,
 * the remote URL from settings (saved as `origin` by the repository once the remote answered,
 * never with credentials), and the token read from `app.secretStorage` under the name the
 * settings hold, at the moment of the operation. The token travels only in request headers;
 * nothing secret is written to the vault or data.json.
 */
export function remoteCallFor(app: App, git: GitSettings): RemoteCall {
  const token = git.tokenSecret === '' ? null : app.secretStorage.getSecret(git.tokenSecret);
  const credentials =
    token === null || token === '' ? null : { username: git.username === '' ? 'git' : git.username, token };
  const url = git.remoteUrl.trim();
  return { http: requestUrlHttp(requestUrl), onAuth: tokenAuth(credentials), ...(url === '' ? {} : { url }) };
}
