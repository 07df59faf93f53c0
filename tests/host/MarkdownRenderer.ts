import type * as O from 'obsidian';
import type { App } from './App';
import type { Component } from './Component';
import { MarkdownRenderChild } from './MarkdownRenderChild';
import { renderMarkdownInto } from './renderMarkdown';

let currentApp: App | null = null;

/** Host-only: the App that `MarkdownRenderer.renderMarkdown` (which takes no app) renders with. */
export function setCurrentApp(app: App): void {
  currentApp = app;
}

/** Obsidian's MarkdownRenderer statics over the host's small renderer (see renderMarkdownInto). */
export abstract class MarkdownRenderer extends MarkdownRenderChild {
  app!: App;
  hoverPopover: O.HoverPopover | null = null;
  abstract get file(): O.TFile;

  /** Renders with the most recently created App. */
  static async renderMarkdown(
    markdown: string,
    el: HTMLElement,
    sourcePath: string,
    component: O.Component,
  ): Promise<void> {
    if (!currentApp) throw new Error('test host: no App created yet');
    await renderMarkdownInto(currentApp, markdown, el, sourcePath, component as unknown as Component);
  }

  /** Renders markdown into `el`; children join `component`. */
  static async render(
    app: O.App,
    markdown: string,
    el: HTMLElement,
    sourcePath: string,
    component: O.Component,
  ): Promise<void> {
    await renderMarkdownInto(app as unknown as App, markdown, el, sourcePath, component as unknown as Component);
  }
}
