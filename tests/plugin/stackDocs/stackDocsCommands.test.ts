/** @jest-environment jsdom */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { NOW, run, settled, topChoices } from '../support/pluginHarness';
import VaultStackPlugin from '../../../src/main';
import { fixedClock } from '../../../src/obsidian/clock';
import { createTestAppFromDisk } from '../../host/fromDisk';
import {
  clearNotices,
  loadPlugin,
  noticeMessages,
  readVaultFile,
  startLayout,
  takeHandlerErrors,
  type App,
} from '../../host/testing';
import { EXAMPLE_VAULT } from '../../support/exampleVault';

const plugins = new WeakMap<App, VaultStackPlugin>();

async function exampleApp(): Promise<App> {
  const app = createTestAppFromDisk(EXAMPLE_VAULT);
  const loaded = await loadPlugin(app, VaultStackPlugin);
  loaded.context.clock = fixedClock(NOW);
  await startLayout(app);
  await loaded.context.source.ready;
  plugins.set(app, loaded);
  return app;
}

function plugin(app: App): VaultStackPlugin {
  const loaded = plugins.get(app);
  if (!loaded) throw new Error('no plugin');
  return loaded;
}

beforeEach(() => clearNotices());
afterEach(() => expect(takeHandlerErrors()).toEqual([]));

describe('Update stack overview', () => {
  test('creates "Stack overview.md" with the overview region, then reports it up to date', async () => {
    const app = await exampleApp();

    run(app, 'update-stack-overview');
    await settled(app);
    const written = readVaultFile(app, 'Stack overview.md');
    run(app, 'update-stack-overview');
    await settled(app);

    expect(written).toMatch(/^# Stack overview\n\n%% vault-stack:begin overview hash=\w+ %%\n/);
    expect(written).toContain('```mermaid\nflowchart LR\n');
    expect(written).toContain('| [[Infra/Services/Nextcloud\\|Nextcloud]] | [[nas]] | compose |');
    expect(readVaultFile(app, 'Stack overview.md')).toBe(written);
    expect(noticeMessages()).toEqual(['Created Stack overview.md.', 'Stack overview.md is up to date.']);
  });

  test('keeps the text around the region, and leaves a hand-edited region alone with a notice', async () => {
    const app = await exampleApp();
    run(app, 'update-stack-overview');
    await settled(app);
    const file = app.vault.getFileByPath('Stack overview.md');
    if (!file) throw new Error('no overview');
    await app.vault.process(file, (text) => `Intro.\n${text}Outro.\n`);
    await app.vault.create('Infra/Devices/router.md', '---\nstack: device\nos: OpenWrt\n---\n');
    await settled(app);

    run(app, 'update-stack-overview');
    await settled(app);
    const updated = readVaultFile(app, 'Stack overview.md');
    await app.vault.process(file, (text) => text.replace('### device (5)', '### my devices'));
    run(app, 'update-stack-overview');
    await settled(app);

    expect(updated.startsWith('Intro.\n# Stack overview\n')).toBe(true);
    expect(updated.endsWith('%% vault-stack:end %%\nOutro.\n')).toBe(true);
    expect(updated).toContain('[[Infra/Devices/router\\|router]] | OpenWrt');
    expect(readVaultFile(app, 'Stack overview.md')).toContain('### my devices');
    expect(noticeMessages().at(-1)).toMatch(
      /^Stack overview.md was not written: the "overview" region was edited by hand/,
    );
  });
});

describe('Bootstrap checklist for this device', () => {
  test('is offered only on a device note, writes the checklist beside it and opens it', async () => {
    const app = await exampleApp();
    const command = app.plugins.commands.get('vault-stack:bootstrap-checklist');
    await app.workspace.openLinkText('Infra/Services/Nextcloud.md', '', false, { active: true });
    const onService = command?.checkCallback?.(true);
    await app.workspace.openLinkText('Infra/Devices/nas.md', '', false, { active: true });

    run(app, 'bootstrap-checklist');
    await settled(app);

    expect(onService).toBe(false);
    const text = readVaultFile(app, 'Infra/Devices/nas bootstrap.md');
    expect(text).toContain('- [ ] Install Debian from the netinst USB\n');
    expect(text).toContain(
      '- [ ] Restore Immich from [[Infra/Backups/Photos to external disk|Photos to external disk]] with rclone',
    );
    expect(app.workspace.getActiveFile()?.path).toBe('Infra/Devices/nas bootstrap.md');
  });
});

describe('Add a kind from the library', () => {
  test('offers the kinds the vault lacks, writes the chosen declaration and its items become items', async () => {
    const app = await exampleApp();

    run(app, 'add-library-kind');
    const shown = await topChoices();
    shown.choose('site');
    await settled(app);
    await app.vault.create('Blog site.md', '---\nstack: site\ngenerator: hugo\nurl: https://ana.example.dev\n---\n');
    await settled(app);

    expect(shown.labels).toEqual(['project', 'dotfiles', 'media-archive', 'site']);
    expect(readVaultFile(app, 'Kinds/Site.md')).toMatch(
      /^---\nstack: kind\nname: site\ngroup: dev\nfields:\n {2}generator: \[hugo, zola, eleventy, jekyll, astro, other\]\n/,
    );
    expect(app.workspace.getActiveFile()?.path).toBe('Kinds/Site.md');
    expect(plugin(app).context.source.index.get('Blog site.md')?.kind).toBe('site');
  });
});
