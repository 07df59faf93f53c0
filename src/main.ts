import { Plugin } from 'obsidian';

/** Composition root: builds adapters and the core, registers views and commands. */
export default class VaultStackPlugin extends Plugin {
  override async onload(): Promise<void> {
    // Wired up in the plugin issue.
  }
}
