import { exportOrg } from '../../core/formats/org';
import { plural } from '../commands/vaultArgs';
import type { ExportFormat } from './ExportFormat';

/** `vault-stack export org`: tasks as Org headlines grouped by project. */
export const orgExport: ExportFormat = {
  name: 'org',
  summary: 'tasks as Org-mode headlines by project (keywords, priorities, tags, SCHEDULED/DEADLINE with repeaters, ID)',
  run({ vault }) {
    const org = exportOrg(vault.index.byKind('task'));
    const notes = org.notes.map((n) => `\n  ${n}`).join('');
    return { type: 'document', text: org.text, summary: `${plural(org.tasks, 'task')} as Org headlines${notes}` };
  },
};
