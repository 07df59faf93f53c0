import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { blockQueryContext } from '../../core/dashboard/blockQueryContext';
import type { ItemIndex } from '../../core/index/ItemIndex';
import type { Problem } from '../../core/model/Problem';
import { decodeNote } from '../../core/notes/decodeNote';
import { stackBlockProblems } from '../../core/query/blockProblems';
import { runQuery } from '../../core/query/runQuery';
import { MAX_NOTE_BYTES } from './readNoteFile';
import { walkVault } from './walkVault';

const FENCE_WORD = Buffer.from('stack');

/**
 * The problems of every ```stack block in the vault's notes: query errors, and the notes a block
 * shows when run on `today`/`now` against the index (as warnings). Reads each note again; a note
 * that is unreadable, oversized or not UTF-8 is skipped here (reading the vault already reports it).
 */
export function vaultBlockProblems(root: string, index: ItemIndex, today: string, now: string): Problem[] {
  const out: Problem[] = [];
  for (const path of walkVault(root).notes) {
    const text = noteText(join(root, path));
    if (text === null) continue;
    const ctx = blockQueryContext(index, today, now, path);
    out.push(...stackBlockProblems(path, text, (query) => runQuery(query, index.items(), ctx).notes));
  }
  return out;
}

function noteText(abs: string): string | null {
  try {
    if (statSync(abs).size > MAX_NOTE_BYTES) return null;
    const bytes = readFileSync(abs);
    return bytes.includes(FENCE_WORD) ? decodeNote(bytes) : null;
  } catch {
    return null;
  }
}
