import { Notice, type App, type Plugin } from 'obsidian';
import type { Finding } from '../../core/guard/Finding';
import { formatFinding } from '../../core/guard/Finding';
import type { ChangeTracker } from '../../git/ChangeTracker';
import { GitRepo } from '../../git/GitRepo';
import type { VaultStackSettings } from '../../settings/settings';
import { commitPaths, type CommitPathsResult } from '../../versioning/commitPaths';
import { FrontmatterWriter } from '../FrontmatterWriter';
import { reportFailure } from '../reportFailure';
import { vaultFs, type VaultFs } from '../vaultFs';
import { AutoCommitScheduler } from './AutoCommitScheduler';
import { ChangeRecorder } from './ChangeRecorder';
import { webCodec } from '../../git/webCodec';
import { desktopCodec } from './desktopCodec';
import { NOT_VERSIONED } from './failureText';
import { GitStatusBar } from './GitStatusBar';
import { showGuardFindings } from './showGuardFindings';
import { statusText } from './statusText';

/** What the controller needs besides the plugin: live settings and, for tests, a clock. */
export interface VersioningOptions {
  settings: () => VaultStackSettings;
  /** Commit times and the status bar's clock. Default `new Date()`. */
  now?: () => Date;
  /** The plugin's one frontmatter writer (restoring a field writes through it). Default: a new one. */
  writer?: FrontmatterWriter;
}

/** How a commit attempt ended; `failed` and `blocked` leave the pending changes in place. */
export type CommitOutcome = CommitPathsResult | { status: 'failed'; error: unknown } | { status: 'not-versioned' };

/** The vault root as isomorphic-git sees it through vaultFs. */
export const VAULT_DIR = '/';

/**
 * Versioning inside Obsidian, put together from a {@link ChangeRecorder} (what changed), an
 * {@link AutoCommitScheduler} (when to commit) and a {@link GitStatusBar}; it owns the vault's one
 * {@link GitRepo} — every git operation, pull and push included, goes through its queue and cache.
 * Settings (enabled, author, delays) are read when used, so a change applies without a reload.
 */
export class VersioningController {
  readonly fs: VaultFs;
  readonly repo: GitRepo;
  /** Every frontmatter change versioning makes (restoring a field) goes through it. */
  readonly writer: FrontmatterWriter;
  private readonly recorder: ChangeRecorder;
  private readonly scheduler: AutoCommitScheduler;
  private statusBar: GitStatusBar | null = null;
  /** null until the start-up check has run. */
  private versioned: boolean | null = null;
  private lastCommit: Date | null = null;
  private running: Promise<CommitOutcome> | null = null;
  private lastBlockedNotice = '';
  private started: Promise<void> | null = null;

  constructor(
    readonly app: App,
    readonly plugin: Plugin,
    private readonly options: VersioningOptions,
  ) {
    this.fs = vaultFs(app.vault.adapter);
    this.writer = options.writer ?? new FrontmatterWriter(app);
    this.repo = new GitRepo({
      fs: this.fs,
      dir: VAULT_DIR,
      configDir: app.vault.configDir,
      author: () => ({ name: this.settings().git.authorName, email: this.settings().git.authorEmail }),
      now: () => this.now(),
      sleep: (ms) => new Promise((done) => window.setTimeout(done, ms)),
      codec: desktopCodec() ?? webCodec(),
    });
    this.recorder = new ChangeRecorder(app, () => this.changed());
    this.scheduler = new AutoCommitScheduler({
      settings: () => this.settings().git,
      versioned: () => this.versioned === true,
      pending: () => this.tracker.size,
      commit: () => void this.commitNow('auto'),
    });
  }

  /** The paths changed since the last commit. */
  get tracker(): ChangeTracker {
    return this.recorder.tracker;
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
    this.statusBar = new GitStatusBar(this.plugin, () => void this.commitNow('manual'));
    this.updateStatus();
  }

  /**
   * Starts once, after layout ready: listens to vault events, checks for a repository, scans for
   * changes made while Obsidian was closed and starts the auto-commit heartbeat. With versioning
   * turned off it waits; {@link settingsChanged} starts it when it is turned on.
   */
  begin(): Promise<void> {
    if (!this.settings().git.enabled) return Promise.resolve();
    this.started ??= this.start();
    return this.started;
  }

  /** Resolves when the start-up check and scan are done (at once if they never began). */
  async whenStarted(): Promise<void> {
    await this.started;
  }

  /** Settings were saved: starts versioning if it was just turned on, and re-reads delays and the status bar. */
  settingsChanged(): void {
    if (this.settings().git.enabled && this.started === null && this.app.workspace.layoutReady) void this.begin();
    this.scheduler.changed();
    this.updateStatus();
  }

  private async start(): Promise<void> {
    this.recorder.listen(this.plugin);
    try {
      this.versioned = await this.repo.isRepository();
      if (this.versioned) {
        this.scheduler.start(this.plugin);
        this.lastCommit = await this.repo.lastCommitDate();
        await this.recorder.scanOffline(this.repo);
      }
    } catch (error) {
      reportFailure("Vault Stack could not read the vault's git repository", error);
    }
    this.updateStatus();
  }

  /**
   * Commits the pending paths now (or joins a commit already running). A guard finding or a
   * failure keeps every pending path and says why in a Notice; manual commits also list findings.
   */
  commitNow(mode: 'manual' | 'auto'): Promise<CommitOutcome> {
    this.scheduler.cancel();
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
      this.scheduler.start(this.plugin);
      this.lastCommit = await this.repo.lastCommitDate();
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

  /** Refreshes the status bar text (hidden while versioning is off). */
  updateStatus(): void {
    this.statusBar?.show(this.statusLine(), this.settings().git.enabled);
  }

  /** The status bar's current text (for the settings tab and tests). */
  statusLine(): string {
    return statusText(this.versioned === true ? this.tracker.size : null, this.lastCommit, this.now());
  }

  private changed(): void {
    this.updateStatus();
    this.scheduler.changed();
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
      reportFailure('Commit failed, nothing was committed and your changes are kept', error);
      return { status: 'failed', error };
    }
    if (result.status === 'blocked') {
      this.tracker.restore(taken);
      const signature = result.findings.map(formatFinding).join('\n');
      if (mode === 'manual' || signature !== this.lastBlockedNotice)
        this.showFindings(result.findings, mode === 'manual');
      this.lastBlockedNotice = signature;
      return result;
    }
    this.lastBlockedNotice = '';
    if (result.status === 'committed') this.lastCommit = this.now();
    if (mode === 'manual')
      new Notice(
        result.status === 'committed'
          ? `Committed: ${result.message.split('\n', 1)[0]}`
          : 'Nothing to commit: the notes match the last commit.',
      );
    return result;
  }
}
