import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** The test vaults' config folder: not the default name, so the tests show `configDir` is honoured. */
export const CONFIG_DIR = '.vault-config';

/** A temporary vault on disk, built file by file. */
export class VaultBuilder {
  private readonly files = new Map<string, string | Uint8Array>();

  /** Adds a note with frontmatter fields and a body. */
  note(file: string, fields: Record<string, unknown>, body = ''): this {
    const yaml = Object.entries(fields)
      .map(([k, v]) => `${k}: ${typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v)}`)
      .join('\n');
    this.files.set(file, `---\n${yaml}\n---\n${body}\n`);
    return this;
  }

  /** Adds a file with raw content. */
  file(file: string, content: string | Uint8Array): this {
    this.files.set(file, content);
    return this;
  }

  /** Writes the vault into a fresh temporary folder and returns its path. */
  build(): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vault-stack-git-'));
    for (const [file, content] of this.files) writeFile(dir, file, content);
    return dir;
  }
}

/** Writes a file under `dir`, creating folders. */
export function writeFile(dir: string, file: string, content: string | Uint8Array): void {
  const full = path.join(dir, file);
  fs.mkdirSync(path.dirname(full), { recursive: true });
  fs.writeFileSync(full, content);
}

/** A vault like the example one: items of several kinds in nested folders, plain notes, an attachment, Obsidian config. */
export function exampleVault(): VaultBuilder {
  return new VaultBuilder()
    .note(
      'Infra/Services/jellyfin.md',
      { stack: 'service', url: 'https://media.home.arpa', port: 8096, host: '[[nas]]', deploy: 'compose' },
      '# Jellyfin\n',
    )
    .note('Infra/Services/paperless.md', { stack: 'service', url: 'https://docs.home.arpa', port: 8000 })
    .note('Infra/Devices/nas.md', { stack: 'device', os: 'Debian 12', role: 'storage' })
    .note('Infra/Backups/nas-restic.md', { stack: 'backup', tool: 'restic', every: 'day', covers: ['[[nas]]'] })
    .note('Infra/Secrets/jellyfin-api.md', { stack: 'secret', store: 'pass', ref: 'home/jellyfin/api' })
    .note('Habits/meditate.md', { stack: 'habit', goal: 'daily', log: ['2026-11-26', '2026-11-27'] })
    .note('Tasks/renew passport.md', { stack: 'task', status: 'todo', due: '2026-12-15', priority: 'high' })
    .note('Reading/Bookmarks/isomorphic-git.md', {
      stack: 'bookmark',
      url: 'https://isomorphic-git.org',
      status: 'inbox',
    })
    .file('Daily/2026-11-28.md', '# Friday\n\n- [[meditate]]\n')
    .file('Notes/Ünïcode – café ☕.md', 'Notes with non-ASCII names.\n')
    .file(
      'Attachments/diagram.png',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0xff, 0xfe, 0x00, 0x01]),
    )
    .file(`${CONFIG_DIR}/app.json`, '{"alwaysUpdateLinks":true}\n')
    .file(`${CONFIG_DIR}/workspace.json`, '{"main":{}}\n')
    .file(`${CONFIG_DIR}/plugins/vault-stack/data.json`, '{"autoCommit":true}\n')
    .file(`${CONFIG_DIR}/plugins/vault-stack/state/health.json`, '{}\n')
    .file('.trash/old.md', 'deleted note\n');
}
