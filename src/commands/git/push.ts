import type { Command } from 'obsidian';
import { pushToRemote } from '../../obsidian/git/syncWithRemote';
import type { VersioningController } from '../../obsidian/git/VersioningController';

/** Pushes the vault's commits to the remote (never forcing). */
export function pushCommand(v: VersioningController): Command {
  return { id: 'push', name: 'Push to remote', callback: () => void pushToRemote(v) };
}
