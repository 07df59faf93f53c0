/** @jest-environment jsdom */
import { afterEach, describe, expect, test } from '@jest/globals';
import { MarkdownRenderChild, Plugin, type TAbstractFile } from 'obsidian';
import { createTestApp, loadPlugin, readVaultFile, renderNote, takeHandlerErrors, unloadPlugin } from '../host/testing';

afterEach(() => expect(takeHandlerErrors()).toEqual([]));

interface Settings {
  greeting: string;
}

class SamplePlugin extends Plugin {
  override settings: Settings = { greeting: 'hi' };
  created: string[] = [];
  ran = 0;

  override async onload(): Promise<void> {
    this.settings = { ...this.settings, ...((await this.loadData()) as Partial<Settings> | null) };
    this.addCommand({ id: 'run', name: 'Run it', callback: () => this.ran++ });
    this.addCommand({ id: 'never', name: 'Never available', checkCallback: () => false });
    this.registerEvent(this.app.vault.on('create', (f: TAbstractFile) => this.created.push(f.path)));
    this.addStatusBarItem().setText('Ready');
    this.registerMarkdownCodeBlockProcessor('stack', (source, el, ctx) => {
      el.createEl('pre', { cls: 'stack-out', text: `${ctx.sourcePath}: ${source.trim()}` });
      ctx.addChild(new MarkdownRenderChild(el));
    });
  }
}

describe('Plugin', () => {
  test('loadData is null for a new plugin; saveData writes data.json under the config folder', async () => {
    const app = createTestApp();
    const plugin = await loadPlugin(app, SamplePlugin, { id: 'sample' });

    await plugin.saveData({ greeting: 'hello' });

    expect(plugin.settings.greeting).toBe('hi');
    expect(JSON.parse(readVaultFile(app, `${app.vault.configDir}/plugins/sample/data.json`))).toEqual({
      greeting: 'hello',
    });
    expect(app.vault.getAbstractFileByPath(`${app.vault.configDir}/plugins/sample/data.json`)).toBeNull();
  });

  test('settings saved by one load are read by the next', async () => {
    const app = createTestApp();
    const first = await loadPlugin(app, SamplePlugin, { id: 'sample' });
    await first.saveData({ greeting: 'saved' });
    unloadPlugin(app, first);

    const second = await loadPlugin(app, SamplePlugin, { id: 'sample' });

    expect(second.settings.greeting).toBe('saved');
  });

  test('commands are prefixed with the plugin id and name and run through the registry', async () => {
    const app = createTestApp();
    const plugin = await loadPlugin(app, SamplePlugin, { id: 'sample', name: 'Sample' });

    const ran = app.plugins.executeCommand('sample:run');
    const never = app.plugins.executeCommand('sample:never');

    expect(app.plugins.commands.get('sample:run')?.name).toBe('Sample: Run it');
    expect([ran, never, plugin.ran]).toEqual([true, false, 1]);
  });

  test('unload removes commands, status bar items and event handlers', async () => {
    const app = createTestApp();
    const plugin = await loadPlugin(app, SamplePlugin, { id: 'sample' });
    await app.vault.create('before.md', '');

    unloadPlugin(app, plugin);
    await app.vault.create('after.md', '');

    expect(plugin.created).toEqual(['before.md']);
    expect(app.plugins.commands.size).toBe(0);
    expect(app.plugins.statusBarItems).toEqual([]);
  });

  test('renderNote runs code blocks through the registered processor with the note path', async () => {
    const app = createTestApp({
      files: { 'n.md': '---\na: 1\n---\n# Title\n\n```stack\nquery\n```\n\n```js\n<b>x</b>\n```\n' },
    });
    await loadPlugin(app, SamplePlugin, { id: 'sample' });

    const { el, component } = await renderNote(app, 'n.md');

    expect(el.querySelector('.block-language-stack .stack-out')?.textContent).toBe('n.md: query');
    expect(el.querySelector('h1')?.textContent).toBe('Title');
    expect(el.querySelector('pre > code.language-js')?.textContent).toBe('<b>x</b>\n');
    expect(el.querySelector('b')).toBeNull();
    component.unload();
  });
});
