import type { TreeEntry } from 'isomorphic-git';
import type { ObjectStore } from './ObjectStore';
import { encodeTreeBody } from './treeBody';

/** A file of an import: its path, blob oid and mode. */
export interface ImportedFile {
  path: string;
  oid: string;
  /** `100644`, `100755` or `120000`. */
  mode: string;
}

/** The tree of an import: its root oid and git's cache-tree (the index's `TREE` extension body) for it. */
export interface ImportTree {
  oid: string;
  cacheTree: Uint8Array;
}

interface Folder {
  files: TreeEntry[];
  folders: Map<string, Folder>;
}

const encoder = new TextEncoder();

/** git's cache-tree order of subtrees: shorter names first, then bytes (`subtree_name_cmp`). */
function subtreeOrder(a: Uint8Array, b: Uint8Array): number {
  if (a.length !== b.length) return a.length - b.length;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

/**
 * Writes the whole tree of an import bottom-up, each folder once, and returns its root with a
 * complete cache-tree, so native git need not rebuild any tree from the new index.
 */
export async function writeImportTree(store: ObjectStore, files: readonly ImportedFile[]): Promise<ImportTree> {
  const root: Folder = { files: [], folders: new Map() };
  for (const file of files) {
    const parts = file.path.split('/');
    let folder = root;
    for (let i = 0; i < parts.length - 1; i++) {
      let sub = folder.folders.get(parts[i]);
      if (!sub) folder.folders.set(parts[i], (sub = { files: [], folders: new Map() }));
      folder = sub;
    }
    folder.files.push({ mode: file.mode, path: parts[parts.length - 1], oid: file.oid, type: 'blob' });
  }

  const cacheParts: Uint8Array[] = [];
  // Returns the folder's oid and entry count; appends its cache-tree node (pre-order) to cacheParts.
  const write = async (name: string, folder: Folder): Promise<{ oid: string; count: number }> => {
    const at = cacheParts.length;
    cacheParts.push(new Uint8Array(0)); // this node's header, filled in once the children are known
    const entries = [...folder.files];
    let count = folder.files.length;
    const names = [...folder.folders.keys()]
      .map((n) => ({ n, key: encoder.encode(n) }))
      .sort((a, b) => subtreeOrder(a.key, b.key));
    for (const { n } of names) {
      const sub = await write(n, folder.folders.get(n) as Folder);
      entries.push({ mode: '040000', path: n, oid: sub.oid, type: 'tree' });
      count += sub.count;
    }
    const oid = await store.writeTreeBody(encodeTreeBody(entries));
    const header = encoder.encode(`${name}\0${count} ${names.length}\n`);
    const node = new Uint8Array(header.length + 20);
    node.set(header);
    for (let i = 0; i < 20; i++) node[header.length + i] = parseInt(oid.slice(i * 2, i * 2 + 2), 16);
    cacheParts[at] = node;
    return { oid, count };
  };
  const { oid } = await write('', root);

  const cacheTree = new Uint8Array(cacheParts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of cacheParts) {
    cacheTree.set(part, offset);
    offset += part.length;
  }
  return { oid, cacheTree };
}
