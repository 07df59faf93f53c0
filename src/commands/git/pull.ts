import type { Command } from 'obsidian';
import { pullFromRemote } from '../../obsidian/git/syncWithRemote';
import type { VersioningController } from '../../obsidian/git/VersioningController';

/** Pulls from the remote; a conflict changes nothing and lists the notes. */
export function pullCommand(v: VersioningController): Command {
  return { id: 'pull', name: 'Pull from remote', callback: () => void pullFromRemote(v) };
}
