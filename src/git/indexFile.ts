import { GitLayerError } from './errors';

/** One stage-0 entry of `.git/index`: what git last recorded for a working-tree file. */
export interface IndexEntry {
  readonly path: string;
  /** The blob's oid (hex, computed on first use: a scan of a clean vault never needs it). */
  readonly oid: string;
  readonly mode: number;
  readonly size: number;
  /** Modification time in ms (seconds and nanoseconds from the index, floored to ms). */
  readonly mtimeMs: number;
}

/**
 * The stage-0 entries of a parsed `.git/index`, by path. Each entry is a row of columns read in
 * one pass (no object per entry: at 50,000 notes those objects and their garbage were a fifth of a
 * no-change scan); {@link IndexEntries.get} makes the entry object a caller asks for. Paths are
 * looked up by binary search while they are in strictly ascending order, as git writes them (for
 * any name without characters beyond U+FFFF, string order is git's byte order); an index out of
 * that order gets a Map on the first lookup. At 50,000 entries filling a Map and a lookup per
 * listed file were a tenth of a no-change `vault-stack commit`.
 */
export class IndexEntries {
  private rows: Map<string, number> | null = null;
  /** Size in bytes, as recorded (the low 32 bits of the file's size). */
  readonly sizes: Float64Array;
  /** Modification time in ms (seconds and nanoseconds from the index, floored to ms). */
  readonly mtimes: Float64Array;
  readonly modes: Uint32Array;
  /** Where each entry starts in the index bytes (its cached stat data, then its oid at +40). */
  readonly offsets: Uint32Array;
  /** The path of each row, in index order (sized once: no copies as it grows). */
  readonly paths: string[];
  private count = 0;
  /** Whether every path is greater (string order) than the one before: then rows are found by binary search. */
  private ascending = true;

  constructor(
    private readonly bytes: Uint8Array,
    capacity: number,
  ) {
    this.paths = new Array<string>(capacity);
    this.sizes = new Float64Array(capacity);
    this.mtimes = new Float64Array(capacity);
    this.modes = new Uint32Array(capacity);
    this.offsets = new Uint32Array(capacity);
  }

  /** Records an entry (the parser's; a later entry for the same path replaces the earlier). */
  add(path: string, at: number, mode: number, size: number, mtimeMs: number): void {
    const row = this.count++;
    if (this.ascending && row > 0 && !(this.paths[row - 1] < path)) this.ascending = false;
    this.paths[row] = path;
    this.offsets[row] = at;
    this.modes[row] = mode;
    this.sizes[row] = size;
    this.mtimes[row] = mtimeMs;
    this.rows?.set(path, row);
  }

  /** How many rows there are; each path has one unless {@link IndexEntries.isAscending} is false. */
  get rowCount(): number {
    return this.count;
  }

  /** Whether the paths are strictly ascending in string order (one row per path, found by binary search). */
  get isAscending(): boolean {
    return this.ascending;
  }

  /** How many paths have an entry. */
  get size(): number {
    return this.ascending ? this.count : this.lookup().size;
  }

  /** The row of `path`'s entry in the columns, or -1 when it has none. */
  rowOf(path: string): number {
    if (!this.ascending) return this.lookup().get(path) ?? -1;
    const paths = this.paths;
    let low = 0;
    let high = this.count - 1;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      const at = paths[mid];
      if (at < path) low = mid + 1;
      else if (at > path) high = mid - 1;
      else return mid;
    }
    return -1;
  }

  /** The first row whose path is not below `path` in string order (the row count when none); only while {@link IndexEntries.isAscending}. */
  firstRowFrom(path: string): number {
    const paths = this.paths;
    let low = 0;
    let high = this.count;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (paths[mid] < path) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  has(path: string): boolean {
    return this.rowOf(path) >= 0;
  }

  private lookup(): Map<string, number> {
    if (this.rows === null) {
      this.rows = new Map();
      for (let row = 0; row < this.count; row++) this.rows.set(this.paths[row], row);
    }
    return this.rows;
  }

  /** The entry of `path`, or `undefined` when the index has none. */
  get(path: string): IndexEntry | undefined {
    const row = this.rowOf(path);
    return row < 0 ? undefined : this.entryAt(path, row);
  }

  /** The entry in row `row` (from {@link IndexEntries.rowOf}). */
  at(row: number): IndexEntry {
    return this.entryAt(this.paths[row], row);
  }

  private entryAt(path: string, row: number): IndexEntry {
    const oidAt = this.offsets[row] + 40;
    const bytes = this.bytes;
    return {
      path,
      mode: this.modes[row],
      size: this.sizes[row],
      mtimeMs: this.mtimes[row],
      get oid() {
        return hex(bytes, oidAt, 20);
      },
    };
  }

  /** Every path with an entry, in index order. */
  keys(): IterableIterator<string> {
    return this.ascending ? this.paths.slice(0, this.count).values() : this.lookup().keys();
  }

  /** Every entry, in index order. */
  *values(): IterableIterator<IndexEntry> {
    for (const path of this.keys()) yield this.get(path) as IndexEntry;
  }
}

/** A parsed `.git/index`: entries by path, plus the paths in conflict (stages 1–3). */
export interface GitIndexSnapshot {
  version: number;
  entries: IndexEntries;
  conflicts: string[];
  /** Where the extensions start (after the last entry). */
  extensionsAt: number;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** `length` bytes from `start` as lower-case hex. */
export function hex(bytes: Uint8Array, start: number, length: number): string {
  let out = '';
  for (let i = start; i < start + length; i++) out += HEX[bytes[i]];
  return out;
}

function unsupported(what: string, fix: string): GitLayerError {
  return new GitLayerError(
    'INDEX_UNSUPPORTED',
    `.git/index is ${what}, which Vault Stack cannot read. Run ${fix} in the vault, then try again.`,
    'parseGitIndex',
  );
}

/** Throws `INDEX_UNSUPPORTED` for a split index (`link`) or a sparse one (`sdir`): their entries live elsewhere, so reading or rewriting this file alone would lose them. */
export function assertReadableExtensions(extensions: ReadonlyMap<string, Uint8Array>): void {
  if (extensions.has('link'))
    throw unsupported(
      'a split index (core.splitIndex)',
      '`git update-index --no-split-index` and `git config core.splitIndex false`',
    );
  if (extensions.has('sdir')) throw unsupported('a sparse index (index.sparse)', '`git sparse-checkout disable`');
}

/**
 * Parses git's index format (versions 2, 3 and 4; see git's `Documentation/gitformat-index.txt`).
 * Extensions and the trailing checksum are skipped: only entries matter here.
 */
export function parseGitIndex(input: Uint8Array): GitIndexSnapshot {
  // A plain view: node's Buffer.subarray costs several times a typed array's, once per entry here.
  const bytes = new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  const corrupt = (why: string) =>
    new GitLayerError('INDEX_CORRUPT', `.git/index is not readable: ${why}`, 'parseGitIndex');
  if (bytes.length < 12 || bytes[0] !== 0x44 || bytes[1] !== 0x49 || bytes[2] !== 0x52 || bytes[3] !== 0x43)
    throw corrupt('bad signature');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(4);
  if (version < 2 || version > 4) throw corrupt(`unsupported version ${version}`);
  const count = view.getUint32(8);
  const decoder = new TextDecoder();
  // Node's Buffer decodes a range in place (the text TextDecoder gives, U+FFFD for bytes that are
  // not UTF-8): no subarray per entry, whose 50,000 views at 50,000 notes were 4.7 MB of garbage.
  const utf8Slice = (input as { utf8Slice?: (start: number, end: number) => string }).utf8Slice;
  // Each entry takes 62 bytes or more: a larger count is a corrupt header, found below.
  const entries = new IndexEntries(bytes, Math.min(count, Math.floor(bytes.length / 62)));
  const conflicts: string[] = [];
  let offset = 12;
  let previous = new Uint8Array(0);
  for (let n = 0; n < count; n++) {
    if (offset + 62 > bytes.length) throw corrupt('truncated entry');
    const start = offset;
    const mtimeMs = view.getUint32(start + 8) * 1000 + Math.floor(view.getUint32(start + 12) / 1e6);
    const mode = view.getUint32(start + 24);
    const size = view.getUint32(start + 36);
    const flags = view.getUint16(start + 60);
    offset = start + 62;
    if (version >= 3 && (flags & 0x4000) !== 0) offset += 2;
    let path: string;
    if (version === 4) {
      let byte = bytes[offset++];
      let strip = byte & 0x7f;
      while ((byte & 0x80) !== 0) {
        byte = bytes[offset++];
        strip = ((strip + 1) << 7) | (byte & 0x7f);
      }
      const end = bytes.indexOf(0, offset);
      if (end < 0) throw corrupt('unterminated path');
      // v4 compresses paths against the previous one, counting bytes, not characters.
      const kept = previous.subarray(0, previous.length - strip);
      const full = new Uint8Array(kept.length + end - offset);
      full.set(kept);
      full.set(bytes.subarray(offset, end), kept.length);
      previous = full;
      path = decoder.decode(full);
      offset = end + 1;
    } else {
      const end = bytes.indexOf(0, offset);
      if (end < 0) throw corrupt('unterminated path');
      // TextDecoder beat String.fromCharCode over an ASCII check by 2x at 50,000 paths.
      path = utf8Slice ? utf8Slice.call(input, offset, end) : decoder.decode(bytes.subarray(offset, end));
      offset = start + ((end - start + 8) & ~7);
    }
    const stage = (flags >> 12) & 0x3;
    if (stage === 0) entries.add(path, start, mode, size, mtimeMs);
    else if (conflicts[conflicts.length - 1] !== path) conflicts.push(path);
  }
  assertReadableExtensions(readIndexExtensions(bytes, offset));
  return { version, entries, conflicts, extensionsAt: offset };
}

/** The index extensions after `from`, by signature (`TREE`, `link`, `UNTR`, …). */
export function readIndexExtensions(input: Uint8Array, from: number): Map<string, Uint8Array> {
  // Plain typed-array views: a parser slicing a Buffer's extension pays Buffer.subarray's cost per slice.
  const bytes = new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = new Map<string, Uint8Array>();
  let offset = from;
  while (offset + 8 <= bytes.length - 20) {
    const signature = String.fromCharCode(bytes[offset], bytes[offset + 1], bytes[offset + 2], bytes[offset + 3]);
    const size = view.getUint32(offset + 4);
    out.set(signature, bytes.subarray(offset + 8, offset + 8 + size));
    offset += 8 + size;
  }
  return out;
}
