import { parseTogglCsv } from '../../core/formats/toggl';
import type { ImportFormat } from './ImportFormat';
import { planTimeImportInto } from './timeImportNotes';

/** `vault-stack import toggl FILE`: a Toggl Track detailed report (CSV) into tasks' time lists. */
export const togglImport: ImportFormat = {
  name: 'toggl',
  summary: 'Toggl Track detailed report (CSV): each entry joins the task its description names (else a new task)',
  plan(input) {
    const read = parseTogglCsv(new TextDecoder().decode(input.bytes));
    if (read.problems.length > 0) return { notes: [], problems: read.problems };
    return planTimeImportInto(input, read.entries);
  },
};
