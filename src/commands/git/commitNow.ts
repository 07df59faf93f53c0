import type { Command } from 'obsidian';
import type { VersioningController } from '../../obsidian/git/VersioningController';

/** Commits every change recorded since the last commit, now. */
export function commitNowCommand(v: VersioningController): Command {
  return { id: 'commit-now', name: 'Commit changes now', callback: () => void v.commitNow('manual') };
}
