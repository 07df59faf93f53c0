import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { readFolder } from '../../tests/host/fromDisk';
import { createTestApp, type App } from '../../tests/host/testing';
import { defaultShape, generateVault } from '../generateVault';
import { nodeGlobal } from './nodeGlobal';

/** Obsidian's global `sleep`, which the host only installs with a DOM (IndexSource yields with it). */
export function installObsidianGlobals(): void {
  const g = nodeGlobal as { sleep?: (ms: number) => Promise<void> };
  g.sleep ??= (ms) => delay(ms);
}

/**
 * An in-memory host App holding a generated vault of `notes` notes (bench/generateVault's default
 * shape: ~30% frontmatter, ~10% items), with the metadata cache filled as when Obsidian opens a vault.
 */
export function hostAppWithVault(tmp: string, notes: number): App {
  const dir = join(tmp, `plugin-vault-${notes}`);
  mkdirSync(dir, { recursive: true });
  generateVault(dir, defaultShape(notes));
  const files = readFolder(dir);
  rmSync(dir, { recursive: true, force: true });
  return createTestApp({ files });
}

/**
 * Floor of any index built from the metadata cache: for every file, look up its cached metadata,
 * read `stack` and copy the frontmatter's keys. Returns a count so the work cannot be dropped.
 */
export function touchCachedFrontmatter(app: App): number {
  let touched = 0;
  for (const file of app.vault.getFiles()) {
    const fm = app.metadataCache.getFileCache(file)?.frontmatter;
    if (fm === undefined) continue;
    if (fm.stack !== undefined) touched++;
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(fm)) copy[key] = fm[key];
    touched += Object.keys(copy).length;
  }
  return touched;
}
