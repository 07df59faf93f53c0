import type { GitFs } from './GitFs';
import type { GitObjectCodec } from './GitObjectCodec';
import type { ProcessProbe } from './ProcessProbe';

/** What every git-layer operation needs: the fs, the vault root, its `.git`, and the repository's one shared isomorphic-git cache. */
export interface RepoContext {
  fs: GitFs;
  dir: string;
  gitdir: string;
  /** isomorphic-git's `cache`: one long-lived object per repository (saves an index parse per call). */
  cache: object;
  /** Fast SHA-1/deflate for writing objects, when the host has them. */
  codec?: GitObjectCodec;
  /** Process ids, when the host has them (the CLI): a journal from a dead process is safe to recover. */
  processes?: ProcessProbe;
  /**
   * The global excludes file (`core.excludesFile`, else `~/.config/git/ignore`) whose rules the
   * ignore checks read below all others, as git does; `null` or absent: none (the plugin has no
   * home folder to read). The CLI's resolves it once per run.
   */
  excludesFile?: () => string | null;
}
