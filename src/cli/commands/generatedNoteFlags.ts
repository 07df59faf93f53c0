import type { FlagSpec } from '../args';
import { CACHE_FLAGS } from './commonFlags';

/** Options of the commands that write a generated note (`overview`, `bootstrap`), with the vault reader's cache options. */
export const GENERATED_NOTE_FLAGS: Record<string, FlagSpec> = {
  write: { type: 'boolean', description: 'write the note in the vault instead of printing it' },
  force: { type: 'boolean', description: 'with --write, overwrite a generated region that was edited by hand' },
  ...CACHE_FLAGS,
};
