import { RemoteError } from './RemoteError';

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
]);

interface IsoGitErrorShape {
  code?: unknown;
  message?: unknown;
  data?: { statusCode?: unknown; statusMessage?: unknown };
}

/**
 * Labels an error from isomorphic-git or the http client as a `RemoteError` with a stable code
 * (auth, not found, unreachable, HTTP); anything else is returned unchanged to be rethrown.
 */
export function toRemoteError(err: unknown, caller: string): unknown {
  if (err instanceof RemoteError) return err;
  const e = (err ?? {}) as IsoGitErrorShape;
  const message = typeof e.message === 'string' ? e.message : '';
  if (e.code === 'HttpError') {
    const status = Number(e.data?.statusCode);
    if (status === 401 || status === 403) {
      return new RemoteError(
        'AUTH_FAILED',
        `The remote refused the credentials (HTTP ${status}): check the user name and token.`,
        caller,
        err,
      );
    }
    if (status === 404)
      return new RemoteError('REMOTE_NOT_FOUND', 'No repository at the remote URL (HTTP 404).', caller, err);
    return new RemoteError('REMOTE_HTTP_ERROR', `The remote answered HTTP ${status}.`, caller, err);
  }
  if (e.code === 'UserCanceledError') {
    return new RemoteError('AUTH_FAILED', 'The remote needs credentials and none were given.', caller, err);
  }
  if (e.code === 'SmartHttpError') {
    return new RemoteError('REMOTE_HTTP_ERROR', 'The remote URL does not answer like a git server.', caller, err);
  }
  if (
    (typeof e.code === 'string' && NETWORK_CODES.has(e.code)) ||
    /net::ERR_|ECONNREFUSED|ENOTFOUND|socket hang up|Failed to fetch/.test(message)
  ) {
    return new RemoteError('REMOTE_UNREACHABLE', `The remote could not be reached: ${message}`, caller, err);
  }
  return err;
}
