import { getLinkpath } from './linktext';
import { normalizePath, parentPath } from './paths';
import type { TFile } from './TAbstractFile';
import type { Vault } from './Vault';

/** Obsidian's link resolution: exact path, then relative path, then file name match (same folder first, then shortest path). */
export class LinkResolver {
  private byName: Map<string, TFile[]> | null = null;
  private byLowerPath: Map<string, TFile> | null = null;

  constructor(private readonly vault: Vault) {
    const invalidate = (): void => {
      this.byName = null;
      this.byLowerPath = null;
    };
    vault.on('create', invalidate);
    vault.on('delete', invalidate);
    vault.on('rename', invalidate);
  }

  /** The file a linkpath points to from `sourcePath`, or null. */
  resolve(linkpath: string, sourcePath: string): TFile | null {
    const path = getLinkpath(linkpath).trim();
    if (path === '') return this.vault.getFileByPath(sourcePath);
    const sourceFolder = parentPath(sourcePath);
    for (const candidate of this.exactCandidates(path, sourceFolder)) {
      const file = this.vault.getFileByPath(candidate) ?? this.insensitive(candidate);
      if (file) return file;
    }
    const wanted = path.toLowerCase();
    const name = wanted.slice(wanted.lastIndexOf('/') + 1);
    const matches = (this.names().get(name) ?? []).filter((f) => {
      const p = f.path.toLowerCase();
      const bare = f.extension === 'md' ? p.slice(0, -3) : p;
      return bare === wanted || p === wanted || bare.endsWith(`/${wanted}`) || p.endsWith(`/${wanted}`);
    });
    if (matches.length === 0) return null;
    const sameFolder = matches.find((f) => parentPath(f.path) === sourceFolder);
    if (sameFolder) return sameFolder;
    return [...matches].sort((a, b) => a.path.length - b.path.length || (a.path < b.path ? -1 : 1))[0];
  }

  /** The shortest linktext that resolves to `file` from `sourcePath`. */
  linktext(file: TFile, sourcePath: string, omitMdExtension = true): string {
    const bare = omitMdExtension && file.extension === 'md' ? file.path.slice(0, -3) : file.path;
    const short = omitMdExtension && file.extension === 'md' ? file.basename : file.name;
    return this.resolve(short, sourcePath) === file ? short : bare;
  }

  private exactCandidates(path: string, sourceFolder: string): string[] {
    const withExt = (p: string): string[] => (/\.[^/]+$/.test(p) ? [p, `${p}.md`] : [`${p}.md`, p]);
    const out = withExt(normalizePath(path));
    if (path.startsWith('./') || path.startsWith('../')) {
      const parts = sourceFolder === '' ? [] : sourceFolder.split('/');
      for (const seg of path.split('/')) {
        if (seg === '..') parts.pop();
        else if (seg !== '.') parts.push(seg);
      }
      out.unshift(...withExt(parts.join('/')));
    }
    return out;
  }

  private insensitive(path: string): TFile | null {
    this.byLowerPath ??= new Map(this.vault.getFiles().map((f) => [f.path.toLowerCase(), f]));
    return this.byLowerPath.get(path.toLowerCase()) ?? null;
  }

  /** Files by lower-cased name, and markdown files also by lower-cased basename. */
  private names(): Map<string, TFile[]> {
    if (this.byName) return this.byName;
    const index = new Map<string, TFile[]>();
    const add = (k: string, f: TFile): void => {
      const list = index.get(k) ?? [];
      if (!list.includes(f)) list.push(f);
      index.set(k, list);
    };
    for (const f of this.vault.getFiles()) {
      add(f.name.toLowerCase(), f);
      if (f.extension === 'md') add(f.basename.toLowerCase(), f);
    }
    this.byName = index;
    return index;
  }
}
