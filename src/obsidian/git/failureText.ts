import { GitLayerError } from '../../git/errors';
import { RemoteError } from '../../git/remote/RemoteError';

/** A git failure as a sentence for a Notice: the layer's own message, or the error's text. */
export function failureText(error: unknown): string {
  if (error instanceof RemoteError || error instanceof GitLayerError) return error.message;
  return error instanceof Error ? error.message : String(error);
}

/** What commands say when the vault has no repository yet. */
export const NOT_VERSIONED = 'This vault is not versioned yet: run the initialise repository command first.';
