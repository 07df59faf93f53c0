import type { Item } from '../model/Item';
import type { Problem } from '../model/Problem';
import { frontmatterEqual } from './frontmatterEqual';

/** What the index holds for one note path. */
export interface NoteEntry {
  path: string;
  /** Kept only for notes that declare something (items and failed items), for re-parsing. */
  raw: Record<string, unknown> | null | undefined;
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
}

/** The entry of a note that is not an item and has no problems: known only as a link target. */
export function emptyEntry(path: string): NoteEntry {
  return { path, raw: undefined, kept: false, item: null, parseProblems: NO_PROBLEMS, linkProblems: NO_PROBLEMS };
}

/** The shared, frozen problem list of a note without problems (most notes): lists are replaced, never mutated. */
export const NO_PROBLEMS: Problem[] = Object.freeze([]) as unknown as Problem[];

/** Whether two frontmatters are the same (null and undefined both mean none). */
export function sameFrontmatter(a: Record<string, unknown> | null | undefined, b: Record<string, unknown> | null | undefined): boolean {
  return frontmatterEqual(a ?? null, b ?? null);
}

/** Whether two field → line maps are the same. */
export function linesEqual(a: Readonly<Record<string, number>> | undefined, b: Readonly<Record<string, number>> | undefined): boolean {
  return frontmatterEqual(a ?? null, b ?? null);
}
