import type { DataAdapter, Stat } from 'obsidian';

/** The fs error codes vaultFs raises, matching node's so isomorphic-git understands them. */
export type VaultFsErrorCode = 'ENOENT' | 'EEXIST' | 'ENOTDIR' | 'EISDIR' | 'ENOTEMPTY' | 'EINVAL';

/** An fs failure with node's `code`, `syscall` and `path`. */
export class VaultFsError extends Error {
  override readonly name = 'VaultFsError';

  constructor(
    readonly code: VaultFsErrorCode,
    readonly syscall: string,
    readonly path: string,
  ) {
    super(`${code}: ${DESCRIPTIONS[code]}, ${syscall} '${path}'`);
  }
}

const DESCRIPTIONS: Record<VaultFsErrorCode, string> = {
  ENOENT: 'no such file or directory',
  EEXIST: 'file already exists',
  ENOTDIR: 'not a directory',
  EISDIR: 'illegal operation on a directory',
  ENOTEMPTY: 'directory not empty',
  EINVAL: 'invalid argument',
};

/** What `stat`/`lstat` return: the fields isomorphic-git reads from node's `fs.Stats`. */
export interface VaultFsStats {
  type: 'file' | 'dir';
  mode: number;
  size: number;
  ino: number;
  mtimeMs: number;
  ctimeMs: number;
  uid: number;
  gid: number;
  dev: number;
  isFile(): boolean;
  isDirectory(): boolean;
  isSymbolicLink(): boolean;
}

/** The promise fs client isomorphic-git takes, over an Obsidian DataAdapter. */
export interface VaultFs {
  promises: {
    readFile(path: string, options?: string | { encoding?: string | null }): Promise<Uint8Array | string>;
    writeFile(
      path: string,
      data: Uint8Array | string,
      options?: string | { encoding?: string | null; mode?: number },
    ): Promise<void>;
    unlink(path: string): Promise<void>;
    readdir(path: string): Promise<string[]>;
    mkdir(path: string, options?: number | { recursive?: boolean; mode?: number }): Promise<void>;
    rmdir(path: string): Promise<void>;
    stat(path: string): Promise<VaultFsStats>;
    lstat(path: string): Promise<VaultFsStats>;
    readlink(path: string): Promise<string>;
    symlink(target: string, path: string): Promise<void>;
  };
}

/**
 * An isomorphic-git fs client over Obsidian's `DataAdapter`: binary-safe (readBinary/writeBinary),
 * hidden paths such as `.git` included, node-style `ENOENT`/`EEXIST`/`ENOTDIR`/`EISDIR`/`ENOTEMPTY`
 * errors. Paths are vault-relative; a leading `/`, `.` segments and `..` are normalised. Unlike
 * node, `writeFile` creates missing parent folders, which Obsidian's adapter needs. There is no
 * `rename`: the adapter cannot replace a file atomically. The adapter has no symlinks: `readlink`
 * always fails and `symlink` writes the link target as a plain file, like git's `core.symlinks=false`.
 * @example git.init({ fs: vaultFs(this.app.vault.adapter), dir: '/' })
 */
export function vaultFs(adapter: DataAdapter): VaultFs {
  // The vault root always exists, whatever the adapter says about `/`.
  const statOf = async (path: string): Promise<Stat | null> =>
    (await adapter.stat(path)) ?? (path === ROOT ? { type: 'folder', ctime: 0, mtime: 0, size: 0 } : null);

  /** The error node gives for a path that does not resolve: ENOTDIR when an ancestor is a file. */
  const missing = async (path: string, syscall: string): Promise<VaultFsError> => {
    for (let parent = parentOf(path); parent !== null; parent = parentOf(parent)) {
      const stat = await statOf(parent);
      if (stat?.type === 'file') return new VaultFsError('ENOTDIR', syscall, path);
      if (stat) break;
    }
    return new VaultFsError('ENOENT', syscall, path);
  };

  const requireFolder = async (path: string, syscall: string): Promise<void> => {
    const stat = await statOf(path);
    if (!stat) throw await missing(path, syscall);
    if (stat.type !== 'folder') throw new VaultFsError('ENOTDIR', syscall, path);
  };

  const stat = async (raw: string): Promise<VaultFsStats> => {
    const path = normalize(raw);
    const s = await statOf(path);
    if (!s) throw await missing(path, 'stat');
    return toStats(path, s);
  };

  const put = async (path: string, data: Uint8Array | string): Promise<void> => {
    // Strings are always written as UTF-8, the only text encoding isomorphic-git uses.
    if (typeof data === 'string') await adapter.write(path, data);
    else await adapter.writeBinary(path, exactBuffer(data));
  };

  // Write first and look around only on failure: isomorphic-git writes many objects, and two
  // extra stats per write would double the cost of a large commit.
  const writeFile: VaultFs['promises']['writeFile'] = async (raw, data) => {
    const path = normalize(raw);
    try {
      await put(path, data);
      return;
    } catch (err) {
      if ((await statOf(path))?.type === 'folder') throw new VaultFsError('EISDIR', 'open', path);
      const parent = parentOf(path);
      const folder = parent === null ? null : await statOf(parent);
      if (parent === null || folder?.type === 'folder') throw err;
      if (folder?.type === 'file') throw new VaultFsError('ENOTDIR', 'open', path);
      await createFolders(adapter, statOf, parent);
    }
    await put(path, data);
  };

  return {
    promises: {
      async readFile(raw, options) {
        const path = normalize(raw);
        const encoding = typeof options === 'string' ? options : options?.encoding;
        try {
          if (encoding) return await adapter.read(path);
          return new Uint8Array(await adapter.readBinary(path));
        } catch (err) {
          const s = await statOf(path);
          if (!s) throw await missing(path, 'open');
          if (s.type === 'folder') throw new VaultFsError('EISDIR', 'read', path);
          throw err;
        }
      },

      writeFile,

      async unlink(raw) {
        const path = normalize(raw);
        const s = await statOf(path);
        if (!s) throw await missing(path, 'unlink');
        if (s.type === 'folder') throw new VaultFsError('EISDIR', 'unlink', path);
        await adapter.remove(path);
      },

      async readdir(raw) {
        const path = normalize(raw);
        await requireFolder(path, 'scandir');
        const listed = await adapter.list(path);
        return [...listed.files, ...listed.folders].map(baseName).sort();
      },

      async mkdir(raw, options) {
        const path = normalize(raw);
        const recursive = typeof options === 'object' && options.recursive === true;
        const existing = await statOf(path);
        if (existing) {
          if (recursive && existing.type === 'folder') return;
          throw new VaultFsError('EEXIST', 'mkdir', path);
        }
        const parent = parentOf(path);
        if (parent !== null && !recursive) await requireFolder(parent, 'mkdir');
        await createFolders(adapter, statOf, path);
      },

      async rmdir(raw) {
        const path = normalize(raw);
        await requireFolder(path, 'rmdir');
        const listed = await adapter.list(path);
        if (listed.files.length + listed.folders.length > 0) throw new VaultFsError('ENOTEMPTY', 'rmdir', path);
        await adapter.rmdir(path, false);
      },

      stat,
      // Obsidian's adapter follows links and never reports one, so lstat is stat.
      lstat: stat,

      async readlink(raw) {
        const path = normalize(raw);
        if (!(await statOf(path))) throw await missing(path, 'readlink');
        throw new VaultFsError('EINVAL', 'readlink', path);
      },

      async symlink(target, raw) {
        const path = normalize(raw);
        if (await statOf(path)) throw new VaultFsError('EEXIST', 'symlink', path);
        await writeFile(path, target);
      },
    },
  };
}

const ROOT = '/';

/** Normalises a path isomorphic-git built (`/.git/HEAD`, `./.git`, `.`) to the adapter's form (`.git/HEAD`, `/` for the root). */
function normalize(path: string): string {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return parts.length === 0 ? ROOT : parts.join('/');
}

function parentOf(path: string): string | null {
  if (path === ROOT) return null;
  const slash = path.lastIndexOf('/');
  return slash < 0 ? ROOT : path.slice(0, slash);
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** Creates a folder and its missing ancestors, refusing to go through a file. */
async function createFolders(
  adapter: DataAdapter,
  statOf: (p: string) => Promise<Stat | null>,
  path: string,
): Promise<void> {
  const chain: string[] = [];
  for (let p: string | null = path; p !== null && p !== ROOT; p = parentOf(p)) chain.unshift(p);
  for (const folder of chain) {
    const s = await statOf(folder);
    if (s?.type === 'file') throw new VaultFsError('ENOTDIR', 'mkdir', path);
    if (!s) await adapter.mkdir(folder);
  }
}

/** A fresh ArrayBuffer holding exactly the view's bytes (a Uint8Array may be a window on a larger buffer). */
function exactBuffer(bytes: Uint8Array): ArrayBuffer {
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return copy.buffer;
}

function toStats(path: string, s: Stat): VaultFsStats {
  const isFile = s.type === 'file';
  return {
    type: isFile ? 'file' : 'dir',
    mode: isFile ? 0o100644 : 0o40755,
    size: isFile ? s.size : 0,
    ino: inodeOf(path),
    mtimeMs: s.mtime,
    ctimeMs: s.ctime,
    uid: 0,
    gid: 0,
    dev: 0,
    isFile: () => isFile,
    isDirectory: () => !isFile,
    isSymbolicLink: () => false,
  };
}

/** A stable stand-in inode (FNV-1a of the path): the adapter has none, and isomorphic-git compares it with the index. */
function inodeOf(path: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < path.length; i++) {
    hash ^= path.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
