import type { App, Plugin, TAbstractFile } from 'obsidian';
import { ChangeTracker } from '../../git/ChangeTracker';
import type { GitRepo } from '../../git/GitRepo';
import { filePaths } from './filePaths';
import { ignoredByDefault } from './ignoredByDefault';

/**
 * Keeps the set of paths changed since the last commit: from vault events (create, modify,
 * delete, rename; a folder stands for its files) and, at start-up, from a stat-based scan for
 * changes made while Obsidian was closed. Paths `.gitignore` rules of Vault Stack cover are left out.
 */
export class ChangeRecorder {
  readonly tracker = new ChangeTracker();

  constructor(
    private readonly app: App,
    /** Called after every recorded change. */
    private readonly onChange: () => void,
  ) {}

  /** Subscribes to the vault's events for the plugin's lifetime. */
  listen(plugin: Plugin): void {
    const vault = this.app.vault;
    plugin.registerEvent(vault.on('create', (f) => this.record(f)));
    plugin.registerEvent(vault.on('modify', (f) => this.record(f)));
    plugin.registerEvent(vault.on('delete', (f) => this.record(f)));
    plugin.registerEvent(vault.on('rename', (f, oldPath) => this.recordRename(f, oldPath)));
  }

  /** Records a created, modified or deleted file (a folder stands for the files in it). */
  record(file: TAbstractFile): void {
    for (const path of filePaths(file)) if (this.tracked(path)) this.tracker.modified(path);
    this.onChange();
  }

  /** Records a rename: both sides change in git (a folder: every file in it). */
  recordRename(file: TAbstractFile, oldPath: string): void {
    for (const path of filePaths(file)) {
      const from = oldPath + path.slice(file.path.length);
      const keepFrom = this.tracked(from);
      const keepTo = this.tracked(path);
      if (keepFrom && keepTo) this.tracker.renamed(from, path);
      else if (keepFrom) this.tracker.deleted(from);
      else if (keepTo) this.tracker.created(path);
    }
    this.onChange();
  }

  /** The start-up scan: compares Obsidian's file stats with `.git/index` and records what differs. */
  async scanOffline(repo: GitRepo): Promise<void> {
    const files = this.app.vault.getFiles().map((f) => ({ path: f.path, size: f.stat.size, mtime: f.stat.mtime }));
    // Obsidian lists neither dotfiles nor its config folder: those tracked paths are not deletions,
    // except the root .gitignore, which is worth one extra stat.
    const gitignore = await this.app.vault.adapter.stat('.gitignore');
    if (gitignore?.type === 'file') files.push({ path: '.gitignore', size: gitignore.size, mtime: gitignore.mtime });
    const covers = (path: string): boolean =>
      path === '.gitignore' || !path.split('/').some((part) => part.startsWith('.'));
    const found = await repo.scan(files, { covers });
    for (const path of found.added) this.tracker.created(path);
    for (const path of found.modified) this.tracker.modified(path);
    for (const path of found.deleted) this.tracker.deleted(path);
    for (const path of found.staged) this.tracker.modified(path);
    if (this.tracker.size > 0) this.onChange();
  }

  private tracked(path: string): boolean {
    return !ignoredByDefault(path, this.app.vault.configDir);
  }
}
