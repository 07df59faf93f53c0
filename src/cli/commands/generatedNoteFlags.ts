import type { FlagSpec } from '../args';

/** Options of the commands that write a generated note (`overview`, `bootstrap`), with the vault reader's cache options. */
export const GENERATED_NOTE_FLAGS: Record<string, FlagSpec> = {
  write: { type: 'boolean', description: 'write the note in the vault instead of printing it' },
  force: { type: 'boolean', description: 'with --write, overwrite a generated region that was edited by hand' },
  'no-cache': { type: 'boolean', description: 'read every note; do not use or write the cache' },
  'cache-dir': { type: 'string', placeholder: 'DIR', description: 'keep the cache in DIR' },
};
