import { Notice, type Command } from 'obsidian';
import { Edits, type FrontmatterEdit, type FrontmatterValue } from '../../core/frontmatter/FrontmatterEdit';
import { refusal } from '../../core/model/Refusal';
import type { FieldChange } from '../../git/fieldHistory';
import type { VersioningController } from '../../obsidian/git/VersioningController';
import { ChoiceModal } from '../../obsidian/modals/ChoiceModal';
import { reportFailure } from '../../obsidian/reportFailure';
import { activeNote, frontmatterKeys } from './activeNote';
import { fieldChangeText, fieldValueText } from './noteHistoryRows';

/** Asks for a field, then one of its committed changes, and sets the field back to the value that change made. */
export function restoreFieldValueCommand(v: VersioningController): Command {
  return {
    id: 'restore-field-value',
    name: "Restore a field's earlier value",
    checkCallback: (checking) => {
      const file = activeNote(v.app);
      if (file === null) return false;
      if (!checking) {
        const choices = frontmatterKeys(v.app, file).map((k) => ({ value: k, label: k }));
        new ChoiceModal(v.app, choices, 'Field to restore…', (field) => chooseChange(v, file.path, field)).open();
      }
      return true;
    },
  };
}

async function chooseChange(v: VersioningController, path: string, field: string): Promise<void> {
  let changes: FieldChange[];
  try {
    changes = await v.repo.fieldHistory(path, field);
  } catch (error) {
    reportFailure('Could not read the history', error);
    return;
  }
  if (changes.length === 0) {
    new Notice(`No committed value of ${field} to restore.`);
    return;
  }
  const choices = changes.map((c) => ({ value: c, label: fieldChangeText(c), hint: c.message.split('\n', 1)[0] }));
  new ChoiceModal(v.app, choices, `Value of ${field} to restore…`, (change) =>
    restoreValue(v, path, field, change.commit),
  ).open();
}

/**
 * Sets `field` back to the value it had at `commit` (read from git, following renames; absent
 * then: removed) through the plugin's `FrontmatterWriter`, so the edit is atomic, comments and
 * order are kept, and a refusal is reported like every other frontmatter edit.
 */
export async function restoreValue(
  v: VersioningController,
  path: string,
  field: string,
  commit: string,
): Promise<boolean> {
  const label = path.slice(path.lastIndexOf('/') + 1).replace(/\.md$/, '');
  let at;
  try {
    at = await v.repo.fieldValueAt(path, field, commit);
  } catch (error) {
    reportFailure(`Could not restore ${field}`, error);
    return false;
  }
  if (!at.ok) {
    reportFailure(`Could not restore ${field}`, at.refusal);
    return false;
  }
  const value = at.value;
  const edit: FrontmatterEdit | null =
    value === undefined ? Edits.delete(field) : isFrontmatterValue(value) ? Edits.set(field, value) : null;
  if (edit === null) {
    reportFailure(
      `Could not restore ${field}`,
      refusal(
        'NESTED_VALUE',
        `it held a nested value (${fieldValueText(value)}) that cannot be restored here; edit the note by hand`,
        { field },
      ),
    );
    return false;
  }
  const outcome = await v.writer.apply(path, [edit], label);
  if (outcome.ok) new Notice(`${field} restored to ${fieldValueText(value)}.`);
  return outcome.ok;
}

function isScalar(value: unknown): value is string | number | boolean | null {
  return value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

function isFrontmatterValue(value: unknown): value is FrontmatterValue {
  return isScalar(value) || (Array.isArray(value) && value.every(isScalar));
}
