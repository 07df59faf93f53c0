import { isAbsolute } from 'node:path';

/**
 * Makes the absolute folder `folder` the process's working folder, so a bulk scan can name each
 * file by its path inside it (no path joined per file, fewer folders for the kernel to resolve).
 * Answers the folder to go back to ({@link leaveFolder}), or `null` when it stays where it is:
 * on Windows, for a relative folder, in a worker thread (no chdir), or when either folder is gone.
 */
export function enterFolder(folder: string): string | null {
  if (!isAbsolute(folder) || process.platform === 'win32') return null;
  try {
    const back = process.cwd();
    process.chdir(folder);
    return back;
  } catch {
    return null;
  }
}

/** Goes back to the folder {@link enterFolder} answered; one removed meanwhile is left (the CLI names every path in full). */
export function leaveFolder(back: string): void {
  try {
    process.chdir(back);
  } catch {
    // The old working folder is gone: staying here is harmless.
  }
}
