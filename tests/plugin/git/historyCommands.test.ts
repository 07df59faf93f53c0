/** @jest-environment jsdom */
import './support/jsdomTextCodec';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { Edits } from '../../../src/core/frontmatter/FrontmatterEdit';
import { initialiseVault } from '../../../src/obsidian/git/initialiseVault';
import { ListModal } from '../../../src/obsidian/git/ListModal';
import { FrontmatterWriter } from '../../../src/obsidian/FrontmatterWriter';
import { SuggestModal } from '../../host/SuggestModal';
import {
  clearNotices,
  fileAt,
  getOpenModals,
  noticeMessages,
  readVaultFile,
  takeHandlerErrors,
} from '../../host/testing';
import { restoreValue } from '../../../src/commands/git/restoreFieldValue';
import { note, versioningHarness } from './support/versioningHarness';
import { modalRows, waitFor } from './support/waitFor';

const JELLYFIN = 'Services/Jellyfin.md';

beforeEach(() => clearNotices());
afterEach(() => {
  for (const modal of getOpenModals()) modal.close();
  expect(takeHandlerErrors()).toEqual([]);
});

/** A vault whose Jellyfin note went through two commits after the first: port 8096 → 8920, then a url change. */
async function jellyfinWithHistory() {
  const harness = await versioningHarness(
    { [JELLYFIN]: note(['stack: service', 'url: https://media.example.org', 'port: 8096 # default']) },
    { autoCommitDelaySeconds: 0, autoCommitIntervalMinutes: 0 },
  );
  const { app, plugin, v } = harness;
  await initialiseVault(v);
  const writer = new FrontmatterWriter(app);
  plugin.now = new Date(2026, 10, 28, 15, 0);
  await writer.apply(JELLYFIN, [Edits.set('port', 8920)], 'Jellyfin');
  await v.commitNow('auto');
  plugin.now = new Date(2026, 10, 28, 16, 30);
  await writer.apply(JELLYFIN, [Edits.set('url', 'https://jellyfin.example.org')], 'Jellyfin');
  await v.commitNow('auto');
  await app.workspace.getLeaf(false).openFile(fileAt(app, JELLYFIN));
  return harness;
}

function openSuggest(): SuggestModal<unknown> {
  const modal = getOpenModals().find((m) => m instanceof SuggestModal);
  if (!(modal instanceof SuggestModal)) throw new Error('no suggest modal open');
  return modal as SuggestModal<unknown>;
}

function openList(): ListModal {
  const modal = getOpenModals().find((m) => m instanceof ListModal);
  if (!(modal instanceof ListModal)) throw new Error('no list modal open');
  return modal;
}

describe('history commands on the current note', () => {
  it('lists the commits of the note with date, message and author', async () => {
    const { app } = await jellyfinWithHistory();

    app.plugins.executeCommand('vault-stack:show-note-history');
    await waitFor(() => getOpenModals().some((m) => m instanceof ListModal));

    const modal = openList();
    expect(modal.titleEl.textContent).toBe('History of Jellyfin');
    expect(modalRows(modal)).toEqual([
      'service: Jellyfin url changed',
      'service: Jellyfin port changed',
      'vault: initial import of 2 files',
    ]);
    const details = [...modal.contentEl.querySelectorAll('.vault-stack-list-modal-detail')].map((el) => el.textContent);
    expect(details).toEqual([
      '2026-11-28 16:30 · Vault Stack',
      '2026-11-28 15:00 · Vault Stack',
      '2026-11-28 14:02 · Vault Stack',
    ]);
  });

  it("lists one field's changes as date: from → to after choosing the field", async () => {
    const { app } = await jellyfinWithHistory();

    app.plugins.executeCommand('vault-stack:show-field-history');
    await waitFor(() => getOpenModals().some((m) => m instanceof SuggestModal));
    const chooser = openSuggest();
    await chooser.hostSetQuery('port');
    chooser.hostChoose(0);
    await waitFor(() => getOpenModals().some((m) => m instanceof ListModal));

    const modal = openList();
    expect(modal.titleEl.textContent).toBe('Jellyfin: history of port');
    expect(modalRows(modal)).toEqual(['2026-11-28 15:00: 8096 → 8920', '2026-11-28 14:02: (none) → 8096']);
  });

  it("restores a field's earlier value inside Vault.process, keeping the rest of the note, and the change is recorded", async () => {
    const { app, v } = await jellyfinWithHistory();

    app.plugins.executeCommand('vault-stack:restore-field-value');
    await waitFor(() => getOpenModals().some((m) => m instanceof SuggestModal));
    const fields = openSuggest();
    await fields.hostSetQuery('port');
    fields.hostChoose(0);
    await waitFor(
      () => getOpenModals().filter((m) => m instanceof SuggestModal).length === 1 && openSuggest() !== fields,
    );
    const changes = openSuggest();
    await changes.hostSetQuery('');
    changes.hostChoose((c) => JSON.stringify(c).includes('(none) → 8096'));
    await waitFor(() => readVaultFile(app, JELLYFIN).includes('port: 8096'));

    expect(readVaultFile(app, JELLYFIN)).toBe(
      note(['stack: service', 'url: https://jellyfin.example.org', 'port: 8096 # default']),
    );
    expect(v.tracker.pending()).toEqual([JELLYFIN]);
    await v.commitNow('auto');
    expect((await v.repo.fieldHistory(JELLYFIN, 'port')).map((c) => [c.from, c.to])).toEqual([
      [8920, 8096],
      [8096, 8920],
      [undefined, 8096],
    ]);
  });

  it("restores through the FrontmatterWriter: a note whose frontmatter it refuses is left as it is, with the writer's Notice", async () => {
    const { app, v } = await jellyfinWithHistory();
    const [, first] = await v.repo.fieldHistory(JELLYFIN, 'port');
    const broken = note(['stack: service', 'port: 8920', 'port: 8921']);
    await app.vault.modify(fileAt(app, JELLYFIN), broken);
    clearNotices();

    const restored = await restoreValue(v, JELLYFIN, 'port', first.commit);

    expect(restored).toBe(false);
    expect(noticeMessages()).toEqual([
      'Could not update "Jellyfin": its frontmatter has a duplicate key (line 4): fix it by hand first',
    ]);
    expect(readVaultFile(app, JELLYFIN)).toBe(broken);
  });
});
