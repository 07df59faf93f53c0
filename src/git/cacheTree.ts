import { concatBytes } from './bytes';

/** One node of git's cache-tree (the index's TREE extension): a folder and the tree oid git last computed for it. */
interface CacheTreeNode {
  name: Uint8Array;
  /** Index entries covered, or -1 when the node is invalid (no oid). */
  count: number;
  oid: Uint8Array | null;
  children: CacheTreeNode[];
}

const encoder = new TextEncoder();

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Parses a TREE extension body into its node tree, or `null` when it cannot be read. */
function parseCacheTree(data: Uint8Array): CacheTreeNode | null {
  let offset = 0;
  const readNode = (): CacheTreeNode | null => {
    const nul = data.indexOf(0, offset);
    const newline = nul < 0 ? -1 : data.indexOf(0x0a, nul);
    if (nul < 0 || newline < 0) return null;
    const name = data.subarray(offset, nul);
    const [countText, subtreesText] = String.fromCharCode(...data.subarray(nul + 1, newline)).split(' ');
    const count = Number(countText);
    const subtrees = Number(subtreesText);
    if (!Number.isInteger(count) || !Number.isInteger(subtrees) || subtrees < 0) return null;
    offset = newline + 1;
    let oid: Uint8Array | null = null;
    if (count >= 0) {
      if (offset + 20 > data.length) return null;
      oid = data.subarray(offset, offset + 20);
      offset += 20;
    }
    const children: CacheTreeNode[] = [];
    for (let i = 0; i < subtrees; i++) {
      const child = readNode();
      if (child === null) return null;
      children.push(child);
    }
    return { name, count, oid, children };
  };
  const root = readNode();
  return root === null || offset !== data.length ? null : root;
}

/** The folders whose cache-tree node is valid, by path (`''` for the root, `a/b` below), with the tree oid git computed for each. */
export function validCacheTrees(data: Uint8Array): Map<string, string> {
  const out = new Map<string, string>();
  const root = parseCacheTree(data);
  const decoder = new TextDecoder();
  const visit = (node: CacheTreeNode, path: string) => {
    if (node.oid !== null) out.set(path, [...node.oid].map((b) => b.toString(16).padStart(2, '0')).join(''));
    for (const child of node.children) {
      const name = decoder.decode(child.name);
      visit(child, path === '' ? name : `${path}/${name}`);
    }
  };
  if (root !== null) visit(root, '');
  return out;
}

/**
 * Invalidates the cache-tree nodes along each changed path (as git's `cache_tree_invalidate_path`
 * does), keeping every other folder's tree oid, so native git need not rehash the whole index
 * after our commit. Returns the new extension body, or `null` when the data cannot be read
 * (the caller then drops the extension, which git also accepts).
 */
export function invalidateCacheTree(data: Uint8Array, paths: readonly string[]): Uint8Array | null {
  const root = parseCacheTree(data);
  if (root === null) return null;

  for (const path of paths) {
    let node: CacheTreeNode | undefined = root;
    const folders = path
      .split('/')
      .slice(0, -1)
      .map((f) => encoder.encode(f));
    for (let depth = 0; node !== undefined; depth++) {
      node.count = -1;
      node.oid = null;
      if (depth === folders.length) break;
      const folder = folders[depth];
      node = node.children.find((c) => sameBytes(c.name, folder));
    }
  }

  const parts: Uint8Array[] = [];
  const write = (node: CacheTreeNode) => {
    parts.push(node.name, encoder.encode(`\0${node.count} ${node.children.length}\n`));
    if (node.oid !== null) parts.push(node.oid);
    node.children.forEach(write);
  };
  write(root);
  return concatBytes(parts);
}
