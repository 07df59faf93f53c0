import { chmodSync, existsSync, lstatSync, statSync, symlinkSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import type { FileSystemTraits } from '../../git/coreConfig';

/**
 * What native `git init` finds out about the file system, probed the same way inside the new
 * `.git`: whether the executable bit sticks (`core.filemode`), whether symlinks can be made
 * (`core.symlinks`), and whether `CoNfIg` names the `config` file (`core.ignorecase`).
 */
export function probeFileSystem(gitdir: string): Promise<FileSystemTraits> {
  return Promise.resolve({
    filemode: probeFilemode(gitdir),
    symlinks: probeSymlinks(gitdir),
    ignorecase: existsSync(join(gitdir, 'CoNfIg')),
  });
}

function probeFilemode(gitdir: string): boolean {
  const config = join(gitdir, 'config');
  const mode = statSync(config).mode;
  try {
    chmodSync(config, mode ^ 0o100);
    return (lstatSync(config).mode & 0o100) !== (mode & 0o100);
  } catch {
    return false;
  } finally {
    chmodSync(config, mode & 0o7777);
  }
}

function probeSymlinks(gitdir: string): boolean {
  const probe = join(gitdir, `tXXXXXX-${process.pid}`);
  try {
    symlinkSync('testing', probe);
    return true;
  } catch {
    return false;
  } finally {
    try {
      unlinkSync(probe);
    } catch {
      // Nothing was made.
    }
  }
}
