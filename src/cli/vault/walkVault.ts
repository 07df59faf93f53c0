import { readdirSync, type Dirent } from 'node:fs';
import { errnoCode } from '../errnoCode';

/** Folders never indexed besides dot-folders (`.git`, `.obsidian`, `.trash` …). */
const SKIPPED_FOLDERS = new Set(['node_modules']);

/** What walking a vault found: every `.md` note (vault-relative, `/`-separated) and folders it could not open. */
export interface VaultWalk {
  notes: string[];
  unreadable: { path: string; reason: string }[];
}

/**
 * Lists every Markdown note under `root`, skipping dot-folders, `node_modules` and symlinks.
 * @example walkVault('/home/me/vault').notes // → ['Home.md', 'Tasks/Pay rent.md', …]
 */
export function walkVault(root: string): VaultWalk {
  const walk: VaultWalk = { notes: [], unreadable: [] };
  const pending: string[] = [''];
  while (pending.length > 0) {
    const rel = pending.pop() as string;
    let entries: Dirent[];
    try {
      entries = readdirSync(rel === '' ? root : `${root}/${rel}`, { withFileTypes: true });
    } catch (error) {
      if (rel === '') throw error;
      walk.unreadable.push({ path: rel, reason: errnoCode(error) });
      continue;
    }
    for (const entry of entries) {
      const name = entry.name;
      if (entry.isDirectory()) {
        if (name.charCodeAt(0) !== 46 && !SKIPPED_FOLDERS.has(name)) pending.push(rel === '' ? name : `${rel}/${name}`);
      } else if (entry.isFile() && name.endsWith('.md')) {
        walk.notes.push(rel === '' ? name : `${rel}/${name}`);
      }
    }
  }
  return walk;
}
