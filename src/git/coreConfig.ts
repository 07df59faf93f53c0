/** What a file system supports, as native `git init` records it in `[core]`. */
export interface FileSystemTraits {
  /** The executable bit is kept (`core.filemode`). */
  filemode: boolean;
  /** Symbolic links can be made (`core.symlinks`, written only when false). */
  symlinks: boolean;
  /** File names are case-insensitive (`core.ignorecase`, written only when true). */
  ignorecase: boolean;
}
