import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { CliError } from '../CliError';
import { errnoCode } from '../errnoCode';

/** One file to write: an absolute path and its text. */
export interface FileToWrite {
  file: string;
  text: string;
}

/**
 * Writes every file or none: each goes to a temporary sibling first, and only when all are written
 * are they renamed into place, so a full disk or a missing permission leaves nothing half-written.
 */
export function writeFilesAtomically(files: readonly FileToWrite[]): void {
  const temps: string[] = [];
  try {
    for (const { file, text } of files) {
      mkdirSync(dirname(file), { recursive: true });
      const temp = `${file}.vault-stack-tmp`;
      writeFileSync(temp, text);
      temps.push(temp);
    }
  } catch (error) {
    for (const temp of temps) rmSync(temp, { force: true });
    throw new CliError(
      'IO',
      `cannot write ${files[temps.length]?.file ?? 'the output'} (${errnoCode(error)}); nothing was written`,
    );
  }
  files.forEach(({ file }, i) => renameSync(temps[i], file));
}
