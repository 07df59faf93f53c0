import type { Plugin } from 'obsidian';
import type { GitSettings } from '../../settings/settings';

/** What the scheduler reads and calls; every read is live, so a settings change applies at once. */
export interface AutoCommitDeps {
  settings: () => GitSettings;
  /** Whether there is a repository to commit to. */
  versioned: () => boolean;
  /** Paths waiting for a commit. */
  pending: () => number;
  /** Commits the pending paths. */
  commit: () => void;
}

/** How often the interval is checked against the setting (so a new interval applies without reload). */
export const HEARTBEAT_MS = 60_000;

/**
 * When to auto-commit: once edits have settled for `autoCommitDelaySeconds` (each change restarts
 * the wait), and every `autoCommitIntervalMinutes` while changes are pending. Settings are read at
 * each change and each minute's heartbeat, never cached; with versioning turned off, nothing runs.
 */
export class AutoCommitScheduler {
  private settleTimer: number | null = null;
  private minutesSinceInterval = 0;
  private started = false;

  constructor(private readonly deps: AutoCommitDeps) {}

  /** Starts the heartbeat for the plugin's lifetime, once there is a repository (later calls do nothing). */
  start(plugin: Plugin): void {
    if (this.started) return;
    this.started = true;
    plugin.registerInterval(window.setInterval(() => this.heartbeat(), HEARTBEAT_MS));
    plugin.register(() => this.cancel());
  }

  /** Something changed: (re)starts the settle wait with the delay the settings hold now. */
  changed(): void {
    this.cancel();
    const git = this.deps.settings();
    const delay = git.autoCommitDelaySeconds;
    if (!git.enabled || !this.deps.versioned() || delay <= 0 || this.deps.pending() === 0) return;
    this.settleTimer = window.setTimeout(() => {
      this.settleTimer = null;
      this.deps.commit();
    }, delay * 1000);
  }

  /** Drops a pending settle wait (a commit is starting, or the plugin unloads). */
  cancel(): void {
    if (this.settleTimer !== null) window.clearTimeout(this.settleTimer);
    this.settleTimer = null;
  }

  private heartbeat(): void {
    const git = this.deps.settings();
    const minutes = git.autoCommitIntervalMinutes;
    this.minutesSinceInterval += HEARTBEAT_MS / 60_000;
    if (!git.enabled || minutes <= 0 || this.minutesSinceInterval < minutes) return;
    this.minutesSinceInterval = 0;
    if (this.deps.versioned() && this.deps.pending() > 0) this.deps.commit();
  }
}
