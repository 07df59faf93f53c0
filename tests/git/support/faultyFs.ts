import * as fs from 'node:fs';
import type { GitFs } from '../../../src/git/GitFs';
import { mulberry32 } from '../../../bench/random';

/** When the injected fault fires relative to the real call: before it (nothing happened) or after it (it happened, the caller sees a failure). */
export type FaultMode = 'before' | 'after';

const METHODS = [
  'readFile',
  'writeFile',
  'unlink',
  'readdir',
  'mkdir',
  'rmdir',
  'stat',
  'lstat',
  'readlink',
  'symlink',
  'rename',
] as const;

/**
 * Node's fs with a counter on every promise call (or only on calls `counts` selects); call number
 * number `failAt` (1-based; or each of a list) throws, with error `code` (default EIO).
 */
export function faultyFs(
  failAt: number | readonly number[],
  mode: FaultMode,
  counts: (method: string, path: string) => boolean = () => true,
  code = 'EIO',
): { fs: GitFs; calls: () => number; fired: () => boolean } {
  let calls = 0;
  let fired = false;
  const promises: Record<string, unknown> = {};
  for (const name of METHODS) {
    const real = (fs.promises as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>)[name].bind(
      fs.promises,
    );
    promises[name] = async (...args: unknown[]) => {
      if (!counts(name, String(args[0]))) return real(...args);
      calls++;
      if (typeof failAt === 'number' ? calls !== failAt : !failAt.includes(calls)) return real(...args);
      fired = true;
      const fault = Object.assign(new Error(`injected fault in ${name}(${String(args[0])})`), { code });
      if (mode === 'before') throw fault;
      await real(...args);
      throw fault;
    };
  }
  return { fs: { promises } as unknown as GitFs, calls: () => calls, fired: () => fired };
}

/** A small seeded PRNG (mulberry32), so every failing seed can be replayed. */
export const seededRandom = mulberry32;

/** Node's fs that calls `before(method, path)` ahead of every promise call, to interleave other processes. */
export function hookedFs(before: (method: string, path: string) => void): GitFs {
  const promises: Record<string, unknown> = {};
  for (const name of METHODS) {
    const real = (fs.promises as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>)[name].bind(
      fs.promises,
    );
    promises[name] = (...args: unknown[]) => {
      before(name, String(args[0]));
      return real(...args);
    };
  }
  return { promises } as unknown as GitFs;
}
