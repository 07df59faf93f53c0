import type { ExportFormat } from './ExportFormat';
import { gatusExport } from './gatusExport';
import { homepageExport } from './homepageExport';
import { icsFormat } from './icsFormat';
import { NETSCAPE_EXPORT } from './netscape';
import { orgExport } from './orgExport';
import { systemdExport } from './systemdExport';
import { TASKWARRIOR_EXPORT } from './taskwarrior';
import { timewarriorExport } from './timewarriorExport';

/** Every format `vault-stack export` writes, in help order. Add a format here (one file per format). */
export const EXPORT_FORMATS: readonly ExportFormat[] = [
  icsFormat,
  TASKWARRIOR_EXPORT,
  NETSCAPE_EXPORT,
  homepageExport,
  gatusExport,
  systemdExport,
  timewarriorExport,
  orgExport,
];
