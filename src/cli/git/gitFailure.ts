import { GitLayerError } from '../../git/errors';
import { gitRefusal } from '../../git/gitRefusal';
import { SUPPORTED_SCHEMES } from '../../git/remote/supportedUrl';
import type { CliIo } from '../io';

/** What to do about each git refusal, in the CLI's terms (flags and environment variables). */
const FIX: Readonly<Record<string, string>> = {
  AUTH_FAILED:
    'set VAULT_STACK_GIT_TOKEN to a token the remote accepts (and VAULT_STACK_GIT_USER to its user name if the host needs one)',
  REMOTE_NOT_FOUND: 'check the URL, and give the right one with --remote URL',
  REMOTE_UNREACHABLE: 'check the URL and the network, then try again (give another URL with --remote URL)',
  REMOTE_HTTP_ERROR: 'check that the URL is a git repository served over http(s); give another with --remote URL',
  NO_REMOTE: 'give the remote with --remote URL (it is saved as origin once it works)',
  CREDENTIALS_IN_URL:
    'remove the user and token from the URL and set VAULT_STACK_GIT_TOKEN (and VAULT_STACK_GIT_USER) instead',
  UNSUPPORTED_URL: `give an ${SUPPORTED_SCHEMES.map((s) => `${s}://`).join(' or ')} URL with --remote URL; for a repository on this machine, serve it with \`git http-backend\` or use git itself`,
  DETACHED_HEAD: 'check out a branch with git (`git switch main`), then try again',
  NOTHING_TO_PUSH: 'commit first with `vault-stack commit`',
  BRANCH_NOT_CHECKED_OUT: 'check out that branch with git first',
  MERGE_NOT_SUPPORTED: 'merge with git itself (`git pull` in the vault), then push',
  INDEX_LOCKED: 'wait for the other git program to finish; if none is running, delete .git/index.lock',
  REF_MOVED: 'another program committed at the same time: run the command again',
  NOT_A_REPOSITORY: 'run `vault-stack init` first',
  INVALID_PATH: 'give a path inside the vault, relative to it, without `..`',
  NOT_FOUND: 'check the note path (see `vault-stack list`)',
};

/** Git-layer failures whose message already names the damage and the repair. */
const SELF_EXPLAINED: ReadonlySet<string> = new Set(['REPOSITORY_CORRUPT', 'INDEX_UNSUPPORTED']);

/**
 * Prints a git-layer or remote failure as what happened and the fix in words (`vault-stack:
 * push: The remote refused the credentials…` then the fix), never a bare internal code, and
 * returns exit code 2; anything else is rethrown for the CLI's own handling.
 */
export function reportGitFailure(io: CliIo, command: string, error: unknown): number {
  const refused = gitRefusal(error);
  if (refused !== null) {
    io.stderr(`vault-stack: ${command}: ${refused.message}\n${FIX[refused.code] ?? ''}\n`.replace(/\n\n$/, '\n'));
    return 2;
  }
  if (error instanceof GitLayerError && SELF_EXPLAINED.has(error.code)) {
    io.stderr(`vault-stack: ${command}: ${error.message}\n`);
    return 2;
  }
  if (error instanceof GitLayerError) {
    io.stderr(
      `vault-stack: ${command}: ${error.message}\nthe repository may be damaged: run \`git fsck\` in the vault, and report this if git finds nothing\n`,
    );
    return 2;
  }
  throw error;
}
