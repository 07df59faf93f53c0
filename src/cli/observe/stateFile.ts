import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  observationStatePath,
  parseObservationState,
  serializeObservationState,
  type ObservationState,
} from '../../core/observe/ObservationState';
import { CliError } from '../CliError';
import { errnoCode } from '../errnoCode';
import { readCappedFile } from '../readCappedFile';
import { writeFileAtomically } from '../vault/writeFileAtomically';

/** Far above any real state file (a line per item and check). */
const MAX_STATE_BYTES = 64 * 1024 * 1024;

/**
 * The vault's configuration folder: the one given, else the hidden folder at the root that holds
 * `plugins/vault-stack` (Obsidian lets users rename `.obsidian`), else `.obsidian`.
 */
export function configDirOf(root: string, given: string | undefined): string {
  if (given !== undefined) return given;
  try {
    const found = readdirSync(root, { withFileTypes: true })
      .filter(
        (e) => e.isDirectory() && e.name.startsWith('.') && existsSync(join(root, e.name, 'plugins', 'vault-stack')),
      )
      .map((e) => e.name)
      .sort();
    return found[0] ?? '.obsidian';
  } catch {
    return '.obsidian';
  }
}

/** Reads the observation state file; a missing or broken one is an empty state. */
export function readObservationState(root: string, configDir: string): ObservationState {
  const file = join(root, observationStatePath(configDir));
  if (!existsSync(file)) return parseObservationState(null);
  try {
    return parseObservationState(readCappedFile(file, 'the observation state file', MAX_STATE_BYTES));
  } catch {
    return parseObservationState(null);
  }
}

/** Writes the observation state file atomically, making its folder. */
export function writeObservationState(root: string, configDir: string, state: ObservationState): void {
  const file = join(root, observationStatePath(configDir));
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileAtomically(file, serializeObservationState(state));
  } catch (error) {
    throw new CliError('IO', `cannot write ${file} (${errnoCode(error)})`);
  }
}
