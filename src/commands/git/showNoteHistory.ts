import { Notice, type Command } from 'obsidian';
import { NOT_VERSIONED } from '../../obsidian/git/failureText';
import { reportFailure } from '../../obsidian/reportFailure';
import { ListModal } from '../../obsidian/git/ListModal';
import type { VersioningController } from '../../obsidian/git/VersioningController';
import { activeNote } from './activeNote';
import { historyRow } from './noteHistoryRows';

/** Lists the commits that changed the current note (following renames): date, message, author. */
export function showNoteHistoryCommand(v: VersioningController): Command {
  return {
    id: 'show-note-history',
    name: 'Show history of the current note',
    checkCallback: (checking) => {
      const file = activeNote(v.app);
      if (file === null) return false;
      if (!checking) void showNoteHistory(v, file.path, file.basename);
      return true;
    },
  };
}

/** Opens the history modal for one note. */
export async function showNoteHistory(v: VersioningController, path: string, title: string): Promise<void> {
  try {
    if (!(await v.refreshVersioned())) {
      new Notice(NOT_VERSIONED);
      return;
    }
    const entries = await v.repo.history(path);
    if (entries.length === 0) {
      new Notice(`${title} is not in any commit yet.`);
      return;
    }
    new ListModal(v.app, `History of ${title}`, entries.map(historyRow)).open();
  } catch (error) {
    reportFailure('Could not read the history', error);
  }
}
