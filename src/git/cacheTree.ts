import { compareBytes, concatBytes, hexToBytes } from './bytes';
import { hex } from './indexFile';

/** One node of git's cache-tree (the index's TREE extension): a folder and the tree oid git last computed for it. */
interface CacheTreeNode {
  /** Where the node's name ends (at its NUL) in the extension's bytes: it starts at `start`. */
  nul: number;
  /** Index entries covered, or -1 when the node is invalid (no oid). */
  count: number;
  /** Where the tree oid is in the extension's bytes; `null` when the node is invalid. */
  oidAt: number | null;
  children: CacheTreeNode[];
  /** Where the node and its subtree start and end in the extension's bytes. */
  start: number;
  end: number;
}

const encoder = new TextEncoder();

/**
 * Parses a TREE extension body into its node tree, or `null` when it cannot be read. A node holds
 * offsets into the bytes, not views of them (600-odd nodes at 50,000 notes: two views each).
 */
function parseCacheTree(data: Uint8Array): CacheTreeNode | null {
  let offset = 0;
  const readNode = (): CacheTreeNode | null => {
    const start = offset;
    const nul = data.indexOf(0, offset);
    const newline = nul < 0 ? -1 : data.indexOf(0x0a, nul);
    if (nul < 0 || newline < 0) return null;
    // apply, not a spread: spreading a byte array makes an iterator result per byte (a node's line is 611 times that).
    const counts = String.fromCharCode.apply(null, data.subarray(nul + 1, newline) as unknown as number[]).split(' ');
    const count = Number(counts[0]);
    const subtrees = Number(counts[1]);
    if (!Number.isInteger(count) || !Number.isInteger(subtrees) || subtrees < 0) return null;
    offset = newline + 1;
    let oidAt: number | null = null;
    if (count >= 0) {
      if (offset + 20 > data.length) return null;
      oidAt = offset;
      offset += 20;
    }
    const children: CacheTreeNode[] = [];
    for (let i = 0; i < subtrees; i++) {
      const child = readNode();
      if (child === null) return null;
      children.push(child);
    }
    return { nul, count, oidAt, children, start, end: offset };
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
    if (node.oidAt !== null) out.set(path, hex(data, node.oidAt, 20));
    for (const child of node.children) {
      const name = decoder.decode(data.subarray(child.start, child.nul));
      visit(child, path === '' ? name : `${path}/${name}`);
    }
  };
  if (root !== null) visit(root, '');
  return out;
}

/** A folder's tree before and after a commit's tree edit (`null`: no such folder on that side). */
export interface FolderTrees {
  before: string | null;
  after: string | null;
}

/**
 * Invalidates the cache-tree nodes along each changed path (as git's `cache_tree_invalidate_path`
 * does), keeping every other folder's tree oid, so native git need not rehash the whole index
 * after our commit. Returns the new extension body, or `null` when the data cannot be read
 * (the caller then drops the extension, which git also accepts).
 *
 * With `folders` (each edited folder's tree before and after the commit, by path, `''` for the
 * root) and `addedUnder` (how many entries the commit adds to the index under a folder, net), a
 * node along the paths stays valid, with the folder's new tree and entry count, when it was valid for exactly
 * the folder's tree before: the index and the tree then held the same entries there, and the
 * commit applied the same changes to both. The next scan then skips comparing HEAD with the index
 * there (at the root: everywhere), as git's own commit leaves it. A folder the commit removed
 * loses its node.
 */
export function invalidateCacheTree(
  data: Uint8Array,
  paths: readonly string[],
  folders?: ReadonlyMap<string, FolderTrees>,
  addedUnder?: (folder: string) => number,
): Uint8Array | null {
  const root = parseCacheTree(data);
  if (root === null) return null;

  // Each node along the paths is decided once, from what it held before this commit: its new tree
  // oid, or `null` (invalid).
  const decided = new Map<CacheTreeNode, Uint8Array | null>();
  const decide = (node: CacheTreeNode, folder: string): void => {
    if (decided.has(node)) return;
    const trees = folders?.get(folder);
    if (node.oidAt !== null && hex(data, node.oidAt, 20) === trees?.before && trees.after !== null && addedUnder) {
      decided.set(node, hexToBytes(trees.after));
      node.count += addedUnder(folder);
    } else {
      decided.set(node, null);
      node.count = -1;
    }
  };
  for (const path of paths) {
    let node: CacheTreeNode | undefined = root;
    const names = path.split('/').slice(0, -1);
    let folder = '';
    for (let depth = 0; node !== undefined; depth++) {
      decide(node, folder);
      if (depth === names.length) break;
      const name = encoder.encode(names[depth]);
      folder = depth === 0 ? names[0] : `${folder}/${names[depth]}`;
      const parent: CacheTreeNode = node;
      node = parent.children.find((c) => compareBytes(data.subarray(c.start, c.nul), name) === 0);
      if (node !== undefined && folders?.get(folder)?.after === null) {
        parent.children = parent.children.filter((c) => c !== node);
        break;
      }
    }
  }

  const parts: Uint8Array[] = [];
  const write = (node: CacheTreeNode) => {
    // A subtree off the paths is unchanged: its bytes are copied as they were.
    if (!decided.has(node)) return void parts.push(data.subarray(node.start, node.end));
    parts.push(data.subarray(node.start, node.nul), encoder.encode(`\0${node.count} ${node.children.length}\n`));
    const oid = decided.get(node);
    if (oid) parts.push(oid);
    node.children.forEach(write);
  };
  write(root);
  return concatBytes(parts);
}
