/** @jest-environment jsdom */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { FilePickerModal } from '../../../src/obsidian/modals/FilePickerModal';
import { ImportPreviewModal } from '../../../src/obsidian/modals/ImportPreviewModal';
import {
  clearNotices,
  getOpenModals,
  noticeMessages,
  readVaultFile,
  readVaultFiles,
  takeHandlerErrors,
  type App,
} from '../../host/testing';
import { loadedPlugin, run, settled, topModal } from '../support/pluginHarness';

beforeEach(() => clearNotices());
afterEach(() => {
  for (const modal of getOpenModals()) modal.close();
  expect(takeHandlerErrors()).toEqual([]);
});

const VAULT = {
  'Reading/Tailscale ACLs.md': '---\nstack: bookmark\nurl: https://tailscale.com/kb/1018/acls\n---\n',
};

const HTML = `<!DOCTYPE NETSCAPE-Bookmark-file-1>
<DL><p>
    <DT><H3>Dev</H3>
    <DL><p>
        <DT><A HREF="https://doc.rust-lang.org/book/" ADD_DATE="1733000000" TAGS="rust" TOREAD="1">The Rust Book</A>
        <DD>Start here
    </DL><p>
    <DT><A HREF="https://Tailscale.com/kb/1018/acls/?utm_source=x" TOREAD="0">Tailscale ACLs</A>
    <DT><A HREF="https://doc.rust-lang.org/book">Again</A>
</DL><p>
`;

/** Runs the command and picks a file named `name` holding `text`; returns the preview shown. */
async function pickFile(app: App, name: string, text: string): Promise<ImportPreviewModal> {
  run(app, 'import-bookmarks');
  const picker = topModal();
  expect(picker).toBeInstanceOf(FilePickerModal);
  const input = picker.contentEl.querySelector('input[type="file"]');
  if (!(input instanceof HTMLInputElement)) throw new Error('no file input');
  expect(input.accept).toBe('.html,.htm,text/html');
  Object.defineProperty(input, 'files', { value: [{ name, text: () => Promise.resolve(text) }] });
  input.dispatchEvent(new Event('change'));
  await settled(app);
  const preview = topModal();
  if (!(preview instanceof ImportPreviewModal)) throw new Error('the preview did not open');
  return preview;
}

const texts = (modal: ImportPreviewModal, selector: string): string[] =>
  [...modal.contentEl.querySelectorAll(selector)].map((e) => e.textContent ?? '');

function button(modal: ImportPreviewModal, label: string): HTMLButtonElement {
  const found = [...modal.contentEl.querySelectorAll('button')].find((b) => b.textContent === label);
  if (!found) throw new Error(`no "${label}" button`);
  return found;
}

describe('Import bookmarks…', () => {
  test('previews new notes, updates and duplicates, writes nothing until Import, then applies through the vault', async () => {
    const { app } = await loadedPlugin(VAULT);

    const preview = await pickFile(app, 'bookmarks.html', HTML);

    expect(texts(preview, '.vault-stack-import-summary')).toEqual([
      'bookmarks.html: 1 to create, 1 to update, 0 unchanged, 0 conflicts.',
    ]);
    expect(texts(preview, '.vault-stack-import-create li')).toEqual(['Reading/The Rust Book.md']);
    expect(texts(preview, '.vault-stack-import-update li')).toEqual(['Reading/Tailscale ACLs.md (status)']);
    expect(preview.contentEl.textContent).toContain('line 9: the same page as line 5');
    expect(Object.keys(readVaultFiles(app)).sort()).toEqual(['Reading/Tailscale ACLs.md']);

    button(preview, 'Import').click();
    await settled(app);

    expect(readVaultFile(app, 'Reading/The Rust Book.md')).toContain('folder: Dev\ndescription: Start here\n');
    expect(readVaultFile(app, 'Reading/Tailscale ACLs.md')).toBe(
      '---\nstack: bookmark\nurl: https://tailscale.com/kb/1018/acls\nstatus: read\n---\n',
    );
    expect(noticeMessages()).toEqual(['Imported bookmarks.html: 1 created, 1 updated.']);
    expect(readVaultFile(app, `${app.vault.configDir}/plugins/vault-stack/state/imports/netscape.json`)).toContain(
      'https://doc.rust-lang.org/book',
    );

    const again = await pickFile(app, 'bookmarks.html', HTML);
    expect(texts(again, '.vault-stack-import-summary')).toEqual([
      'bookmarks.html: 0 to create, 0 to update, 2 unchanged, 0 conflicts.',
    ]);
    expect(button(again, 'Nothing to import').disabled).toBe(true);
  });

  test("shows a bad file's problems with their line, and offers nothing to import", async () => {
    const { app } = await loadedPlugin(VAULT);
    const bad = await pickFile(
      app,
      'broken.html',
      '<DL><p>\n<DT><A HREF="https://x.example/" ADD_DATE="soon">X</A>\n</DL>',
    );
    expect(texts(bad, '.vault-stack-import-problems li')).toEqual([
      'line 2: ADD_DATE "soon" is not a number of seconds since 1970',
    ]);
    expect(texts(bad, 'button')).toEqual(['Close']);
  });
});
