import { Notice, type App, type Plugin, type TAbstractFile } from 'obsidian';
import type { Finding } from '../../core/guard/Finding';
import { formatFinding } from '../../core/guard/Finding';
import { ChangeTracker } from '../../git/ChangeTracker';
import { GitRepo } from '../../git/GitRepo';
import type { VaultStackSettings } from '../../settings/settings';
import { commitPaths, type CommitPathsResult } from '../../versioning/commitPaths';
import { vaultFs, type VaultFs } from '../vaultFs';
import { desktopCodec } from './desktopCodec';
import { failureText, NOT_VERSIONED } from './failureText';
import { ignoredByDefault } from './ignoredByDefault';
import { lastCommitDate } from './lastCommitDate';
import { filePaths } from './filePaths';
import { showGuardFindings } from './showGuardFindings';
import { statusText } from './statusText';

/** What the controller needs besides the plugin: live settings and, for tests, a clock. */
export interface VersioningOptions {
  settings: () => VaultStackSettings;
  /** Commit times and the status bar's clock. Default `new Date()`. */
  now?: () => Date;
}

/** How a commit attempt ended; `failed` and `blocked` leave the pending changes in place. */
export type CommitOutcome = CommitPathsResult | { status: 'failed'; error: unknown } | { status: 'not-versioned' };

/** The vault root as isomorphic-git sees it through vaultFs. */
export const VAULT_DIR = '/';

/**
 * Versioning inside Obsidian: records every path changed since the last commit from vault events,
 * catches changes made while Obsidian was closed with a stat-based scan at start-up, commits
 * exactly those paths (after the secret guard) on demand, after edits settle and on an interval,
 * and keeps a status bar item up to date. Every git operation goes through the repository's queue.
 */
export class VersioningController {
  readonly fs: VaultFs;
  readonly repo: GitRepo;
  readonly tracker = new ChangeTracker();
  /** null until the start-up check has run. */
  private versioned: boolean | null = null;
  private lastCommit: Date | null = null;
  private statusEl: HTMLElement | null = null;
  private settleTimer: number | null = null;
  private intervalStarted = false;
  private running: Promise<CommitOutcome> | null = null;
  private lastBlockedNotice = '';
  private started: Promise<void> | null = null;

  constructor(
    readonly app: App,
    readonly plugin: Plugin,
    private readonly options: VersioningOptions,
  ) {
    this.fs = vaultFs(app.vault.adapter);
    const git = options.settings().git;
    this.repo = new GitRepo({
      fs: this.fs,
      dir: VAULT_DIR,
      configDir: app.vault.configDir,
      author: { name: git.authorName, email: git.authorEmail },
      now: () => this.now(),
      sleep: (ms) => new Promise((done) => window.setTimeout(done, ms)),
      codec: desktopCodec(),
    });
  }

  /** The clock. */
  now(): Date {
    return this.options.now?.() ?? new Date();
  }

  /** Settings as they are now. */
  settings(): VaultStackSettings {
    return this.options.settings();
  }

  /** True once the vault is known to be a repository. */
  get isVersioned(): boolean {
    return this.versioned === true;
  }

  /** Adds the status bar item (click: commit now). Call once, from onload. */
  attachStatusBar(): void {
    const el = this.plugin.addStatusBarItem();
    el.addClass('vault-stack-git-status');
    el.setAttr('aria-label', 'Commit now');
    this.plugin.registerDomEvent(el, 'click', () => void this.commitNow('manual'));
    this.statusEl = el;
    this.updateStatus();
  }

  /** Starts once (see {@link start}); later calls return the same promise. */
  begin(): Promise<void> {
    this.started ??= this.start();
    return this.started;
  }

  /** Resolves when the start-up check and scan are done (at once if they never began). */
  async whenStarted(): Promise<void> {
    await this.started;
  }

  /**
   * Starts after layout ready: listens to vault events, checks for a repository, scans for changes
   * made while Obsidian was closed (with the stats Obsidian holds), and starts the commit interval.
   */
  private async start(): Promise<void> {
    const vault = this.app.vault;
    this.plugin.registerEvent(vault.on('create', (f) => this.record(f)));
    this.plugin.registerEvent(vault.on('modify', (f) => this.record(f)));
    this.plugin.registerEvent(vault.on('delete', (f) => this.record(f)));
    this.plugin.registerEvent(vault.on('rename', (f, oldPath) => this.recordRename(f, oldPath)));
    this.plugin.register(() => this.cancelSettleTimer());
    try {
      this.versioned = await this.repo.isRepository();
      if (this.versioned) {
        this.lastCommit = await lastCommitDate(this.fs, VAULT_DIR);
        await this.scanForOfflineChanges();
        this.startInterval();
      }
    } catch (error) {
      new Notice(`Vault Stack could not read the vault's git repository: ${failureText(error)}`);
    }
    this.updateStatus();
  }

  /** The start-up scan: compares Obsidian's file stats with `.git/index` and records what differs. */
  async scanForOfflineChanges(): Promise<void> {
    const files = this.app.vault.getFiles().map((f) => ({ path: f.path, size: f.stat.size, mtime: f.stat.mtime }));
    // Obsidian lists neither dotfiles nor its config folder: those tracked paths are not deletions,
    // except the root .gitignore, which is worth one extra stat.
    const gitignore = await this.app.vault.adapter.stat('.gitignore');
    if (gitignore?.type === 'file') files.push({ path: '.gitignore', size: gitignore.size, mtime: gitignore.mtime });
    const covers = (path: string): boolean => path === '.gitignore' || !path.split('/').some((part) => part.startsWith('.'));
    const found = await this.repo.scan(files, { covers });
    for (const path of found.added) this.tracker.created(path);
    for (const path of found.modified) this.tracker.modified(path);
    for (const path of found.deleted) this.tracker.deleted(path);
    for (const path of found.staged) this.tracker.modified(path);
    if (this.tracker.size > 0) this.scheduleAutoCommit();
  }

  /** Records a created, modified or deleted file (a folder stands for the files in it). */
  record(file: TAbstractFile): void {
    for (const path of filePaths(file)) {
      if (!this.tracked(path)) continue;
      this.tracker.modified(path);
    }
    this.changed();
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
    this.changed();
  }

  /**
   * Commits the pending paths now (or joins a commit already running). A guard finding or a
   * failure keeps every pending path and says why in a Notice; manual commits also list findings.
   */
  commitNow(mode: 'manual' | 'auto'): Promise<CommitOutcome> {
    this.cancelSettleTimer();
    if (this.running) return this.running;
    const run = this.commitPending(mode).finally(() => {
      this.running = null;
      this.updateStatus();
    });
    this.running = run;
    return run;
  }

  /** Resolves when no commit is running. */
  async whenIdle(): Promise<void> {
    await this.running;
  }

  /** Whether a repository exists now (checked again, as the init command may have just made one). */
  async refreshVersioned(): Promise<boolean> {
    this.versioned = await this.repo.isRepository();
    if (this.versioned) {
      this.lastCommit = await lastCommitDate(this.fs, VAULT_DIR);
      this.startInterval();
    }
    this.updateStatus();
    return this.versioned;
  }

  /** After init committed everything: nothing is pending any more. */
  markAllCommitted(): void {
    this.tracker.take();
  }

  /** Shows the secret guard's findings: a Notice with the first, and with `modal` a list of all. */
  showFindings(findings: readonly Finding[], modal: boolean): void {
    showGuardFindings(this.app, findings, modal);
  }

  /** Refreshes the status bar text. */
  updateStatus(): void {
    if (!this.statusEl) return;
    const pending = this.versioned === true ? this.tracker.size : null;
    this.statusEl.setText(statusText(pending, this.lastCommit, this.now()));
  }

  /** The status bar's current text (for the settings tab and tests). */
  statusLine(): string {
    return statusText(this.versioned === true ? this.tracker.size : null, this.lastCommit, this.now());
  }

  private async commitPending(mode: 'manual' | 'auto'): Promise<CommitOutcome> {
    // A click during start-up waits for the repository check instead of answering "not versioned".
    await this.started;
    if (this.versioned !== true) {
      if (mode === 'manual') new Notice(NOT_VERSIONED);
      return { status: 'not-versioned' };
    }
    const taken = this.tracker.take();
    if (taken.paths.length === 0) {
      if (mode === 'manual') new Notice('Nothing to commit.');
      return { status: 'nothing', changes: [] };
    }
    let result: CommitPathsResult;
    try {
      result = await commitPaths({
        repo: this.repo,
        fs: this.fs,
        dir: VAULT_DIR,
        paths: taken.paths,
        renames: taken.renames,
        allowlist: this.settings().git.guardAllowlist,
      });
    } catch (error) {
      this.tracker.restore(taken);
      new Notice(`Commit failed, nothing was committed and your changes are kept: ${failureText(error)}`);
      return { status: 'failed', error };
    }
    if (result.status === 'blocked') {
      this.tracker.restore(taken);
      const signature = result.findings.map(formatFinding).join('\n');
      if (mode === 'manual' || signature !== this.lastBlockedNotice) this.showFindings(result.findings, mode === 'manual');
      this.lastBlockedNotice = signature;
      return result;
    }
    this.lastBlockedNotice = '';
    if (result.status === 'committed') this.lastCommit = this.now();
    if (mode === 'manual') new Notice(result.status === 'committed' ? `Committed: ${result.message.split('\n', 1)[0]}` : 'Nothing to commit: the notes match the last commit.');
    return result;
  }

  private tracked(path: string): boolean {
    return !ignoredByDefault(path, this.app.vault.configDir);
  }

  private changed(): void {
    this.updateStatus();
    this.scheduleAutoCommit();
  }

  /** Commits once edits have settled for the configured delay (each change restarts the wait). */
  private scheduleAutoCommit(): void {
    const delay = this.settings().git.autoCommitDelaySeconds;
    this.cancelSettleTimer();
    if (this.versioned !== true || delay <= 0 || this.tracker.size === 0) return;
    this.settleTimer = window.setTimeout(() => {
      this.settleTimer = null;
      void this.commitNow('auto');
    }, delay * 1000);
  }

  private cancelSettleTimer(): void {
    if (this.settleTimer !== null) window.clearTimeout(this.settleTimer);
    this.settleTimer = null;
  }

  private startInterval(): void {
    const minutes = this.settings().git.autoCommitIntervalMinutes;
    if (this.intervalStarted || minutes <= 0) return;
    this.intervalStarted = true;
    this.plugin.registerInterval(
      window.setInterval(() => {
        if (this.tracker.size > 0) void this.commitNow('auto');
      }, minutes * 60_000),
    );
  }
}
