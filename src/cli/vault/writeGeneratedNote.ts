import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { updateRegion } from '../../core/generated/updateRegion';
import { CliError } from '../CliError';
import { errnoCode } from '../errnoCode';
import type { CliIo } from '../io';
import { writeFileAtomically } from './writeFileAtomically';

/** Options of `writeGeneratedNote`. */
export interface GeneratedNoteTarget {
  root: string;
  /** Vault-relative path of the note. */
  path: string;
  region: string;
  content: string;
  /** The text a new note starts with, before the region (a heading). */
  heading: string;
  force: boolean;
}

/**
 * Writes generated content into a note's region (creating the note when missing) and says what
 * happened on stderr. Returns the exit code: 0 written or unchanged, 1 when the region was edited
 * by hand and left alone; broken markers and unwritable files are CliErrors (exit 2).
 */
export function writeGeneratedNote(io: CliIo, t: GeneratedNoteTarget): number {
  const file = join(t.root, t.path);
  let text: string | null;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if (errnoCode(error) !== 'ENOENT') throw new CliError('IO', `cannot read ${file} (${errnoCode(error)})`);
    text = null;
  }
  const update = updateRegion(text ?? `# ${t.heading}\n`, t.region, t.content, { force: t.force });
  switch (update.status) {
    case 'unchanged':
      io.stderr(`${t.path}: up to date, nothing written\n`);
      return 0;
    case 'edited':
      io.stderr(`${t.path}: not written: ${update.message} (or pass --force to overwrite it)\n`);
      return 1;
    case 'broken':
      throw new CliError('IO', `${t.path}: not written: ${update.message}`);
    case 'written':
      try {
        mkdirSync(dirname(file), { recursive: true });
        writeFileAtomically(file, update.text);
      } catch (error) {
        throw new CliError('IO', `cannot write ${file} (${errnoCode(error)})`);
      }
      io.stderr(`${t.path}: ${text === null ? 'created' : 'updated'}\n`);
      return 0;
  }
}
