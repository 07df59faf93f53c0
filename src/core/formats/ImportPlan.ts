import type { FrontmatterEdit } from '../frontmatter/FrontmatterEdit';
import type { ImportState } from './ImportState';

/**
 * What an import would do to the vault, computed before anything is written (so `--dry-run`, the
 * plugin's preview and the real run agree): each incoming entry becomes one planned note.
 */
export interface ImportPlan {
  notes: PlannedNote[];
  /** Entries that could not be read, each naming its line or entry: `line 12: "due" is not a date`. Any entry problem stops the import before it writes. */
  problems: string[];
  /** The last-import state to save after a real run (`<configDir>/plugins/vault-stack/state/imports/<format>.json`); formats without a merge base leave it out. */
  state?: ImportState;
  /** What the user should know about entries the format left out on purpose (printed, not an error). */
  notices?: string[];
}

/** One incoming entry's fate: a new note, an update of the note it matches, nothing (already the same), or a conflict left alone. */
export type PlannedNote =
  | { action: 'create'; path: string; title: string; text: string }
  | {
      action: 'update';
      path: string;
      title: string;
      text: string;
      fields: string[];
      /** The frontmatter edits that made `text`, for a host that re-applies them to the note as it is then (`Vault.process`). */
      edits?: FrontmatterEdit[];
    }
  | { action: 'unchanged'; path: string; title: string }
  | { action: 'conflict'; path: string; title: string; conflicts: FieldConflict[] };

/** A field changed both in the vault and in the source since the last import: the note keeps its value. */
export interface FieldConflict {
  field: string;
  vault: unknown;
  incoming: unknown;
}

/** How many notes of each action a plan has. */
export function planCounts(plan: ImportPlan): Record<PlannedNote['action'], number> {
  const counts = { create: 0, update: 0, unchanged: 0, conflict: 0 };
  for (const note of plan.notes) counts[note.action]++;
  return counts;
}
