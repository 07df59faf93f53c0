// Fixtures for plugin tests: a small vault that looks like a real one, and a note builder.
import { Component } from 'obsidian';
import { IndexSource } from '../../../src/obsidian/IndexSource';
import { DEFAULT_SETTINGS, resolveSettings, type VaultStackSettings } from '../../../src/settings/settings';
import { createTestApp, startLayout, type App, type VaultFiles } from '../../host/testing';

/** A note with frontmatter lines and an optional body: `note('stack: task', 'due: 2026-12-01')`. */
export function note(...lines: string[]): string {
  return `---\n${lines.join('\n')}\n---\n`;
}

/** A small vault across kinds: tasks (one recurring), habits, a bookmark, a backup, a secret, a plain note, an attachment, a template. */
export function smallVault(): VaultFiles {
  return {
    'Tasks/Renew passport.md':
      note(
        'stack: task',
        'title: Renew passport',
        'due: 2026-11-20  # the old one expires in December',
        'priority: high',
      ) + '\nBook an appointment first.\n',
    'Tasks/Pay rent.md': note('stack: task', 'due: 2026-12-01', 'every: month'),
    'Tasks/Water plants.md': note('stack: task', 'status: done', 'done: 2026-11-01'),
    'Habits/Meditate.md': note('stack: habit', 'goal: daily', 'log: [2026-11-26, 2026-11-27]'),
    'Habits/Run.md': note('stack: habit', 'goal: 3/week', 'log:', '  - 2026-11-24'),
    'Reading/Local-first software.md': note(
      'stack: bookmark',
      'url: https://www.inkandswitch.com/local-first/',
      'added: 2026-11-02',
    ),
    'Infra/Backups/NAS nightly.md': note(
      'stack: backup',
      'tool: restic',
      'every: day',
      'last-run: 2026-11-27T03:00',
      'last-result: ok',
      'covers: ["[[Nextcloud]]"]',
    ),
    'Infra/Secrets/Cloudflare API token.md': note(
      'stack: secret',
      'store: pass',
      'ref: cloudflare/api-token',
      'rotate: 6m',
      'rotated: 2026-03-01',
    ),
    'Infra/Services/Nextcloud.md': note(
      'stack: service',
      'url: https://cloud.example.net',
      'diagram: "[[nextcloud.png]]"',
    ),
    'Infra/Services/nextcloud.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47]),
    'Home.md': '# Home\n\nNothing declared here.\n',
    'Templates/Task.md': note('stack: task', 'due:'),
  };
}

/** A clean owner for an IndexSource outside the plugin. */
export class Owner extends Component {}

/** An app over `files`, an IndexSource on it (started, layout ready, first build done), and its settings. */
export async function startedSource(
  files: VaultFiles,
  settings: Partial<VaultStackSettings> = {},
  chunkSize?: number,
): Promise<{ app: App; source: IndexSource; owner: Owner; settings: VaultStackSettings }> {
  const app = createTestApp({ files });
  const resolved = { ...resolveSettings(null), ...settings };
  const owner = new Owner();
  owner.load();
  const source = new IndexSource(app, owner, () => resolved, chunkSize === undefined ? {} : { chunkSize });
  source.start();
  await startLayout(app);
  await source.ready;
  return { app, source, owner, settings: resolved };
}

export { DEFAULT_SETTINGS };
