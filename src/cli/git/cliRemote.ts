import http from 'isomorphic-git/http/node';
import { joinPath } from '../../git/GitFs';
import { credentialsFromEnv, tokenAuth } from '../../git/remote/credentials';
import type { RemoteOptions } from '../../git/remote/RemoteOptions';
import { setRemote } from '../../git/remote/remoteConfig';
import type { FlagSpec } from '../args';
import type { CliIo } from '../io';
import type { CliRepo } from './CliRepo';

/** `--remote URL`, for pull and push. */
export const REMOTE_FLAGS: Record<string, FlagSpec> = {
  remote: { type: 'string', placeholder: 'URL', description: "use URL as the vault's origin (saved in .git/config; never put a token in it)" },
  json: { type: 'boolean', description: 'print JSON instead of text' },
};

/**
 * Remote options for the CLI: node's http, the token from `VAULT_STACK_GIT_TOKEN` (user from
 * `VAULT_STACK_GIT_USER`), sent only in request headers. `--remote URL` sets `origin` first.
 */
export async function cliRemoteOptions(cli: CliRepo, io: CliIo, remoteUrl: string | boolean | undefined): Promise<RemoteOptions> {
  const gitdir = joinPath(cli.dir, '.git');
  if (typeof remoteUrl === 'string') await setRemote({ fs: cli.fs, dir: cli.dir, gitdir, cache: {} }, 'origin', remoteUrl);
  return { fs: cli.fs, http, dir: cli.dir, gitdir, remote: 'origin', onAuth: tokenAuth(credentialsFromEnv(io.env)) };
}
