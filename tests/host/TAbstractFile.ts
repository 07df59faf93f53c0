import type * as O from 'obsidian';
import { fileName, splitExtension } from './paths';
import type { Vault } from './Vault';

/** A file or folder in the vault; renames mutate the same object, as in Obsidian. */
export abstract class TAbstractFile implements O.TAbstractFile {
  path: string;
  name: string;
  parent: TFolder | null = null;

  constructor(
    public vault: Vault,
    path: string,
  ) {
    this.path = path;
    this.name = fileName(path);
  }

  /** Host-only: moves this object to a new path (updating derived names). */
  setPath(path: string): void {
    this.path = path;
    this.name = fileName(path);
  }
}

/** A file: `basename` and `extension` derive from `name`; `stat` is replaced on every write. */
export class TFile extends TAbstractFile implements O.TFile {
  stat: O.FileStats;
  basename = '';
  extension = '';

  constructor(vault: Vault, path: string, stat: O.FileStats) {
    super(vault, path);
    this.stat = stat;
    this.setPath(path);
  }

  override setPath(path: string): void {
    super.setPath(path);
    const { basename, extension } = splitExtension(this.name);
    this.basename = basename;
    this.extension = extension;
  }
}

/** A folder with its direct children; the root has path "/" and name "". */
export class TFolder extends TAbstractFile implements O.TFolder {
  children: TAbstractFile[] = [];

  /** Whether this is the vault root. */
  isRoot(): boolean {
    return this.path === '/';
  }

  override setPath(path: string): void {
    super.setPath(path);
    if (path === '/') this.name = '';
  }
}
