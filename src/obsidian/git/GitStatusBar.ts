import type { Plugin } from 'obsidian';

/** The status bar item of versioning: its text, hidden while versioning is off, a click commits. */
export class GitStatusBar {
  private readonly el: HTMLElement;

  constructor(plugin: Plugin, onClick: () => void) {
    this.el = plugin.addStatusBarItem();
    this.el.addClass('vault-stack-git-status');
    this.el.setAttr('aria-label', 'Commit now');
    plugin.registerDomEvent(this.el, 'click', onClick);
  }

  /** Shows `text`, or hides the item when versioning is turned off. */
  show(text: string, enabled: boolean): void {
    this.el.setText(text);
    this.el.toggle(enabled);
  }
}
