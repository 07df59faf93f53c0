// A minimal plugin that wires versioning exactly as main.ts does, over the in-memory host.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Plugin } from 'obsidian';
import { registerVersioning } from '../../../../src/obsidian/git/registerVersioning';
import type { VersioningController } from '../../../../src/obsidian/git/VersioningController';
import { resolveSettings, type GitSettings, type VaultStackSettings } from '../../../../src/settings/settings';
import type { App } from '../../../host/App';
import { createTestApp, loadPlugin, startLayout, type VaultFiles } from '../../../host/testing';

/** The moment the scenarios run at (local time): 2026-11-28 14:02. */
export const NOW = new Date(2026, 10, 28, 14, 2);

/** A plugin with only versioning, settings in memory. */
export class VersioningTestPlugin extends Plugin {
  override settings: VaultStackSettings = resolveSettings({});
  versioning!: VersioningController;
  now: Date = NOW;

  override onload(): void {
    this.versioning = registerVersioning(this, { settings: () => this.settings, now: () => this.now });
  }
}

/** A started host vault with the versioning plugin loaded; `git` overrides settings before onload. */
export async function versioningHarness(
  files: VaultFiles,
  git: Partial<GitSettings> = {},
): Promise<{ app: App; plugin: VersioningTestPlugin; v: VersioningController }> {
  const app = createTestApp({ files, now: NOW.getTime() });
  class Configured extends VersioningTestPlugin {
    override onload(): void {
      this.settings.git = { ...this.settings.git, ...git };
      super.onload();
    }
  }
  const plugin = await loadPlugin(app, Configured);
  await startLayout(app);
  await plugin.versioning.whenStarted();
  return { app, plugin, v: plugin.versioning };
}

/** Copies every file of the host's store (with `.git`) into a new temp folder, for native git to inspect. */
export async function copyVaultOut(app: App): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), 'vault-stack-host-copy-'));
  for (const path of app.store.paths()) {
    const entry = app.store.get(path);
    if (entry?.kind === 'folder') mkdirSync(join(out, path), { recursive: true });
    if (entry?.kind === 'file') {
      mkdirSync(dirname(join(out, path)), { recursive: true });
      writeFileSync(join(out, path), new Uint8Array(await app.vault.adapter.readBinary(path)));
    }
  }
  return out;
}

/** A note from frontmatter lines and a body. */
export function note(frontmatter: readonly string[], body = 'Notes.\n'): string {
  return ['---', ...frontmatter, '---', body].join('\n');
}

/** A small vault: a habit, a task, a service, a plain note. */
export function smallVault(): VaultFiles {
  return {
    'Habits/Meditate.md': note(['stack: habit', 'goal: daily', 'log: [2026-11-26, 2026-11-27]']),
    'Tasks/Renew passport.md': note(['stack: task', 'status: todo', 'due: 2026-12-15']),
    'Services/Jellyfin.md': note(['stack: service', 'url: https://media.example.org', 'port: 8096']),
    'Journal/2026-11-28.md': '# Today\n',
  };
}
