import type { ExportFormat } from './ExportFormat';
import { gatusExport } from './gatusExport';
import { homepageExport } from './homepageExport';
import { NETSCAPE_EXPORT } from './netscape';
import { systemdExport } from './systemdExport';

/** Every format `vault-stack export` writes, in help order. Add a format here (one file per format). */
export const EXPORT_FORMATS: readonly ExportFormat[] = [homepageExport, gatusExport, systemdExport, NETSCAPE_EXPORT];
