import type { AuthCallback } from 'isomorphic-git';
import { RemoteError } from './RemoteError';

/** A token for an HTTP(S) remote, from wherever the host keeps it (Obsidian's secret storage, an env var). */
export interface RemoteCredentials {
  username: string;
  token: string;
}

/**
 * An isomorphic-git `onAuth` answering with the given credentials. They travel only in request
 * headers; nothing is written to `.git/config` or the vault.
 * @example pull({ ..., onAuth: tokenAuth({ username: 'me', token: process.env.VAULT_STACK_GIT_TOKEN ?? '' }) })
 */
export function tokenAuth(credentials: RemoteCredentials | null): AuthCallback {
  return () =>
    credentials === null ? { cancel: true } : { username: credentials.username, password: credentials.token };
}

/**
 * Credentials from the environment, for the CLI: `VAULT_STACK_GIT_TOKEN`, with the user name from
 * `VAULT_STACK_GIT_USER` (default `git`; hosts such as GitHub accept any name with a token).
 * Returns null when no token is set.
 */
export function credentialsFromEnv(env: Readonly<Record<string, string | undefined>>): RemoteCredentials | null {
  const token = env.VAULT_STACK_GIT_TOKEN;
  if (token === undefined || token === '') return null;
  const username = env.VAULT_STACK_GIT_USER;
  return { username: username === undefined || username === '' ? 'git' : username, token };
}

/** Whether a URL carries a user name or password (`https://user:token@host/…`). */
export function hasCredentialsInUrl(url: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*@/i.test(url);
}

/** Throws `CREDENTIALS_IN_URL` when a remote URL carries credentials. */
export function assertNoCredentialsInUrl(url: string, caller: string): void {
  if (hasCredentialsInUrl(url)) {
    throw new RemoteError(
      'CREDENTIALS_IN_URL',
      'The remote URL contains credentials. Remove them from the URL and store the token in secret storage instead.',
      caller,
    );
  }
}
