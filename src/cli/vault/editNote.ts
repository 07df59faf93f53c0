import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { editFrontmatter, type FrontmatterEdit } from '../../core/frontmatter';
import { CliError } from '../CliError';
import { errnoCode } from '../errnoCode';
import { writeFileAtomically } from './writeFileAtomically';

/**
 * Applies frontmatter edits to a note on disk with the byte-preserving edits the plugin uses (only
 * the edited keys change), read fresh so nothing written meanwhile is lost. Returns whether the
 * note changed; a note that cannot be read, edited or written is a CliError (exit 2), left as it was.
 */
export function editNote(root: string, path: string, edits: readonly FrontmatterEdit[]): boolean {
  const file = join(root, path);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new CliError('IO', `cannot read ${file} (${errnoCode(error)})`);
  }
  const edited = editFrontmatter(text, edits);
  if (!edited.ok)
    throw new CliError('IO', `${path}: not written: ${edited.reason}`, 'fix the frontmatter and run again');
  if (!edited.changed) return false;
  try {
    writeFileAtomically(file, edited.text);
  } catch (error) {
    throw new CliError('IO', `cannot write ${file} (${errnoCode(error)})`);
  }
  return true;
}
