import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ItemIndex } from '../../core/index/ItemIndex';
import type { IndexNoteInput } from '../../core/index/types';
import type { Problem } from '../../core/model/Problem';
import { CliError } from '../CliError';
import { errnoCode } from '../errnoCode';
import type { CliIo } from '../io';
import { Progress } from '../progress';
import { cacheFileFor, defaultCacheDir, NoteCache, userKindsFingerprint } from './NoteCache';
import { buildIndex } from './buildIndex';
import { scanVault, type VaultScan } from './scanVault';
import { vaultTasksSettings } from './vaultTasksSettings';
import type { TasksSettings } from '../../core/inline/TasksSettings';

/** How to open a vault: where it is and how to cache reads. */
export interface LoadVaultOptions {
  /** The vault folder as given (relative to the working folder). */
  vault: string;
  /** `false` for `--no-cache`; a folder for `--cache-dir`; `true` for the default folder. */
  cache: boolean | string;
  toolVersion: string;
}

/** A vault read into an index, with every problem (folders and the index's) sorted by path and line. */
export interface LoadedVault {
  root: string;
  index: ItemIndex;
  problems: Problem[];
  notes: number;
  cacheHits: number;
}

/** Reads a vault folder into an ItemIndex; a missing folder is a CliError (exit 2), bad notes are problems. */
export function loadVault(io: CliIo, options: LoadVaultOptions): LoadedVault {
  const root = resolve(io.cwd, options.vault);
  const stat = statSync(root, { throwIfNoEntry: false });
  if (!stat) throw new CliError('VAULT_NOT_FOUND', `vault folder not found: ${root}`);
  if (!stat.isDirectory()) throw new CliError('VAULT_NOT_A_FOLDER', `not a folder: ${root}`);
  const cache = openCache(io, root, options);
  const scan = scanVault(root, { cache, onWalked: (total) => new Progress(io, 'reading', total) });
  const tasks = vaultTasksSettings(root);
  const index = cache ? buildCachedIndex(cache, scan, tasks) : buildIndex(scan.notes, scan.reads, tasks);
  if (cache) {
    try {
      cache.save(scan.notes);
    } catch (error) {
      io.stderr(`vault-stack: cache not saved (${errnoCode(error)})\n`);
    }
  }
  const problems = sortProblems([...scan.problems, ...index.problems()]);
  return { root, index, problems, notes: scan.notes.length, cacheHits: scan.cacheHits };
}

/**
 * Builds the index reusing the parse results the cache holds for unchanged notes under unchanged
 * user kinds, then stores the results it had to compute for notes found unchanged. A note read
 * afresh (new or just edited, or a first run) is not stored until a run finds it unchanged: a
 * note being edited changes again soon, and a first run should not pay for writing every item.
 */
function buildCachedIndex(cache: NoteCache, scan: VaultScan, tasks: TasksSettings): ItemIndex {
  cache.useKinds(userKindsFingerprint(scan.reads));
  const linked = cache.storedLinked(scan.notes);
  const inputs: IndexNoteInput[] = [];
  const slots: (number | undefined)[] = [];
  for (let k = 0; k < scan.reads.length; k++) {
    const input = scan.reads[k];
    const read = input.read;
    // The slot the scan found or stored the read in; one stored this run is fresh and holds no parse result.
    const slot = read.type === 'item' ? scan.readSlots[k] : undefined;
    const parsed = slot === undefined || read.type !== 'item' ? undefined : cache.parsedAt(slot, read.frontmatter);
    inputs.push(parsed ? { path: input.path, read, parsed } : input);
    slots.push(parsed || slot === undefined || cache.isFresh(slot) ? undefined : slot);
  }
  const index = buildIndex(linked ?? scan.notes, inputs, tasks);
  // Built from the stored linked notes only, the index never saw the other notes' names, which suggestions use.
  if (linked !== undefined) index.addSuggestionNames(() => notLinked(scan.notes, linked));
  // Like parse results, the linked notes are stored once a run finds every note unchanged.
  if (linked === undefined && !cache.anyFresh()) {
    const items = new Set(inputs.map((i) => i.path));
    cache.setLinked(scan.notes.filter((p) => !items.has(p) && index.hasNote(p)));
  }
  for (let i = 0; i < inputs.length; i++) {
    const slot = slots[i];
    const result = slot === undefined ? undefined : index.parseResult(inputs[i].path);
    if (slot !== undefined && result) cache.setParsed(slot, result);
  }
  return index;
}

/** The notes not in `linked` (a bulk load from every note would have listed them as other names). */
function notLinked(notes: readonly string[], linked: readonly string[]): string[] {
  const skip = new Set(linked);
  return notes.filter((p) => !skip.has(p));
}

function openCache(io: CliIo, root: string, options: LoadVaultOptions): NoteCache | null {
  if (options.cache === false) return null;
  const dir = typeof options.cache === 'string' ? resolve(io.cwd, options.cache) : defaultCacheDir(io.env);
  return dir ? NoteCache.open(cacheFileFor(dir, root), root, options.toolVersion) : null;
}

/** Problems by path, then line (a note-wide problem first), then field. */
export function sortProblems(problems: Problem[]): Problem[] {
  return problems.sort(
    (a, b) =>
      cmp(a.path, b.path) || (a.line ?? 0) - (b.line ?? 0) || cmp(a.field, b.field) || cmp(a.message, b.message),
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
