import { refusal, type Refusal } from '../core/model/Refusal';
import { GitLayerError, type GitErrorCode } from './errors';
import { RemoteError } from './remote/RemoteError';

/** Git-layer codes that are a situation the user can act on, not a bug: another process, a bad path, no repository. */
const EXPECTED: ReadonlySet<GitErrorCode> = new Set([
  'INDEX_LOCKED',
  'REF_MOVED',
  'NOT_A_REPOSITORY',
  'INVALID_PATH',
  'NOT_FOUND',
]);

/**
 * A git failure as a {@link Refusal} when it is expected (every remote failure; a locked index, a
 * moved ref, a missing repository or file, a path git cannot hold); `null` for a bug or an I/O
 * failure (a corrupt index, a torn read), which keeps its stack.
 */
export function gitRefusal(error: unknown): Refusal | null {
  if (error instanceof RemoteError) return refusal(error.code, error.message);
  if (error instanceof GitLayerError && EXPECTED.has(error.code)) return refusal(error.code, error.message);
  return null;
}
