import { isUtf8 } from 'node:buffer';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { problem } from '../../core/model/Problem';
import { decodeNote } from '../../core/notes/decodeNote';
import { formatSize } from '../../core/notes/parseFrontmatter';
import { errnoCode } from '../errnoCode';
import { rawMtimeMs, rawSize } from '../git/lstatColumns';
import { invalid, readNote, withTaskLines, type NoteRead } from '../../core/notes/readNote';
import { findTaskLines } from '../../core/inline/findTaskLines';
import { withTimeEntries } from '../../core/inline/taskTimeLines';

/** Notes larger than this are not indexed (only their head is looked at). */
export const MAX_NOTE_BYTES = 5 * 1024 * 1024;
/** How much of an oversized note is read to see whether it declares `stack:`. */
const HEAD_BYTES = 64 * 1024;

/** A note file read from disk: its size and mtime (the cache key) and what it reads to. */
export interface NoteFileRead {
  /** The file's size; -1 when it could not be read. */
  size: number;
  /** The file's mtime; -1 when it could not be read or was not asked for (`stat` false). */
  mtimeMs: number;
  read: NoteRead;
}

/** Bytes a read starts with, and the most the reused buffer keeps between reads. */
const SCRATCH_BYTES = 64 * 1024;
const KEPT_SCRATCH_BYTES = 1024 * 1024;
/**
 * The buffer every read fills (reads are synchronous, one at a time, and the bytes are decoded
 * before the next read), so reading a vault allocates no buffer per note.
 */
let scratch: Buffer | null = null;

/**
 * Reads one note with a single open/read/close into a reused buffer, then `readNote`. With
 * `stat` (the cache needs the mtime) an fstat sizes the read, as `readFileSync` does; without,
 * the file is read until end of file and fstat'ed only when it outgrows the buffer.
 * Bad content (not UTF-8, oversized) is a problem; an unreadable file is a problem too.
 * `rawFstat` (from `rawStatFor`), when given, is that fstat without an fs.Stats.
 */
export function readNoteFile(
  absPath: string,
  path: string,
  maxBytes: number = MAX_NOTE_BYTES,
  stat = true,
  rawFstat?: (fd: number) => Float64Array | undefined,
): NoteFileRead {
  let fd: number;
  try {
    fd = openSync(absPath, 'r');
  } catch (error) {
    return { size: -1, mtimeMs: -1, read: unreadable(path, error) };
  }
  try {
    return stat ? readSized(fd, path, maxBytes, rawFstat) : readToEnd(fd, path, maxBytes);
  } catch (error) {
    return { size: -1, mtimeMs: -1, read: unreadable(path, error) };
  } finally {
    closeSync(fd);
    if (scratch !== null && scratch.length > KEPT_SCRATCH_BYTES) scratch = null;
  }
}

/** The reused buffer, at least `bytes` long (its contents are not kept when it grows). */
function scratchOf(bytes: number): Buffer {
  if (scratch === null || scratch.length < bytes) scratch = Buffer.allocUnsafeSlow(Math.max(bytes, SCRATCH_BYTES));
  return scratch;
}

/** Fills `buffer` from `filled` up to `end` (or end of file); returns the bytes filled. */
function fill(fd: number, buffer: Buffer, filled: number, end: number): number {
  let at = filled;
  while (at < end) {
    const n = readSync(fd, buffer, at, end - at, at);
    if (n === 0) break;
    at += n;
  }
  return at;
}

/** Reads `size` bytes from fstat (the head only past `maxBytes`). */
function readSized(
  fd: number,
  path: string,
  maxBytes: number,
  rawFstat?: (fd: number) => Float64Array | undefined,
): NoteFileRead {
  let size: number;
  let mtimeMs: number;
  const values = rawFstat?.(fd);
  if (values) {
    size = rawSize(values);
    mtimeMs = rawMtimeMs(values);
  } else {
    const stat = fstatSync(fd);
    size = stat.size;
    mtimeMs = stat.mtimeMs;
  }
  const oversized = size > maxBytes;
  const want = oversized ? HEAD_BYTES : size;
  const buffer = scratchOf(want);
  const bytes = buffer.subarray(0, fill(fd, buffer, 0, want));
  return {
    size,
    mtimeMs,
    read: oversized ? readOversized(path, bytes, size, maxBytes) : readBytes(path, bytes),
  };
}

/** Reads until end of file without an fstat, unless the note outgrows the buffer. */
function readToEnd(fd: number, path: string, maxBytes: number): NoteFileRead {
  let buffer = scratchOf(SCRATCH_BYTES);
  let filled = 0;
  for (;;) {
    const n = readSync(fd, buffer, filled, buffer.length - filled, filled);
    if (n === 0) break;
    filled += n;
    if (filled < buffer.length) continue;
    // A large note: its size says whether to read it whole or only its head.
    const size = fstatSync(fd).size;
    if (size > maxBytes) {
      const head = buffer.length >= HEAD_BYTES ? buffer : growScratch(buffer, filled, HEAD_BYTES);
      const bytes = head.subarray(0, Math.min(HEAD_BYTES, fill(fd, head, filled, HEAD_BYTES)));
      return { size, mtimeMs: -1, read: readOversized(path, bytes, size, maxBytes) };
    }
    buffer = growScratch(buffer, filled, Math.max(size + 1, buffer.length * 2));
  }
  if (filled > maxBytes)
    return {
      size: filled,
      mtimeMs: -1,
      read: readOversized(path, buffer.subarray(0, Math.min(HEAD_BYTES, filled)), filled, maxBytes),
    };
  return { size: filled, mtimeMs: -1, read: readBytes(path, buffer.subarray(0, filled)) };
}

/** A larger reused buffer holding the first `filled` bytes of `buffer`. */
function growScratch(buffer: Buffer, filled: number, bytes: number): Buffer {
  const grown = Buffer.allocUnsafeSlow(bytes);
  buffer.copy(grown, 0, 0, filled);
  scratch = grown;
  return grown;
}

/** Reads a whole note's bytes: strict UTF-8, then frontmatter. */
export function readBytes(path: string, bytes: Uint8Array): NoteRead {
  const opens = opensWithDelimiter(bytes);
  const box = firstCheckbox(bytes);
  // Most notes have no frontmatter and no checklist: validate their UTF-8 in place instead of decoding to a string.
  if (!opens && box === -1) return isUtf8(bytes) ? PLAIN : notUtf8(path);
  // A note with frontmatter and no checklist reads as its frontmatter alone: decode only up to the block's end.
  const end = opens ? frontmatterEnd(bytes) : -1;
  if (end !== -1 && box === -1) {
    if (!isUtf8(bytes)) return notUtf8(path);
    // Only a block naming `stack` (in any case: a miscased key is warned about) reads as more than plain.
    if (!namesStack(bytes, end)) return PLAIN;
    const head = decodeNote(bytes.subarray(0, end));
    return head === null ? notUtf8(path) : readNote(path, head);
  }
  // A note without frontmatter or fences gives only its checklist lines: decode from the first one's line.
  const tail = opens || bytes[0] === 0xef ? undefined : tasksFromLine(path, bytes, box);
  if (tail !== undefined) return tail;
  const text = decodeNote(bytes);
  return text === null ? notUtf8(path) : readNote(path, text);
}

/**
 * The read of a note that neither opens with `---` nor a byte order mark (so it is plain but for
 * its checklist lines), decoding only from the line holding its first ` [c]` (`box`), as no
 * checklist line starts before that line (none spans a `\n`): the lines, numbers and `⏱` entries
 * `readNote` finds in the whole text. Undefined (read it whole) when the note has a code fence
 * (which a line before could open).
 */
function tasksFromLine(path: string, b: Uint8Array, box: number): NoteRead | undefined {
  const cut = b.lastIndexOf(0x0a, box) + 1;
  // The decoder would drop a byte order mark opening the line (the whole note's decode keeps it).
  if (cut === 0 || b[cut] === 0xef || hasRun(b, 0x60) || hasRun(b, 0x7e)) return undefined;
  // Split at an ASCII byte, the bytes are UTF-8 when both halves are.
  const text = isUtf8(b.subarray(0, cut)) ? decodeNote(b.subarray(cut)) : null;
  if (text === null) return notUtf8(path);
  let above = 0;
  for (let i = b.indexOf(0x0a); i !== -1 && i < cut; i = b.indexOf(0x0a, i + 1)) above++;
  const tasks = withTimeEntries(text, findTaskLines(text));
  for (let i = 0; i < tasks.length; i++) tasks[i].line += above;
  return withTaskLines(PLAIN, tasks);
}

/** Whether `stack`, in any ASCII case (as the key patterns match it), is among the first `end` bytes. */
function namesStack(b: Uint8Array, end: number): boolean {
  for (let i = b.indexOf(0x73); i !== -1 && i < end; i = b.indexOf(0x73, i + 1)) if (tackAt(b, i + 1)) return true;
  for (let i = b.indexOf(0x53); i !== -1 && i < end; i = b.indexOf(0x53, i + 1)) if (tackAt(b, i + 1)) return true;
  return false;
}

/** Whether `tack` in any ASCII case starts at `i` (a byte ORed with 0x20 is a lower-case letter only from that letter's two cases). */
function tackAt(b: Uint8Array, i: number): boolean {
  return (
    (b[i] | 0x20) === 0x74 && (b[i + 1] | 0x20) === 0x61 && (b[i + 2] | 0x20) === 0x63 && (b[i + 3] | 0x20) === 0x6b
  );
}

/** Whether three `code` bytes follow each other somewhere (a code fence's ``` or ~~~). */
function hasRun(b: Uint8Array, code: number): boolean {
  for (let i = b.indexOf(code); i !== -1; i = b.indexOf(code, i + 1))
    if (b[i + 1] === code && b[i + 2] === code) return true;
  return false;
}

/**
 * Where the frontmatter block of a note opening with `---` ends: just past the newline of its
 * closing line, as `findFrontmatter` finds them (an opening `---` line, then the first `---` line,
 * each with only blanks after the dashes); -1 when the block is not closed by a line ending there.
 * Every byte looked at is ASCII, which no byte of a multi-byte UTF-8 character equals.
 */
export function frontmatterEnd(b: Uint8Array): number {
  const at = b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
  let newline = delimiterLineEnd(b, at + 3);
  while (newline !== -1 && newline < b.length) {
    const next = b.indexOf(0x0a, newline + 1);
    if (next === -1) return -1;
    // The line after `newline` starts at newline + 1.
    if (b[newline + 1] === 45 && b[newline + 2] === 45 && b[newline + 3] === 45) {
      const close = delimiterLineEnd(b, newline + 4);
      if (close !== -1) return close < b.length ? close + 1 : -1;
    }
    newline = next;
  }
  return -1;
}

/** After `---` at `pos`: the index of the line's newline when only blanks (space, tab, CR) follow, the length at the end, else -1. */
function delimiterLineEnd(b: Uint8Array, pos: number): number {
  for (let i = pos; i < b.length; i++) {
    const c = b[i];
    if (c === 0x0a) return i;
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d) return -1;
  }
  return b.length;
}

const PLAIN: NoteRead = { type: 'plain' };

/** True when the bytes start with `---`, after an optional UTF-8 byte order mark. */
function opensWithDelimiter(b: Uint8Array): boolean {
  const at = b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
  return b[at] === 45 && b[at + 1] === 45 && b[at + 2] === 45;
}

/**
 * Where the bytes first have ` [c]` (one character, in any UTF-8 length, between brackets after a
 * space; the index of its `[`), or -1: a checklist line needs it, so notes without one are never
 * decoded for tasks.
 */
function firstCheckbox(b: Uint8Array): number {
  for (let i = b.indexOf(0x5b); i !== -1; i = b.indexOf(0x5b, i + 1)) {
    if (i === 0 || b[i - 1] !== 0x20) continue;
    const lead = b[i + 1];
    const width = lead < 0x80 ? 1 : lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
    if (b[i + 1 + width] === 0x5d) return i;
  }
  return -1;
}

function notUtf8(path: string): NoteRead {
  return { type: 'invalid', problems: [problem(path, '', 'not valid UTF-8 text; save the note as UTF-8', 'error')] };
}

/** Looks at an oversized note's head: a problem if it declares `stack:`, otherwise plain. */
function readOversized(path: string, head: Uint8Array, size: number, maxBytes: number): NoteRead {
  const text = new TextDecoder('utf-8').decode(head);
  const read = readNote(path, text);
  if (read.type === 'plain') return read;
  return invalid(path, `note is ${formatSize(size)}, over the ${formatSize(maxBytes)} limit; not indexed`);
}

function unreadable(path: string, error: unknown): NoteRead {
  return { type: 'invalid', problems: [problem(path, '', `could not be read (${errnoCode(error)})`, 'error')] };
}
