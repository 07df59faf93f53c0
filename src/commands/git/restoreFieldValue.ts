import { Notice, TFile, type Command } from 'obsidian';
import { editFrontmatter } from '../../core/frontmatter/editFrontmatter';
import { Edits, type FrontmatterEdit, type FrontmatterValue } from '../../core/frontmatter/FrontmatterEdit';
import type { FieldChange } from '../../git/fieldHistory';
import { failureText } from '../../obsidian/git/failureText';
import type { VersioningController } from '../../obsidian/git/VersioningController';
import { ChoiceModal } from '../../obsidian/modals/ChoiceModal';
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
    new Notice(`Could not read the history: ${failureText(error)}`);
    return;
  }
  if (changes.length === 0) {
    new Notice(`No committed value of ${field} to restore.`);
    return;
  }
  const choices = changes.map((c) => ({ value: c, label: fieldChangeText(c), hint: c.message.split('\n', 1)[0] }));
  new ChoiceModal(v.app, choices, `Value of ${field} to restore…`, (change) => restoreValue(v, path, field, change.to)).open();
}

/**
 * Writes `value` (the field's value after a chosen change; `undefined`: the field was absent) with
 * the comment-preserving editor inside `Vault.process`.
 */
export async function restoreValue(v: VersioningController, path: string, field: string, value: unknown): Promise<boolean> {
  const file = v.app.vault.getAbstractFileByPath(path);
  if (!(file instanceof TFile)) {
    new Notice('The note no longer exists.');
    return false;
  }
  const edit: FrontmatterEdit | null = value === undefined ? Edits.delete(field) : isFrontmatterValue(value) ? Edits.set(field, value) : null;
  if (edit === null) {
    new Notice(`${field} held a nested value (${fieldValueText(value)}) that cannot be restored here; edit the note by hand.`);
    return false;
  }
  const outcome: { refusal: string | null } = { refusal: null };
  await v.app.vault.process(file, (text) => {
    const result = editFrontmatter(text, [edit]);
    if (!result.ok) {
      outcome.refusal = result.reason;
      return text;
    }
    return result.text;
  });
  if (outcome.refusal !== null) {
    new Notice(`Could not restore ${field}: ${outcome.refusal}`);
    return false;
  }
  new Notice(`${field} restored to ${fieldValueText(value)}.`);
  return true;
}

function isScalar(value: unknown): value is string | number | boolean | null {
  return value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

function isFrontmatterValue(value: unknown): value is FrontmatterValue {
  return isScalar(value) || (Array.isArray(value) && value.every(isScalar));
}
