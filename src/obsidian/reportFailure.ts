import { Notice } from 'obsidian';
import { isRefusal, RefusalError, type Refusal } from '../core/model/Refusal';
import { gitRefusal } from '../git/gitRefusal';

/**
 * The one place the plugin tells the user something failed: a Notice `<what>: <message>` (just the
 * message when `what` is empty), and the
 * cause in the console for bug reports — a refusal (an expected failure: a value, a
 * `RefusalError`, a git refusal) at debug level, anything else with its stack as an error.
 * Returns the refusal, or null for a bug.
 * @example reportFailure('Pull failed, nothing was changed', error)
 */
export function reportFailure(what: string, failure: unknown): Refusal | null {
  const say = (message: string): string => (what === '' ? message : `${what}: ${message}`);
  const expected = refusalOf(failure);
  if (expected !== null) {
    new Notice(say(expected.message));
    console.debug(`Vault Stack: ${say(expected.code)}`, expected);
    return expected;
  }
  new Notice(say(failure instanceof Error ? failure.message : String(failure)));
  console.error(`Vault Stack: ${what === '' ? 'unexpected failure' : what}`, failure);
  return null;
}

/** The refusal a failure stands for, or null when it is not an expected one. */
export function refusalOf(failure: unknown): Refusal | null {
  if (isRefusal(failure)) return failure;
  if (failure instanceof RefusalError) return failure.refusal;
  return gitRefusal(failure);
}
