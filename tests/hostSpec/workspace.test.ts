/** @jest-environment jsdom */
import { afterEach, describe, expect, test } from '@jest/globals';
import { ItemView, type WorkspaceLeaf } from 'obsidian';
import { createTestApp, fileAt, loadPlugin, startLayout, takeHandlerErrors } from '../host/testing';
import { Plugin } from 'obsidian';

afterEach(() => expect(takeHandlerErrors()).toEqual([]));

const VIEW = 'test-view';
const events: string[] = [];

class TestView extends ItemView {
  getViewType(): string {
    return VIEW;
  }
  getDisplayText(): string {
    return 'Test view';
  }
  override async onOpen(): Promise<void> {
    events.push('open');
    this.contentEl.createEl('h4', { text: 'Hello' });
  }
  override async onClose(): Promise<void> {
    events.push('close');
  }
}

class ViewPlugin extends Plugin {
  override async onload(): Promise<void> {
    this.registerView(VIEW, (leaf: WorkspaceLeaf) => new TestView(leaf));
  }
}

describe('Workspace layout', () => {
  test('onLayoutReady callbacks queue until layout ready and run in order; later ones run immediately', async () => {
    const app = createTestApp();
    const order: string[] = [];
    app.workspace.onLayoutReady(() => order.push('first'));
    app.workspace.onLayoutReady(() => order.push('second'));
    const beforeReady = [...order];

    await startLayout(app);
    app.workspace.onLayoutReady(() => order.push('after'));

    expect(beforeReady).toEqual([]);
    expect(app.workspace.layoutReady).toBe(true);
    expect(order).toEqual(['first', 'second', 'after']);
  });

  test('startup replays vault create for existing files before layout ready', async () => {
    const app = createTestApp({ files: { 'a.md': '', 'f/b.md': '' } });
    const order: string[] = [];
    app.vault.on('create', (f: { path: string }) => order.push(`create ${f.path}`));
    app.workspace.onLayoutReady(() => order.push('layout ready'));

    await startLayout(app);

    expect(order).toEqual(['create a.md', 'create f', 'create f/b.md', 'layout ready']);
  });
});

describe('Leaves and views', () => {
  test('setViewState opens the registered view with header and content elements', async () => {
    events.length = 0;
    const app = createTestApp();
    await loadPlugin(app, ViewPlugin);
    const leaf = app.workspace.getRightLeaf(false);

    await leaf.setViewState({ type: VIEW, active: true });

    const view = leaf.view;
    expect(view).toBeInstanceOf(TestView);
    expect(events).toEqual(['open']);
    expect(view.containerEl.children[0].hasClass('view-header')).toBe(true);
    expect((view as TestView).contentEl).toBe(view.containerEl.children[1]);
    expect((view as TestView).contentEl.textContent).toBe('Hello');
    expect(app.workspace.getLeavesOfType(VIEW)).toEqual([leaf]);
  });

  test('detachLeavesOfType closes the views and fires layout-change and active-leaf-change', async () => {
    events.length = 0;
    const app = createTestApp();
    await loadPlugin(app, ViewPlugin);
    const leaf = app.workspace.getLeaf(true);
    await leaf.setViewState({ type: VIEW, active: true });
    const seen: string[] = [];
    app.workspace.on('layout-change', () => seen.push('layout-change'));
    app.workspace.on('active-leaf-change', (l: WorkspaceLeaf | null) =>
      seen.push(`active ${l === null ? 'null' : 'leaf'}`),
    );

    app.workspace.detachLeavesOfType(VIEW);
    await app.settle();

    expect(events).toEqual(['open', 'close']);
    expect(app.workspace.getLeavesOfType(VIEW)).toEqual([]);
    expect(seen).toEqual(['active null', 'layout-change']);
  });

  test('unloading the plugin turns its views into empty views', async () => {
    events.length = 0;
    const app = createTestApp();
    const plugin = await loadPlugin(app, ViewPlugin);
    const leaf = app.workspace.getRightLeaf(false);
    await leaf.setViewState({ type: VIEW });

    plugin.unload();
    await app.settle();

    expect(events).toEqual(['open', 'close']);
    expect(leaf.view.getViewType()).toBe('empty');
  });

  test('openLinkText opens the resolved note, fires file-open and makes it the active file', async () => {
    const app = createTestApp({ files: { 'notes/Target.md': '# T' } });
    const opened: string[] = [];
    app.workspace.on('file-open', (f: { path: string } | null) => opened.push(f?.path ?? 'null'));

    await app.workspace.openLinkText('Target', '', false);

    expect(opened).toEqual(['notes/Target.md']);
    expect(app.workspace.getActiveFile()).toBe(fileAt(app, 'notes/Target.md'));
    expect(app.workspace.getLastOpenFiles()).toEqual(['notes/Target.md']);
  });

  test('revealLeaf expands a collapsed sidebar', async () => {
    const app = createTestApp();
    await loadPlugin(app, ViewPlugin);
    const leaf = app.workspace.getRightLeaf(false);
    await leaf.setViewState({ type: VIEW });
    app.workspace.rightSplit.collapse();

    await app.workspace.revealLeaf(leaf);

    expect(app.workspace.rightSplit.collapsed).toBe(false);
  });
});
