import type { ParseResult } from '../model/Item';
import { declaredKind } from '../notes/declaredKind';
import type { NoteRead } from '../notes/readNote';
import { keyHash, nameKeyHash } from './linkPath';
import type { NoteEntry } from './NoteEntry';
import type { IndexNoteInput, IndexWork } from './types';

/** What a bulk load needs from the empty index it fills: the index's own private operations. */
export interface BulkLoadTarget {
  readonly notes: ReadonlyMap<string, NoteEntry>;
  readonly work: IndexWork;
  /** The name keys some note links to. */
  linkedNames(): Iterable<string>;
  isLinkedName(path: string): boolean;
  parseEntry(path: string, read: NoteRead, parsed?: ParseResult): NoteEntry;
  /** Adds a new entry to every map, collecting the user kind it declares. */
  insert(entry: NoteEntry, declared: Set<string>): void;
  /** Stores a plain note (no frontmatter to parse, no checklist lines), as `insert` would its entry. */
  insertPlain(path: string): void;
  /** Re-elects the note declaring a user kind and re-parses the kind's notes when that changed. */
  refreshKind(name: string, touched: Set<string>): void;
  /** Registers every path for link resolution (`linked`: the name hashes items link to), checks every relation once, bumps the revision. */
  finish(linked: ReadonlySet<number>): void;
  /** Forgets everything (work counters aside). */
  reset(): void;
  /** Receives the plain notes not added (nothing links to them), whose names still make suggestions. */
  readonly otherNames: string[];
}

/**
 * Loads notes into an empty index with the same final state as an `upsert` of each, in any order
 * (a later duplicate path wins): kind declarations first, then every other note parsed once, then
 * every relation checked once, instead of re-checking the notes linking to each name on every
 * insert. `linkTargets` (plain notes) are added only when some note links to their name; `plain`
 * are paths of plain notes added as such before `notes` (most of a vault: stored without a parse
 * or a read object each). Inputs may carry the parse result of a cache (`parsed`), used instead
 * of parsing. Returns whether anything was added.
 */
export function bulkLoad(
  target: BulkLoadTarget,
  notes: Iterable<IndexNoteInput>,
  linkTargets: Iterable<string>,
  plain: readonly string[] = [],
): boolean {
  const list = Array.isArray(notes) ? (notes as readonly IndexNoteInput[]) : [...notes];
  const work = { ...target.work };
  if (loadPlain(target, plain) && loadUnique(target, list)) return finishLoad(target, linkTargets);
  // A path came twice: start over with the later one of each, as a later upsert would win.
  target.reset();
  target.work.parses = work.parses;
  target.work.linkChecks = work.linkChecks;
  const byPath = new Map<string, IndexNoteInput>();
  for (const path of plain) byPath.set(path, { path, read: PLAIN });
  for (const n of list) byPath.set(n.path, n);
  loadUnique(target, [...byPath.values()]);
  return finishLoad(target, linkTargets);
}

/** Stores the plain notes; false (and stops) at a repeated path, told by the map not growing. */
function loadPlain(target: BulkLoadTarget, plain: readonly string[]): boolean {
  for (const path of plain) {
    const size = target.notes.size;
    target.insertPlain(path);
    if (target.notes.size === size) return false;
  }
  return true;
}

/** First half: parses and stores the notes; false (and stops) at a repeated path. */
function loadUnique(target: BulkLoadTarget, list: readonly IndexNoteInput[]): boolean {
  const rest: IndexNoteInput[] = [];
  const declared = new Set<string>();
  // Kind declarations parse the same whatever kinds exist, so they go first and the rest parse once.
  for (const n of list) {
    if (!declaresKind(n.read)) rest.push(n);
    else if (target.notes.has(n.path)) return false;
    else target.insert(target.parseEntry(n.path, n.read, n.parsed), declared);
  }
  const touched = new Set<string>();
  for (const name of declared) target.refreshKind(name, touched);
  declared.clear();
  for (const n of rest) {
    // A repeated path is told by the map not growing (one lookup per note instead of two); the
    // caller then starts over, so the partly loaded state does not matter.
    const size = target.notes.size;
    target.insert(target.parseEntry(n.path, n.read, n.parsed), declared);
    if (target.notes.size === size) return false;
  }
  // Only a custom parser declares kinds outside `stack: kind` notes: re-elect as upsert would.
  for (const name of declared) target.refreshKind(name, touched);
  return true;
}

/** Second half: adds the linked plain notes, registers every path, checks every relation. */
function finishLoad(target: BulkLoadTarget, linkTargets: Iterable<string>): boolean {
  const linkedHashes = new Set<number>();
  for (const key of target.linkedNames()) linkedHashes.add(keyHash(key));
  const declared = new Set<string>();
  let hash: number;
  for (const path of linkTargets) {
    // Most plain notes are linked by nothing: rule them out without building their name key (or
    // hashing the path for a lookup); an item is already in.
    hash = nameKeyHash(path);
    if ((hash !== -1 && !linkedHashes.has(hash)) || target.notes.has(path) || !target.isLinkedName(path)) {
      target.otherNames.push(path);
      continue;
    }
    target.insert(target.parseEntry(path, PLAIN), declared);
  }
  if (target.notes.size === 0) return false;
  target.finish(linkedHashes);
  return true;
}

const PLAIN: NoteRead = Object.freeze({ type: 'plain' });

/** Whether a note declares a user kind (`stack: kind`, any case or padding), as the parser reads it. */
function declaresKind(read: NoteRead): boolean {
  return read.type === 'item' && declaredKind(read.frontmatter) === 'kind';
}
