import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  DEFAULT_TASKS_SETTINGS,
  readTasksSettings,
  TASKS_SETTINGS_FILE,
  type TasksSettings,
} from '../../core/inline/TasksSettings';
import { readCappedFile } from '../readCappedFile';

/** Far above any real Tasks settings file (its presets and statuses included). */
const MAX_TASKS_SETTINGS_BYTES = 4 * 1024 * 1024;

/**
 * The Obsidian Tasks settings of a vault: from the first hidden folder at its root (by name) that
 * holds `plugins/obsidian-tasks-plugin/data.json`, else Tasks' defaults (reading both formats).
 * A file that does not parse counts as none.
 */
export function vaultTasksSettings(root: string): TasksSettings {
  let dirs: string[];
  try {
    dirs = readdirSync(root, { withFileTypes: true })
      .filter((e) => e.isDirectory() && e.name.startsWith('.'))
      .map((e) => e.name)
      .sort();
  } catch {
    return DEFAULT_TASKS_SETTINGS;
  }
  for (const dir of dirs) {
    let text: string;
    try {
      text = readCappedFile(join(root, dir, TASKS_SETTINGS_FILE), 'the Tasks settings', MAX_TASKS_SETTINGS_BYTES);
    } catch {
      continue;
    }
    try {
      return readTasksSettings(JSON.parse(text));
    } catch {
      return DEFAULT_TASKS_SETTINGS;
    }
  }
  return DEFAULT_TASKS_SETTINGS;
}
