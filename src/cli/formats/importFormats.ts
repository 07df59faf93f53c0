import type { ImportFormat } from './ImportFormat';
import { NETSCAPE_IMPORT, RAINDROP_IMPORT } from './netscape';
import { TASKWARRIOR_IMPORT } from './taskwarrior';
import { timewarriorImport } from './timewarriorImport';
import { togglImport } from './togglImport';

/** Every format `vault-stack import` reads, in help order. Add a format here (one file per format). */
export const IMPORT_FORMATS: readonly ImportFormat[] = [
  TASKWARRIOR_IMPORT,
  NETSCAPE_IMPORT,
  RAINDROP_IMPORT,
  timewarriorImport,
  togglImport,
];
