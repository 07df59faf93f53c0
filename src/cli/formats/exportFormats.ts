import type { ExportFormat } from './ExportFormat';
import { timewarriorExport } from './timewarriorExport';
import { orgExport } from './orgExport';

/** Every format `vault-stack export` writes, in help order. Add a format here (one file per format). */
export const EXPORT_FORMATS: readonly ExportFormat[] = [timewarriorExport, orgExport];
