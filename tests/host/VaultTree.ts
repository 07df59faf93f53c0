import type * as O from 'obsidian';
import { MemoryStore, key } from './MemoryStore';
import { isHiddenPath, parentPath } from './paths';
import { TAbstractFile, TFile, TFolder } from './TAbstractFile';
import type { Vault } from './Vault';

/** The vault's TFile/TFolder objects, mirrored from the visible (non-dot) part of the store. */
export class VaultTree {
  readonly root: TFolder;
  private readonly byPath = new Map<string, TAbstractFile>();

  constructor(
    private readonly vault: Vault,
    private readonly store: MemoryStore,
  ) {
    this.root = new TFolder(vault, '/');
    this.byPath.set('', this.root);
  }

  /** The object at a path ('/' or '' is the root), or null. */
  get(path: string): TAbstractFile | null {
    return this.byPath.get(key(path)) ?? null;
  }

  /** Every object, the root first, parents before children. */
  all(): TAbstractFile[] {
    return [...this.byPath.values()];
  }

  /** Builds objects for every visible stored path without firing events (the vault's initial load). */
  loadAll(): TAbstractFile[] {
    const paths = this.store
      .paths()
      .filter((p) => !isHiddenPath(p))
      .sort(byDepthThenName);
    return paths.map((p) => this.attach(p));
  }

  /** Creates the object for a stored path and links it into its parent. */
  attach(path: string): TAbstractFile {
    const entry = this.store.get(path);
    if (!entry) throw new Error(`test host: attach of missing path ${path}`);
    const file =
      entry.kind === 'file' ? new TFile(this.vault, path, statOf(this.store, path)) : new TFolder(this.vault, path);
    const parent = this.folderAt(parentPath(path));
    file.parent = parent;
    parent.children.push(file);
    this.byPath.set(path, file);
    return file;
  }

  /** Unlinks an object and everything under it; returns them children first. */
  detachDeep(target: TAbstractFile): TAbstractFile[] {
    const removed: TAbstractFile[] = [];
    const visit = (f: TAbstractFile): void => {
      if (f instanceof TFolder) for (const child of [...f.children]) visit(child);
      this.byPath.delete(key(f.path));
      removed.push(f);
    };
    visit(target);
    if (target.parent) target.parent.children = target.parent.children.filter((c) => c !== target);
    return removed;
  }

  /** Re-keys an object and its descendants under a new path; returns [object, oldPath] pairs, the object first. */
  move(target: TAbstractFile, to: string): Array<[TAbstractFile, string]> {
    const moved: Array<[TAbstractFile, string]> = [];
    const from = target.path;
    const visit = (f: TAbstractFile): void => {
      moved.push([f, f.path]);
      if (f instanceof TFolder) for (const child of f.children) visit(child);
    };
    visit(target);
    for (const [f] of moved) this.byPath.delete(f.path);
    for (const [f, old] of moved) {
      f.setPath(to + old.slice(from.length));
      this.byPath.set(f.path, f);
    }
    if (target.parent) target.parent.children = target.parent.children.filter((c) => c !== target);
    const parent = this.folderAt(parentPath(to));
    target.parent = parent;
    parent.children.push(target);
    return moved;
  }

  private folderAt(path: string): TFolder {
    const folder = this.byPath.get(path);
    if (!(folder instanceof TFolder)) throw new Error(`test host: no folder at "${path}"`);
    return folder;
  }

  /** Replaces a file's stat from the store. */
  refreshStat(file: TFile): void {
    file.stat = statOf(this.store, file.path);
  }

  /** Brings the tree in line with the store at one path after an adapter write, firing vault events. */
  reconcile(path: string): void {
    if (path === '' || isHiddenPath(path)) return;
    const entry = this.store.get(path);
    const existing = this.get(path);
    if (existing && (!entry || (entry.kind === 'file') !== existing instanceof TFile)) {
      for (const f of this.detachDeep(existing)) this.vault.trigger('delete', f);
      if (!entry) return;
    }
    if (!entry) return;
    const current = this.get(path);
    if (!current) {
      this.attachWithAncestors(path);
      return;
    }
    if (current instanceof TFile) {
      const stat = statOf(this.store, path);
      if (stat.mtime !== current.stat.mtime || stat.size !== current.stat.size) {
        current.stat = stat;
        this.vault.trigger('modify', current);
      }
    }
  }

  private attachWithAncestors(path: string): void {
    const parent = parentPath(path);
    if (parent !== '' && !this.get(parent)) this.attachWithAncestors(parent);
    if (this.get(path)) return;
    this.vault.trigger('create', this.attach(path));
    if (this.store.get(path)?.kind === 'folder') {
      for (const p of this.store
        .descendants(path)
        .filter((d) => !isHiddenPath(d))
        .sort(byDepthThenName)) {
        if (!this.get(p)) this.vault.trigger('create', this.attach(p));
      }
    }
  }
}

function statOf(store: MemoryStore, path: string): O.FileStats {
  const entry = store.getFile(path, 'stat');
  return { ctime: entry.ctime, mtime: entry.mtime, size: entry.data.length };
}

function byDepthThenName(a: string, b: string): number {
  const da = a.split('/').length;
  const db = b.split('/').length;
  return da !== db ? da - db : a < b ? -1 : a > b ? 1 : 0;
}
