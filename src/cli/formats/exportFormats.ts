import type { ExportFormat } from './ExportFormat';
import { icsFormat } from './icsFormat';
import { TASKWARRIOR_EXPORT } from './taskwarrior';

/** Every format `vault-stack export` writes, in help order. Add a format here (one file per format). */
export const EXPORT_FORMATS: readonly ExportFormat[] = [icsFormat, TASKWARRIOR_EXPORT];
