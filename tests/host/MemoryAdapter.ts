import type * as O from 'obsidian';
import { concatBytes, decodeUtf8, encodeUtf8, toArrayBuffer, toBytes } from './bytes';
import { HostError, enoent } from './HostError';
import { MemoryStore, key } from './MemoryStore';
import { fileName, joinPath, parentPath } from './paths';

/** Called after the adapter changed a path, so the vault can notice it like Obsidian's file watcher. */
export type AdapterChangeListener = (path: string) => void;

/** `vault.adapter`: Obsidian's DataAdapter over the in-memory store. Rejects with `code: 'ENOENT'` like the desktop adapter. */
export class MemoryAdapter implements O.DataAdapter {
  /** Host-only: set by the vault to learn about writes that bypass it. */
  onChange: AdapterChangeListener = () => {};

  constructor(
    readonly store: MemoryStore,
    private readonly vaultName: string,
  ) {}

  /** The vault's name. */
  getName(): string {
    return this.vaultName;
  }

  /** Whether a file or folder exists at the path. */
  async exists(normalizedPath: string, _sensitive?: boolean): Promise<boolean> {
    return this.store.get(normalizedPath) !== undefined;
  }

  /** Type, times and size of a path, or null when missing. */
  async stat(normalizedPath: string): Promise<O.Stat | null> {
    const entry = this.store.get(normalizedPath);
    if (!entry) return null;
    const size = entry.kind === 'file' ? entry.data.length : 0;
    return { type: entry.kind, ctime: entry.ctime, mtime: entry.mtime, size };
  }

  /** Direct children of a folder, as full paths (hidden ones included). */
  async list(normalizedPath: string): Promise<O.ListedFiles> {
    const entry = this.store.get(normalizedPath);
    if (!entry) throw enoent('scandir', normalizedPath);
    if (entry.kind !== 'folder')
      throw new HostError('ENOTDIR', `ENOTDIR: not a directory, scandir '${normalizedPath}'`, normalizedPath);
    const files: string[] = [];
    const folders: string[] = [];
    for (const child of this.store.children(normalizedPath)) {
      (this.store.get(child)?.kind === 'folder' ? folders : files).push(child);
    }
    return { files, folders };
  }

  /** A file's text (UTF-8). */
  async read(normalizedPath: string): Promise<string> {
    return decodeUtf8(this.store.getFile(normalizedPath, 'open').data);
  }

  /** A file's bytes, as a fresh ArrayBuffer. */
  async readBinary(normalizedPath: string): Promise<ArrayBuffer> {
    return toArrayBuffer(this.store.getFile(normalizedPath, 'open').data);
  }

  /** Writes text, creating the file; the parent folder must exist. */
  async write(normalizedPath: string, data: string, options?: O.DataWriteOptions): Promise<void> {
    this.store.writeFile(normalizedPath, encodeUtf8(data), options);
    this.changed(normalizedPath);
  }

  /** Writes bytes, creating the file; the parent folder must exist. */
  async writeBinary(normalizedPath: string, data: ArrayBuffer, options?: O.DataWriteOptions): Promise<void> {
    this.store.writeFile(normalizedPath, toBytes(data), options);
    this.changed(normalizedPath);
  }

  /** Appends text, creating the file when missing. */
  async append(normalizedPath: string, data: string, options?: O.DataWriteOptions): Promise<void> {
    await this.appendBinary(normalizedPath, toArrayBuffer(encodeUtf8(data)), options);
  }

  /** Appends bytes, creating the file when missing. */
  async appendBinary(normalizedPath: string, data: ArrayBuffer, options?: O.DataWriteOptions): Promise<void> {
    const existing = this.store.get(normalizedPath);
    const before = existing?.kind === 'file' ? existing.data : new Uint8Array(0);
    if (existing?.kind === 'folder') this.store.getFile(normalizedPath, 'open');
    this.store.writeFile(normalizedPath, concatBytes(before, toBytes(data)), options);
    this.changed(normalizedPath);
  }

  /** Atomically reads, transforms and writes a text file; returns the written text. */
  async process(normalizedPath: string, fn: (data: string) => string, options?: O.DataWriteOptions): Promise<string> {
    const next = fn(decodeUtf8(this.store.getFile(normalizedPath, 'open').data));
    this.store.writeFile(normalizedPath, encodeUtf8(next), options);
    this.changed(normalizedPath);
    return next;
  }

  /** A URL for the browser engine, like `app://…/path?mtime`. */
  getResourcePath(normalizedPath: string): string {
    const entry = this.store.get(normalizedPath);
    const suffix = entry ? `?${entry.mtime}` : '';
    return `app://vault-stack-host/${encodeURI(key(normalizedPath))}${suffix}`;
  }

  /** Creates a folder and missing ancestors; succeeds when it exists already. */
  async mkdir(normalizedPath: string): Promise<void> {
    const created = this.store.mkdirs(normalizedPath);
    for (const p of created) this.changed(p);
  }

  /** There is no system trash here: always false, so callers fall back to the local trash. */
  async trashSystem(_normalizedPath: string): Promise<boolean> {
    return false;
  }

  /** Moves a file or folder into `.trash/`, renaming it when the name is taken. */
  async trashLocal(normalizedPath: string): Promise<void> {
    if (!this.store.get(normalizedPath)) throw enoent('rename', normalizedPath);
    this.store.mkdirs('.trash');
    const name = fileName(key(normalizedPath));
    let target = joinPath('.trash', name);
    for (let n = 1; this.store.get(target); n++) target = joinPath('.trash', `${name} ${n}`);
    this.store.move(normalizedPath, target);
    this.changed(normalizedPath);
  }

  /** Removes a folder; without `recursive` it must be empty. */
  async rmdir(normalizedPath: string, recursive: boolean): Promise<void> {
    const entry = this.store.get(normalizedPath);
    if (!entry) throw enoent('rmdir', normalizedPath);
    if (entry.kind !== 'folder')
      throw new HostError('ENOTDIR', `ENOTDIR: not a directory, rmdir '${normalizedPath}'`, normalizedPath);
    const inside = this.store.descendants(normalizedPath);
    if (inside.length > 0 && !recursive) {
      throw new HostError('ENOTEMPTY', `ENOTEMPTY: directory not empty, rmdir '${normalizedPath}'`, normalizedPath);
    }
    for (const p of inside) this.store.delete(p);
    this.store.delete(normalizedPath);
    this.changed(normalizedPath);
  }

  /** Removes a file. */
  async remove(normalizedPath: string): Promise<void> {
    this.store.getFile(normalizedPath, 'unlink');
    this.store.delete(normalizedPath);
    this.changed(normalizedPath);
  }

  /** Moves a file or folder; the destination must not exist. Missing destination folders are created. */
  async rename(normalizedPath: string, normalizedNewPath: string): Promise<void> {
    if (!this.store.get(normalizedPath)) throw enoent('rename', normalizedPath);
    if (this.store.get(normalizedNewPath)) {
      throw new HostError(
        'EEXIST',
        `EEXIST: destination already exists, rename '${normalizedNewPath}'`,
        normalizedNewPath,
      );
    }
    this.store.mkdirs(parentPath(key(normalizedNewPath)));
    this.store.move(normalizedPath, normalizedNewPath);
    this.changed(normalizedPath);
    this.changed(normalizedNewPath);
  }

  /** Copies a file; the destination must not exist. */
  async copy(normalizedPath: string, normalizedNewPath: string): Promise<void> {
    const source = this.store.getFile(normalizedPath, 'copyfile');
    if (this.store.get(normalizedNewPath)) {
      throw new HostError('EEXIST', `EEXIST: file already exists, copyfile '${normalizedNewPath}'`, normalizedNewPath);
    }
    this.store.writeFile(normalizedNewPath, source.data.slice());
    this.changed(normalizedNewPath);
  }

  private changed(path: string): void {
    this.onChange(key(path));
  }
}
