import { problem, type Problem } from '../model/Problem';
import { blockLine } from './blockLine';
import { parseQuery } from './parseQuery';
import type { Query } from './Query';
import { findStackBlocks } from './stackBlocks';

/** Problems about stack blocks start with this, so `check` reads `Home.md:14: stack block: …`. */
const PREFIX = 'stack block: ';

/**
 * The problems of a note's ```stack blocks, at the note's line (the block's opening fence line
 * plus the error's line inside the block): each query error is an error; each note the block
 * would show (ignored Bases options, and those `notesOf` finds by running the query) is a warning
 * at the opening fence.
 * @example stackBlockProblems('Home.md', '```stack\nsort: [-urgncy(]\n```\n')[0]?.line // 2
 */
export function stackBlockProblems(
  path: string,
  text: string,
  notesOf: (query: Query) => readonly string[] = (q) => q.notes,
): Problem[] {
  const out: Problem[] = [];
  for (const block of findStackBlocks(text)) {
    const parsed = parseQuery(block.source);
    if (parsed.ok) {
      // Every view's notes, each once (the block's own notes are shared by its views).
      const notes = new Set(parsed.views.flatMap((view) => [...notesOf(view)]));
      for (const note of notes) out.push({ ...problem(path, '', PREFIX + note, 'warning'), line: block.line });
      continue;
    }
    for (const e of parsed.errors)
      out.push({ ...problem(path, '', PREFIX + e.message), line: block.line + blockLine(block.source, e) });
  }
  return out;
}
