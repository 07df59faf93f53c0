// Node-only: builds a test App from a folder on disk (e.g. examples/vault). Not part of the browser bundle.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { App } from './App';
import { createTestApp, type TestAppOptions, type VaultFiles } from './testing';

/** Reads every file under `dir` (dot folders included unless `skipHidden`) into a path → bytes map. */
export function readFolder(dir: string, options: { skipHidden?: boolean } = {}): VaultFiles {
  const files: VaultFiles = {};
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder)) {
      if (options.skipHidden && name.startsWith('.')) continue;
      const full = join(folder, name);
      if (statSync(full).isDirectory()) walk(full);
      else files[relative(dir, full).split(sep).join('/')] = new Uint8Array(readFileSync(full));
    }
  };
  walk(dir);
  return files;
}

/** Builds an App from a folder on disk (`.git` is skipped; other dot folders are loaded into the adapter). */
export function createTestAppFromDisk(dir: string, options: TestAppOptions = {}): App {
  const files = Object.fromEntries(Object.entries(readFolder(dir)).filter(([p]) => !p.startsWith('.git/')));
  return createTestApp({ ...options, files: { ...files, ...(options.files ?? {}) } });
}
