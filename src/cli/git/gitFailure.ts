import { GitLayerError } from '../../git/errors';
import { RemoteError } from '../../git/remote/RemoteError';
import type { CliIo } from '../io';

/**
 * Prints a git-layer or remote failure as one line (`vault-stack: push: AUTH_FAILED: …`) and
 * returns exit code 2; anything else is rethrown for the CLI's own handling.
 */
export function reportGitFailure(io: CliIo, command: string, error: unknown): number {
  if (error instanceof RemoteError || error instanceof GitLayerError) {
    io.stderr(`vault-stack: ${command}: ${error.code}: ${error.message}\n`);
    return 2;
  }
  throw error;
}
