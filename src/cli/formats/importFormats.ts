import type { ImportFormat } from './ImportFormat';
import { TASKWARRIOR_IMPORT } from './taskwarrior';

/** Every format `vault-stack import` reads, in help order. Add a format here (one file per format). */
export const IMPORT_FORMATS: readonly ImportFormat[] = [TASKWARRIOR_IMPORT];
