import type * as O from 'obsidian';
import { decodeUtf8, encodeUtf8, toArrayBuffer, toBytes, concatBytes } from './bytes';
import { Events } from './Events';
import { HostError, enoent } from './HostError';
import { MemoryAdapter } from './MemoryAdapter';
import { MemoryStore, key } from './MemoryStore';
import { isHiddenPath, joinPath, normalizePath, parentPath } from './paths';
import { TAbstractFile, TFile, TFolder } from './TAbstractFile';
import type { HostScheduler } from './scheduler';
import { VaultTree } from './VaultTree';
import defaults from './defaults.json';

/** Obsidian's Vault over the in-memory store: TFile/TFolder objects and synchronous `create`/`modify`/`delete`/`rename` events. */
export class Vault extends Events implements O.Vault {
  readonly adapter: MemoryAdapter;
  configDir = defaults.configDir;
  /** Host-only: the TFile/TFolder tree mirrored from the store. */
  readonly tree: VaultTree;

  constructor(
    readonly store: MemoryStore,
    private readonly name: string,
    private readonly scheduler: HostScheduler,
  ) {
    super();
    this.adapter = new MemoryAdapter(store, name);
    this.tree = new VaultTree(this, store);
    this.adapter.onChange = (path) => this.scheduler.later(() => this.tree.reconcile(path));
  }

  /** Calls `cb` for a folder and everything under it, parents before children. */
  static recurseChildren(root: O.TFolder, cb: (file: O.TAbstractFile) => unknown): void {
    const stack: O.TAbstractFile[] = [root];
    while (stack.length > 0) {
      const file = stack.pop() as O.TAbstractFile;
      cb(file);
      if (file instanceof TFolder) stack.push(...[...file.children].reverse());
    }
  }

  /** The vault's name. */
  getName(): string {
    return this.name;
  }

  /** The file at a path, or null (folders give null too). */
  getFileByPath(path: string): TFile | null {
    const f = this.tree.get(path);
    return f instanceof TFile ? f : null;
  }

  /** The folder at a path, or null. */
  getFolderByPath(path: string): TFolder | null {
    const f = this.tree.get(path);
    return f instanceof TFolder ? f : null;
  }

  /** The file or folder at a path (case-sensitive), or null. */
  getAbstractFileByPath(path: string): TAbstractFile | null {
    return this.tree.get(path);
  }

  /** The root folder. */
  getRoot(): TFolder {
    return this.tree.root;
  }

  /** Creates a text file; rejects when it exists or its folder is missing. */
  async create(path: string, data: string, options?: O.DataWriteOptions): Promise<TFile> {
    return this.createWith(path, encodeUtf8(data), options);
  }

  /** Creates a binary file; rejects when it exists or its folder is missing. */
  async createBinary(path: string, data: ArrayBuffer, options?: O.DataWriteOptions): Promise<TFile> {
    return this.createWith(path, toBytes(data), options);
  }

  /** Creates a folder and missing ancestors; rejects when it exists. */
  async createFolder(path: string): Promise<TFolder> {
    const p = this.visiblePath(path);
    if (this.store.get(p)) throw new Error('Folder already exists.');
    for (const created of this.store.mkdirs(p)) this.trigger('create', this.tree.attach(created));
    return this.existingFolder(p);
  }

  /** Reads a text file from the store. */
  async read(file: O.TFile): Promise<string> {
    return decodeUtf8(this.store.getFile(this.existing(file).path, 'open').data);
  }

  /** Same as `read` here: there is no separate cache. */
  async cachedRead(file: O.TFile): Promise<string> {
    return this.read(file);
  }

  /** Reads a binary file. */
  async readBinary(file: O.TFile): Promise<ArrayBuffer> {
    return toArrayBuffer(this.store.getFile(this.existing(file).path, 'open').data);
  }

  /** A URL for the browser engine. */
  getResourcePath(file: O.TFile): string {
    return this.adapter.getResourcePath(file.path);
  }

  /** Deletes a file or a folder with everything in it; fires `delete` for each, children first. */
  async delete(file: O.TAbstractFile, _force?: boolean): Promise<void> {
    const target = this.existing(file);
    const removed = this.tree.detachDeep(target);
    for (const p of [...this.store.descendants(key(target.path)), key(target.path)]) this.store.delete(p);
    for (const f of removed) this.trigger('delete', f);
  }

  /** Moves a file or folder to `.trash/` (there is no system trash); fires `delete` like Obsidian. */
  async trash(file: O.TAbstractFile, _system: boolean): Promise<void> {
    await this.hostTrashLocal(file);
  }

  /** Host-only: moves a file or folder into the vault's trash folder, firing `delete` for each item. */
  async hostTrashLocal(file: O.TAbstractFile): Promise<void> {
    const target = this.existing(file);
    const removed = this.tree.detachDeep(target);
    this.store.mkdirs(defaults.trashDir);
    let dest = joinPath(defaults.trashDir, target.name);
    for (let n = 1; this.store.get(dest); n++) dest = joinPath(defaults.trashDir, `${target.name} ${n}`);
    this.store.move(key(target.path), dest);
    for (const f of removed) this.trigger('delete', f);
  }

  /** Renames or moves; fires `rename(file, oldPath)` for the item, then for each descendant. */
  async rename(file: O.TAbstractFile, newPath: string): Promise<void> {
    const target = this.existing(file);
    const to = this.visiblePath(newPath);
    if (to === target.path) return;
    if (this.store.get(to)) throw new Error('Destination file already exists!');
    const folder = this.store.get(parentPath(to));
    if (!folder || folder.kind !== 'folder') throw enoent('rename', to);
    this.store.move(key(target.path), to);
    for (const [moved, oldPath] of this.tree.move(target, to)) this.trigger('rename', moved, oldPath);
  }

  /** Replaces a text file's content; fires `modify`. */
  async modify(file: O.TFile, data: string, options?: O.DataWriteOptions): Promise<void> {
    this.writeExisting(this.existingFile(file), encodeUtf8(data), options);
  }

  /** Replaces a binary file's content; fires `modify`. */
  async modifyBinary(file: O.TFile, data: ArrayBuffer, options?: O.DataWriteOptions): Promise<void> {
    this.writeExisting(this.existingFile(file), toBytes(data), options);
  }

  /** Appends text; fires `modify`. */
  async append(file: O.TFile, data: string, options?: O.DataWriteOptions): Promise<void> {
    const f = this.existingFile(file);
    const before = this.store.getFile(f.path, 'open').data;
    this.writeExisting(f, concatBytes(before, encodeUtf8(data)), options);
  }

  /** Appends bytes; fires `modify`. */
  async appendBinary(file: O.TFile, data: ArrayBuffer, options?: O.DataWriteOptions): Promise<void> {
    const f = this.existingFile(file);
    const before = this.store.getFile(f.path, 'open').data;
    this.writeExisting(f, concatBytes(before, toBytes(data)), options);
  }

  /**
   * Atomically reads, transforms and writes a note: nothing else runs between the read and the write.
   * When `fn` throws the file is untouched; when it returns the same text nothing is written.
   */
  async process(file: O.TFile, fn: (data: string) => string, options?: O.DataWriteOptions): Promise<string> {
    const f = this.existingFile(file);
    const before = decodeUtf8(this.store.getFile(f.path, 'open').data);
    const after = fn(before);
    if (after !== before) this.writeExisting(f, encodeUtf8(after), options);
    return after;
  }

  /** Copies a file (or a folder, recursively) to a new path; fires `create` for each new item. */
  async copy<T extends O.TAbstractFile>(file: T, newPath: string): Promise<T> {
    const source = this.existing(file);
    const to = this.visiblePath(newPath);
    if (this.store.get(to)) throw new Error('Destination file already exists!');
    if (source instanceof TFile) {
      const data = this.store.getFile(source.path, 'copyfile').data.slice();
      return (await this.createWith(to, data)) as unknown as T;
    }
    await this.createFolder(to);
    const children = source instanceof TFolder ? [...source.children] : [];
    for (const child of children) await this.copy(child, joinPath(to, child.name));
    return this.tree.get(to) as unknown as T;
  }

  /** Every file and folder, the root included. */
  getAllLoadedFiles(): TAbstractFile[] {
    return this.tree.all();
  }

  /** Every folder, optionally with the root. */
  getAllFolders(includeRoot?: boolean): TFolder[] {
    return this.tree.all().filter((f): f is TFolder => f instanceof TFolder && (includeRoot === true || !f.isRoot()));
  }

  /** Every `.md` file. */
  getMarkdownFiles(): TFile[] {
    return this.getFiles().filter((f) => f.extension === 'md');
  }

  /** Every file. */
  getFiles(): TFile[] {
    return this.tree.all().filter((f): f is TFile => f instanceof TFile);
  }

  private async createWith(path: string, data: Uint8Array, options?: O.DataWriteOptions): Promise<TFile> {
    const p = this.visiblePath(path);
    if (this.store.get(p)) throw new Error('File already exists.');
    this.store.writeFile(p, data, options);
    const file = this.tree.attach(p);
    if (!(file instanceof TFile)) throw new Error(`test host: ${p} should be a file`);
    this.trigger('create', file);
    return file;
  }

  private writeExisting(file: TFile, data: Uint8Array, options?: O.DataWriteOptions): void {
    this.store.writeFile(file.path, data, options);
    this.tree.refreshStat(file);
    this.trigger('modify', file);
  }

  private existingFile(file: O.TAbstractFile): TFile {
    const f = this.existing(file);
    if (!(f instanceof TFile))
      throw new HostError('EISDIR', `EISDIR: illegal operation on a directory, open '${file.path}'`, file.path);
    return f;
  }

  private existingFolder(path: string): TFolder {
    const f = this.tree.get(path);
    if (!(f instanceof TFolder)) throw enoent('scandir', path);
    return f;
  }

  private existing(file: O.TAbstractFile): TAbstractFile {
    const current = this.tree.get(file.path);
    if (!current || current !== file) throw enoent('open', file.path);
    return current;
  }

  private visiblePath(path: string): string {
    const p = key(normalizePath(path));
    if (p === '') throw new HostError('EINVAL', 'The vault root cannot be created, renamed or copied onto', path);
    if (isHiddenPath(p))
      throw new HostError('EINVAL', `"${p}" is hidden (a segment starts with "."): use vault.adapter for it`, p);
    return p;
  }
}
