import * as git from 'isomorphic-git';
import type { RepoContext } from './RepoContext';

/** What a file system supports, as native `git init` records it in `[core]`. */
export interface FileSystemTraits {
  /** The executable bit is kept (`core.filemode`). */
  filemode: boolean;
  /** Symbolic links can be made (`core.symlinks`, written only when false). */
  symlinks: boolean;
  /** File names are case-insensitive (`core.ignorecase`, written only when true). */
  ignorecase: boolean;
}

/**
 * Writes `[core]` as native `git init` would for these traits: `filemode` always, `symlinks =
 * false` and `ignorecase = true` only when so (isomorphic-git writes fixed values for all three).
 */
export async function writeCoreConfig(ctx: RepoContext, traits: FileSystemTraits): Promise<void> {
  const set = (path: string, value: boolean | undefined) =>
    git.setConfig({ fs: ctx.fs, dir: ctx.dir, gitdir: ctx.gitdir, path, value });
  await set('core.filemode', traits.filemode);
  await set('core.symlinks', traits.symlinks ? undefined : false);
  await set('core.ignorecase', traits.ignorecase ? true : undefined);
}
