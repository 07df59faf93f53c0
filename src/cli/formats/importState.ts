import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseImportState, serializeImportState, type ImportState } from '../../core/formats/ImportState';
import { CliError } from '../CliError';
import { errnoCode } from '../errnoCode';
import { findConfigDir } from '../git/CliRepo';
import { readCappedFile } from '../readCappedFile';
import { writeFileAtomically } from '../vault/writeFileAtomically';
import { DEFAULT_CONFIG_DIR } from '../commands/init';

/** Far above the state of any real import (a few hundred bytes per record). */
const MAX_STATE_BYTES = 512 * 1024 * 1024;

/** `<vault>/<configDir>/plugins/vault-stack/state/imports/<format>.json` (configDir: the vault's Obsidian folder, else `.obsidian`); ignored by `init`'s .gitignore. */
export function importStateFile(root: string, format: string): string {
  const configDir = findConfigDir(root) ?? DEFAULT_CONFIG_DIR;
  return join(root, configDir, 'plugins', 'vault-stack', 'state', 'imports', `${format}.json`);
}

/** The state the last real import of `format` saved into the vault, or an empty one. */
export function readImportState(root: string, format: string): ImportState {
  const file = importStateFile(root, format);
  if (!existsSync(file)) return parseImportState(undefined);
  return parseImportState(readCappedFile(file, 'the last import state', MAX_STATE_BYTES));
}

/** Saves the state of an import just applied. */
export function writeImportState(root: string, format: string, state: ImportState): void {
  const file = importStateFile(root, format);
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileAtomically(file, serializeImportState(state));
  } catch (error) {
    throw new CliError(
      'IO',
      `the notes were written, but the import state ${file} was not (${errnoCode(error)})`,
      'the next import compares without a base and may report conflicts',
    );
  }
}
