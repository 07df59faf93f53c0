import type { HttpClient } from 'isomorphic-git';
import type { RemoteCall } from '../../git/GitRepo';
import { credentialsFromEnv, tokenAuth } from '../../git/remote/credentials';
import type { FlagSpec } from '../args';
import type { CliIo } from '../io';
import type { GitProgress } from './gitProgress';

/** `--remote URL`, for pull and push. */
export const REMOTE_FLAGS: Record<string, FlagSpec> = {
  remote: {
    type: 'string',
    placeholder: 'URL',
    description:
      "use the http(s) URL as the vault's origin (saved in .git/config once it worked; never put a token in it)",
  },
  json: { type: 'boolean', description: 'print JSON instead of text' },
};

/**
 * isomorphic-git's node client, loaded on the first request: it pulls in node's http, https, tls
 * and streams, which every other command would otherwise load at start-up for nothing.
 */
const http: HttpClient = {
  request: async (request) => (await import('isomorphic-git/http/node')).default.request(request),
};

/**
 * How the CLI reaches the remote: node's http, the token from `VAULT_STACK_GIT_TOKEN` (user from
 * `VAULT_STACK_GIT_USER`), sent only in request headers, and `--remote URL` when given (saved as
 * `origin` by the repository only after the remote answered).
 */
export function cliRemoteCall(io: CliIo, remoteUrl: string | boolean | undefined, progress: GitProgress): RemoteCall {
  return {
    http,
    onAuth: tokenAuth(credentialsFromEnv(io.env)),
    ...(typeof remoteUrl === 'string' ? { url: remoteUrl } : {}),
    onProgress: (event) => progress.report(event),
  };
}
