import type { Item } from '../model/Item';
import type { Problem } from '../model/Problem';
import type { NoteRead } from '../notes/readNote';
import { frontmatterEqual } from './frontmatterEqual';

/** What the index holds for one note path. */
export interface NoteEntry {
  path: string;
  /** Kept only for notes that declare something (items and failed items), for re-parsing. */
  read: NoteRead | undefined;
  kept: boolean;
  lines?: Readonly<Record<string, number>>;
  /** The `stack:` value, lower-cased, for notes kept: re-parsed when that user kind changes. */
  rawKind?: string;
  /** Not an item because `stack:` names no known kind. */
  unknownKind?: boolean;
  item: Item | null;
  parseProblems: Problem[];
  linkProblems: Problem[];
  declProblem?: Problem;
  /** The note's Obsidian Tasks inline tasks (`core/inline`), when it has any. */
  inline?: readonly Item[];
  /** Warnings about the inline tasks' values (kept apart from `parseProblems`, which a cache stores per frontmatter). */
  inlineProblems?: Problem[];
}

/** The entry of a note that is not an item and has no problems: known only as a link target. */
export function emptyEntry(path: string): NoteEntry {
  return { path, read: undefined, kept: false, item: null, parseProblems: NO_PROBLEMS, linkProblems: NO_PROBLEMS };
}

/** The shared, frozen problem list of a note without problems (most notes): lists are replaced, never mutated. */
export const NO_PROBLEMS: Problem[] = Object.freeze([]) as unknown as Problem[];

/** Whether two note reads are the same: checklist lines (and their `⏱` entries); frontmatter, key lines and reader warnings of items; problems and kind of invalid notes. */
export function sameRead(a: NoteRead | undefined, b: NoteRead): boolean {
  if (a === undefined || a.type !== b.type || !sameTaskLines(a.tasks, b.tasks)) return false;
  if (a.type === 'item' && b.type === 'item')
    return (
      frontmatterEqual(a.frontmatter, b.frontmatter) &&
      frontmatterEqual(a.lines, b.lines) &&
      frontmatterEqual(a.problems ?? null, b.problems ?? null)
    );
  if (a.type === 'invalid' && b.type === 'invalid')
    return a.kind === b.kind && frontmatterEqual(a.problems, b.problems);
  return true;
}

/** Whether two reads list the same checklist lines. */
export function sameTaskLines(a: NoteRead['tasks'], b: NoteRead['tasks']): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++)
    if (a[i].line !== b[i].line || a[i].text !== b[i].text || !sameTime(a[i].time, b[i].time)) return false;
  return true;
}

/** Whether two tasks' `⏱` entries are the same (a timer started or stopped changes only them). */
function sameTime(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || a.length !== b.length) return false;
  return a.every((entry, i) => entry === b[i]);
}
