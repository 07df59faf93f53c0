import { RemoteError } from './RemoteError';
import { assertNoCredentialsInUrl } from './credentials';

/** The URL schemes isomorphic-git can talk to (it has no local, file or ssh transport). */
export const SUPPORTED_SCHEMES: readonly string[] = ['http', 'https'];

/**
 * Throws `UNSUPPORTED_URL` for a remote URL that is not http(s) — a local path, `file://`,
 * `ssh://`, `git@host:repo` — and `CREDENTIALS_IN_URL` for one carrying credentials.
 */
export function assertUsableRemoteUrl(url: string, caller: string): void {
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(url)?.[1]?.toLowerCase();
  if (scheme === undefined || !SUPPORTED_SCHEMES.includes(scheme)) {
    const what = scheme === undefined ? 'is not a URL (a local path or an ssh address)' : `uses ${scheme}://`;
    throw new RemoteError(
      'UNSUPPORTED_URL',
      `The remote ${url} ${what}; only ${SUPPORTED_SCHEMES.join(' and ')} remotes are supported.`,
      caller,
    );
  }
  assertNoCredentialsInUrl(url, caller);
}
