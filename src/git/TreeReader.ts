import type { TreeEntry } from 'isomorphic-git';
import type { RepoContext } from './RepoContext';
import { readTreeEntries } from './objectReader';

/** Reads trees by oid through the repository's shared tree cache (trees never change). */
export class TreeReader {
  constructor(private readonly ctx: RepoContext) {}

  /** The entries of a tree (shared: never modify them). */
  entries(oid: string): Promise<readonly TreeEntry[]> {
    return readTreeEntries(this.ctx, oid);
  }

  /** The blob oid at `path` in a tree, or `null` when there is none. */
  async blobAt(treeOid: string, path: string): Promise<string | null> {
    let oid = treeOid;
    const parts = path.split('/');
    for (let i = 0; i < parts.length; i++) {
      const entry = (await this.entries(oid)).find((e) => e.path === parts[i]);
      if (entry === undefined) return null;
      const last = i === parts.length - 1;
      if (last !== (entry.type !== 'tree')) return null;
      oid = entry.oid;
    }
    return oid;
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

  /** Blob-level differences between two trees, skipping identical subtrees. */
  async diff(before: string | null, after: string | null, prefix = ''): Promise<BlobChange[]> {
    if (before === after) return [];
    const a = new Map((before === null ? [] : await this.entries(before)).map((e) => [e.path, e]));
    const b = new Map((after === null ? [] : await this.entries(after)).map((e) => [e.path, e]));
    const out: BlobChange[] = [];
    for (const name of new Set([...a.keys(), ...b.keys()])) {
      const x = a.get(name);
      const y = b.get(name);
      const path = prefix + name;
      const xTree = x?.type === 'tree' ? x.oid : null;
      const yTree = y?.type === 'tree' ? y.oid : null;
      if (xTree !== null || yTree !== null) out.push(...(await this.diff(xTree, yTree, `${path}/`)));
      const xBlob = x && x.type !== 'tree' ? x.oid : null;
      const yBlob = y && y.type !== 'tree' ? y.oid : null;
      if (xBlob !== yBlob) out.push({ path, before: xBlob, after: yBlob });
    }
    return out;
  }
}

/** One path whose blob differs between two trees (`null`: absent on that side). */
export interface BlobChange {
  path: string;
  before: string | null;
  after: string | null;
}
