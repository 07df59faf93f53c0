import type { TreeEntry } from 'isomorphic-git';
import type { RepoContext } from './RepoContext';
import { readTreeEntries } from './objectReader';

/** A file entry of a tree: its blob and mode (`100644`, `100755`, `120000`; `160000` for a submodule). */
export interface TreeFile {
  oid: string;
  mode: string;
}

/** Reads trees by oid through the repository's shared tree cache (trees never change). */
export class TreeReader {
  constructor(private readonly ctx: RepoContext) {}

  /** The entries of a tree (shared: never modify them). */
  entries(oid: string): Promise<readonly TreeEntry[]> {
    return readTreeEntries(this.ctx, oid);
  }

  /** The blob oid at `path` in a tree, or `null` when there is none. */
  async blobAt(treeOid: string, path: string): Promise<string | null> {
    return (await this.fileAt(treeOid, path))?.oid ?? null;
  }

  /** The file entry (blob or link, or a submodule's commit) at `path` in a tree; `null`: none, or a folder there. */
  async fileAt(treeOid: string, path: string): Promise<TreeFile | null> {
    let oid = treeOid;
    const parts = path.split('/');
    for (let i = 0; i < parts.length; i++) {
      const entry = (await this.entries(oid)).find((e) => e.path === parts[i]);
      if (entry === undefined) return null;
      const last = i === parts.length - 1;
      if (last !== (entry.type !== 'tree')) return null;
      if (last) return { oid: entry.oid, mode: entry.mode };
      oid = entry.oid;
    }
    return null;
  }

  /** Every blob path under a tree, prefixed with `prefix`. */
  async blobsUnder(treeOid: string, prefix: string): Promise<string[]> {
    const out: string[] = [];
    for (const entry of await this.entries(treeOid)) {
      if (entry.type === 'tree') out.push(...(await this.blobsUnder(entry.oid, `${prefix}${entry.path}/`)));
      else out.push(prefix + entry.path);
    }
    return out;
  }

  /**
   * The files whose blob or mode differs between two trees (`null`: empty), as `git diff-tree -r
   * --no-renames` lists them, sorted by path in string order (git's byte order but for names mixing
   * characters above U+FFFF with U+E000–U+FFFF). A file replaced by a folder (or the reverse) is
   * listed along with each file of the folder. Identical subtrees are skipped by oid and the others
   * read in parallel, so the cost follows the size of the change, not of the vault.
   */
  async diff(before: string | null, after: string | null): Promise<BlobChange[]> {
    const out: BlobChange[] = [];
    await this.diffUnder(before, after, '', out);
    return out.sort((x, y) => (x.path < y.path ? -1 : 1));
  }

  private async diffUnder(
    before: string | null,
    after: string | null,
    prefix: string,
    out: BlobChange[],
  ): Promise<void> {
    if (before === after) return;
    const [a, b] = await Promise.all([
      before === null ? [] : this.entries(before),
      after === null ? [] : this.entries(after),
    ]);
    const old = new Map(a.map((e) => [e.path, e]));
    const next = new Map(b.map((e) => [e.path, e]));
    const folders: Promise<void>[] = [];
    for (const name of new Set([...old.keys(), ...next.keys()])) {
      const x = old.get(name);
      const y = next.get(name);
      const path = prefix + name;
      const xTree = x?.type === 'tree' ? x.oid : null;
      const yTree = y?.type === 'tree' ? y.oid : null;
      if (xTree !== null || yTree !== null) folders.push(this.diffUnder(xTree, yTree, `${path}/`, out));
      const xFile = x && x.type !== 'tree' ? x : null;
      const yFile = y && y.type !== 'tree' ? y : null;
      if (xFile?.oid !== yFile?.oid || xFile?.mode !== yFile?.mode)
        out.push({
          path,
          before: xFile?.oid ?? null,
          after: yFile?.oid ?? null,
          beforeMode: xFile?.mode ?? null,
          afterMode: yFile?.mode ?? null,
        });
    }
    await Promise.all(folders);
  }
}

/** One file path whose blob or mode differs between two trees (`null`: no file there on that side). */
export interface BlobChange {
  path: string;
  before: string | null;
  after: string | null;
  /** The file's mode on each side: `100644`, `100755`, `120000` (a symlink), `160000` (a submodule). */
  beforeMode: string | null;
  afterMode: string | null;
}
