import { isEndLine, parseBeginLine } from './regionMarkers';

/** Where a region's marker lines are in a note's lines. */
export type RegionPlace =
  | { status: 'found'; begin: number; end: number; hash?: string }
  | { status: 'absent' }
  | { status: 'broken'; message: string };

/** Finds region `name` in a note's lines: its begin line, the first end line after it, and the stored hash. */
export function findRegion(lines: readonly string[], name: string): RegionPlace {
  let place: { begin: number; end: number; hash?: string } | null = null;
  for (let i = 0; i < lines.length; i++) {
    const begin = parseBeginLine(lines[i]);
    if (!begin || begin.name !== name) continue;
    if (place)
      return {
        status: 'broken',
        message: `the note has two "${name}" regions (lines ${place.begin + 1} and ${i + 1}); delete one`,
      };
    let end = i + 1;
    while (end < lines.length && !isEndLine(lines[end]) && !parseBeginLine(lines[end])) end++;
    if (end >= lines.length || !isEndLine(lines[end])) {
      return {
        status: 'broken',
        message: `the "${name}" region on line ${i + 1} has no end marker (%% vault-stack:end %%); add one where the generated text ends`,
      };
    }
    place = begin.hash === undefined ? { begin: i, end } : { begin: i, end, hash: begin.hash };
    i = end;
  }
  return place ? { status: 'found', ...place } : { status: 'absent' };
}
