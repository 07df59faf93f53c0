import { HostClock } from './HostClock';
import { HostError, enoent } from './HostError';
import { parentPath } from './paths';

/** A stored file: its bytes and times. */
export interface StoredFile {
  kind: 'file';
  data: Uint8Array;
  ctime: number;
  mtime: number;
}

/** A stored folder. */
export interface StoredFolder {
  kind: 'folder';
  ctime: number;
  mtime: number;
}

/** One entry of the store. */
export type StoredEntry = StoredFile | StoredFolder;

/** The vault's disk: a flat map of normalized path → entry; '' is the root folder. Hidden paths live here too. */
export class MemoryStore {
  private readonly entries = new Map<string, StoredEntry>();

  constructor(readonly clock: HostClock) {
    const t = clock.now();
    this.entries.set('', { kind: 'folder', ctime: t, mtime: t });
  }

  /** The entry at a path, or undefined. */
  get(path: string): StoredEntry | undefined {
    return this.entries.get(key(path));
  }

  /** The file at a path; throws ENOENT when missing and EISDIR for a folder. */
  getFile(path: string, op: string): StoredFile {
    const entry = this.entries.get(key(path));
    if (!entry) throw enoent(op, path);
    if (entry.kind !== 'file')
      throw new HostError('EISDIR', `EISDIR: illegal operation on a directory, ${op} '${path}'`, path);
    return entry;
  }

  /** Writes a file, creating it when missing; the parent folder must exist. Returns whether it was created. */
  writeFile(path: string, data: Uint8Array, times: { ctime?: number; mtime?: number } = {}): boolean {
    const k = key(path);
    const existing = this.entries.get(k);
    if (existing?.kind === 'folder')
      throw new HostError('EISDIR', `EISDIR: illegal operation on a directory, open '${path}'`, path);
    this.requireFolder(parentPath(k), 'open', path);
    const now = this.clock.now();
    this.entries.set(k, {
      kind: 'file',
      data,
      ctime: times.ctime ?? existing?.ctime ?? now,
      mtime: times.mtime ?? now,
    });
    return existing === undefined;
  }

  /** Creates a folder and its missing ancestors; returns the paths created, outermost first. */
  mkdirs(path: string): string[] {
    const k = key(path);
    if (k === '') return [];
    const existing = this.entries.get(k);
    if (existing?.kind === 'file') throw new HostError('EEXIST', `EEXIST: file already exists, mkdir '${path}'`, path);
    if (existing) return [];
    const created = this.mkdirs(parentPath(k));
    const now = this.clock.now();
    this.entries.set(k, { kind: 'folder', ctime: now, mtime: now });
    return [...created, k];
  }

  /** Removes one entry (no recursion). */
  delete(path: string): void {
    this.entries.delete(key(path));
  }

  /** Direct children paths of a folder. */
  children(path: string): string[] {
    const k = key(path);
    const prefix = k === '' ? '' : `${k}/`;
    const out: string[] = [];
    for (const p of this.entries.keys()) {
      if (p !== '' && p.startsWith(prefix) && !p.slice(prefix.length).includes('/')) out.push(p);
    }
    return out.sort();
  }

  /** Every path under a folder (not the folder), deepest-first order not guaranteed. */
  descendants(path: string): string[] {
    const k = key(path);
    const prefix = k === '' ? '' : `${k}/`;
    return [...this.entries.keys()].filter((p) => p !== '' && p.startsWith(prefix) && p !== k);
  }

  /** Moves an entry and everything under it to a new path (parent must exist). */
  move(from: string, to: string): void {
    const f = key(from);
    const t = key(to);
    const moved = [f, ...this.descendants(f)].filter((p) => this.entries.has(p));
    const entries = moved.map((p) => [p, this.entries.get(p) as StoredEntry] as const);
    for (const [p] of entries) this.entries.delete(p);
    for (const [p, entry] of entries) this.entries.set(t + p.slice(f.length), entry);
  }

  /** All paths (excluding the root). */
  paths(): string[] {
    return [...this.entries.keys()].filter((p) => p !== '');
  }

  private requireFolder(folder: string, op: string, forPath: string): void {
    const entry = this.entries.get(folder);
    if (!entry) throw enoent(op, forPath);
    if (entry.kind !== 'folder')
      throw new HostError('ENOTDIR', `ENOTDIR: not a directory, ${op} '${forPath}'`, forPath);
  }
}

/** The store key for a normalized vault path ('/' and '' are the root). */
export function key(path: string): string {
  return path === '/' ? '' : path.replace(/^\/+|\/+$/g, '');
}
