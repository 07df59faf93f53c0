import type { ExportFormat } from './ExportFormat';
import { icsFormat } from './icsFormat';
import { orgExport } from './orgExport';
import { TASKWARRIOR_EXPORT } from './taskwarrior';
import { timewarriorExport } from './timewarriorExport';

/** Every format `vault-stack export` writes, in help order. Add a format here (one file per format). */
export const EXPORT_FORMATS: readonly ExportFormat[] = [icsFormat, TASKWARRIOR_EXPORT, timewarriorExport, orgExport];
