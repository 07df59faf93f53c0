import type { Command } from 'obsidian';
import { initialiseVault } from '../../obsidian/git/initialiseVault';
import type { VersioningController } from '../../obsidian/git/VersioningController';

/** Makes the vault a git repository: `.gitignore`, secret guard, first commit of every file with progress. */
export function initialiseRepositoryCommand(v: VersioningController): Command {
  return { id: 'initialise-repository', name: 'Initialise repository', callback: () => void initialiseVault(v) };
}
