import type { TreeEntry } from 'isomorphic-git';
import { concatBytes, hexToBytes } from './bytes';

/*
 * Tree objects as bytes (`<mode> <name>\0<20-byte oid>` per entry): a commit edits the few entries
 * along its paths and copies the rest as they are, without turning every entry of every folder it
 * touches into an object with a hex oid (at 50,000 notes, 10 edits rewrite about 30 trees of 3,000
 * entries in all).
 */

const encoder = new TextEncoder();

/**
 * Where the name of the entry at `at` ends (its NUL: the oid's 20 bytes follow; the name starts
 * after the first space); throws on a malformed body. One number, not a pair: destructuring a pair
 * makes an iterator and its results in code V8 has not optimised, which a short process mostly runs.
 */
export function nameEnd(body: Uint8Array, at: number): number {
  const space = body.indexOf(0x20, at);
  const to = space < 0 ? -1 : body.indexOf(0, space + 1);
  if (to < 0 || to + 21 > body.length) throw new Error('malformed tree object');
  return to;
}

/** Whether the entry at `at`, whose name starts at `from`, is a folder (mode `40000`, or zero-padded `040000`). */
export function isFolder(body: Uint8Array, at: number, from: number): boolean {
  return from - at === 6 ? body[at] === 0x34 : from - at === 7 && body[at] === 0x30 && body[at + 1] === 0x34;
}

/** Compares the entries at `a[aAt]` and `b[bAt]` as git orders a tree: by name, byte-wise, a folder's as if it ended in `/`. */
export function compareEntries(a: Uint8Array, aAt: number, b: Uint8Array, bAt: number): number {
  const aFrom = a.indexOf(0x20, aAt) + 1;
  const aTo = nameEnd(a, aAt);
  const bFrom = b.indexOf(0x20, bAt) + 1;
  const bTo = nameEnd(b, bAt);
  const aEnd = isFolder(a, aAt, aFrom) ? 0x2f : -1;
  const bEnd = isFolder(b, bAt, bFrom) ? 0x2f : -1;
  for (let i = 0; ; i++) {
    const x = aFrom + i < aTo ? a[aFrom + i] : aFrom + i === aTo ? aEnd : -1;
    const y = bFrom + i < bTo ? b[bFrom + i] : bFrom + i === bTo ? bEnd : -1;
    if (x !== y) return x - y;
    if (x === -1) return 0;
  }
}

/** One entry as a tree object holds it (the mode without leading zeros: `40000` for a folder). */
export function encodeEntry(entry: TreeEntry): Uint8Array {
  return concatBytes([encoder.encode(`${entry.mode.replace(/^0+/, '')} ${entry.path}\0`), hexToBytes(entry.oid)]);
}

/** A tree object's body for these entries, in git's order. */
export function encodeTreeBody(entries: readonly TreeEntry[]): Uint8Array {
  return concatBytes(entries.map(encodeEntry).sort((a, b) => compareEntries(a, 0, b, 0)));
}
