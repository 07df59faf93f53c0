import { Notice, type Command } from 'obsidian';
import { reportFailure } from '../../obsidian/reportFailure';
import { ListModal } from '../../obsidian/git/ListModal';
import type { VersioningController } from '../../obsidian/git/VersioningController';
import { ChoiceModal } from '../../obsidian/modals/ChoiceModal';
import { activeNote, frontmatterKeys } from './activeNote';
import { fieldChangeText } from './noteHistoryRows';

/** Asks for a field of the current note, then lists each committed change of it: `date: from → to`. */
export function showFieldHistoryCommand(v: VersioningController): Command {
  return {
    id: 'show-field-history',
    name: 'Show field history of the current note',
    checkCallback: (checking) => {
      const file = activeNote(v.app);
      if (file === null) return false;
      if (!checking) {
        const keys = frontmatterKeys(v.app, file);
        if (keys.length === 0) {
          new Notice(`${file.basename} has no frontmatter fields.`);
          return true;
        }
        const choices = keys.map((k) => ({ value: k, label: k }));
        new ChoiceModal(v.app, choices, 'Field to show the history of…', (field) =>
          showFieldHistory(v, file.path, file.basename, field),
        ).open();
      }
      return true;
    },
  };
}

/** Opens the list of one field's changes. */
export async function showFieldHistory(
  v: VersioningController,
  path: string,
  title: string,
  field: string,
): Promise<void> {
  try {
    const changes = await v.repo.fieldHistory(path, field);
    if (changes.length === 0) {
      new Notice(`No committed value of ${field} in ${title}.`);
      return;
    }
    new ListModal(
      v.app,
      `${title}: history of ${field}`,
      changes.map((c) => ({ text: fieldChangeText(c), detail: c.message.split('\n', 1)[0] })),
    ).open();
  } catch (error) {
    reportFailure('Could not read the history', error);
  }
}
