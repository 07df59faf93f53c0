import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { problem } from '../../core/model/Problem';
import { decodeNote } from '../../core/notes/decodeNote';
import { formatSize } from '../../core/notes/parseFrontmatter';
import { errnoCode } from '../errnoCode';
import { invalid, readNote, type NoteRead } from '../../core/notes/readNote';

/** Notes larger than this are not indexed (only their head is looked at). */
export const MAX_NOTE_BYTES = 5 * 1024 * 1024;
/** How much of an oversized note is read to see whether it declares `stack:`. */
const HEAD_BYTES = 64 * 1024;

/** A note file read from disk: its size and mtime (the cache key) and what it reads to. */
export interface NoteFileRead {
  size: number;
  mtimeMs: number;
  read: NoteRead;
}

/**
 * Reads one note with a single open/fstat/read/close (as `readFileSync` does), then `readNote`.
 * Bad content (not UTF-8, oversized) is a problem; an unreadable file is a problem too.
 */
export function readNoteFile(absPath: string, path: string, maxBytes: number = MAX_NOTE_BYTES): NoteFileRead {
  let fd: number;
  try {
    fd = openSync(absPath, 'r');
  } catch (error) {
    return { size: -1, mtimeMs: -1, read: unreadable(path, error) };
  }
  try {
    const stat = fstatSync(fd);
    const size = stat.size;
    const oversized = size > maxBytes;
    const buffer = Buffer.allocUnsafe(oversized ? HEAD_BYTES : size);
    let filled = 0;
    while (filled < buffer.length) {
      const n = readSync(fd, buffer, filled, buffer.length - filled, filled);
      if (n === 0) break;
      filled += n;
    }
    const bytes = filled === buffer.length ? buffer : buffer.subarray(0, filled);
    return { size, mtimeMs: stat.mtimeMs, read: oversized ? readOversized(path, bytes, size, maxBytes) : readBytes(path, bytes) };
  } catch (error) {
    return { size: -1, mtimeMs: -1, read: unreadable(path, error) };
  } finally {
    closeSync(fd);
  }
}

/** Reads a whole note's bytes: strict UTF-8, then frontmatter. */
export function readBytes(path: string, bytes: Uint8Array): NoteRead {
  const text = decodeNote(bytes);
  if (text === null) {
    return { type: 'invalid', problems: [problem(path, '', 'not valid UTF-8 text; save the note as UTF-8', 'error')] };
  }
  return readNote(path, text);
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
