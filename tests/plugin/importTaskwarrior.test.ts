/** @jest-environment jsdom */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { taskwarriorDateOf } from '../../src/core/formats/taskwarriorDates';
import { systemTimeZone } from '../../src/node/systemTimeZone';
import { FilePickerModal } from '../../src/obsidian/modals/FilePickerModal';
import { ImportPreviewModal } from '../../src/obsidian/modals/ImportPreviewModal';
import {
  clearNotices,
  getOpenModals,
  noticeMessages,
  readVaultFile,
  takeHandlerErrors,
  type App,
} from '../host/testing';
import { smallVault } from './support/fixtures';
import { loadedPlugin, run, settled, topModal } from './support/pluginHarness';

const U1 = '296d835e-8f85-4224-8f36-c612cad1b9f8';
const U2 = 'a1111111-a111-4111-a111-a11111111111';

beforeEach(() => clearNotices());
afterEach(() => {
  for (const modal of getOpenModals()) modal.close();
  expect(takeHandlerErrors()).toEqual([]);
});

/** `task export` output for two tasks, dates given as local vault dates. */
function exported(plumberDue?: string): string {
  const tw = (local: string): string => taskwarriorDateOf(local, systemTimeZone);
  return JSON.stringify([
    { uuid: U1, description: 'Renew passport', status: 'pending', due: tw('2026-11-25'), priority: 'H' },
    {
      uuid: U2,
      description: 'Call plumber',
      status: 'pending',
      entry: tw('2026-11-27T08:15'),
      tags: ['home'],
      depends: [U1],
      ...(plumberDue === undefined ? {} : { due: tw(plumberDue) }),
    },
  ]);
}

/** Runs the command and picks a file with `text` in its file input; returns the preview shown. */
async function pickFile(app: App, text: string): Promise<ImportPreviewModal> {
  run(app, 'import-taskwarrior');
  const picker = topModal();
  expect(picker).toBeInstanceOf(FilePickerModal);
  const input = picker.contentEl.querySelector('input[type="file"]');
  if (!(input instanceof HTMLInputElement)) throw new Error('no file input');
  expect(input.accept).toBe('.json,application/json');
  Object.defineProperty(input, 'files', { value: [{ name: 'tasks.json', text: () => Promise.resolve(text) }] });
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

describe('Import Taskwarrior tasks…', () => {
  test('previews created notes and conflicts, then creates the notes through the vault and saves the state', async () => {
    const files = smallVault();
    files['Tasks/Renew passport.md'] = (files['Tasks/Renew passport.md'] as string).replace(
      'priority: high',
      `priority: high\nuuid: ${U1}`,
    );
    const { app } = await loadedPlugin(files);

    const preview = await pickFile(app, exported());

    expect(texts(preview, '.vault-stack-import-summary')).toEqual([
      'tasks.json: 1 to create, 0 to update, 0 unchanged, 1 conflict.',
    ]);
    expect(texts(preview, '.vault-stack-import-create li')).toEqual(['Tasks/Call plumber.md']);
    expect(texts(preview, '.vault-stack-import-conflict li')).toEqual([
      'Tasks/Renew passport.md: due: vault "2026-11-20", file "2026-11-25"',
    ]);
    const before = readVaultFile(app, 'Tasks/Renew passport.md');
    button(preview, 'Import').click();
    await settled(app);

    const created = readVaultFile(app, 'Tasks/Call plumber.md');
    expect(created).toMatch(/^---\nstack: task\ntitle: Call plumber\ncreated: 2026-11-27T08:15\ntags: \[home\]\n/);
    expect(created).toContain('\ndepends: ["[[Renew passport]]"]\n');
    expect(created).toContain(`\nuuid: ${U2}\n`);
    expect(readVaultFile(app, 'Tasks/Renew passport.md')).toBe(before);
    expect(noticeMessages()).toContain('Imported tasks.json: 1 created, 0 updated, 1 conflict left as they are.');
    expect(
      JSON.parse(
        await app.vault.adapter.read(`${app.vault.configDir}/plugins/vault-stack/state/imports/taskwarrior.json`),
      ),
    ).toMatchObject({
      records: { [U2]: { title: 'Call plumber' } },
    });
  });

  test('a second import of the same file has nothing to import; a changed source updates the note in place', async () => {
    const { app } = await loadedPlugin(smallVault());
    button(await pickFile(app, exported()), 'Import').click();
    await settled(app);

    const again = await pickFile(app, exported());
    expect(texts(again, '.vault-stack-import-summary')).toEqual([
      'tasks.json: 0 to create, 0 to update, 2 unchanged, 0 conflicts.',
    ]);
    expect(button(again, 'Nothing to import').disabled).toBe(true);
    again.close();

    const changed = await pickFile(app, exported('2026-12-04'));
    expect(texts(changed, '.vault-stack-import-update li')).toEqual(['Tasks/Call plumber.md (due)']);
    button(changed, 'Import').click();
    await settled(app);
    expect(readVaultFile(app, 'Tasks/Call plumber.md')).toContain('\ndue: 2026-12-04\n');
  });

  test('a bad file lists its entries and offers no import', async () => {
    const { app } = await loadedPlugin(smallVault());
    const preview = await pickFile(app, '[{"description":"no uuid"}]');
    expect(texts(preview, '.vault-stack-import-problems li')).toEqual([
      'entry 1: has no "uuid" (Taskwarrior would make a new task of it on every import)',
    ]);
    expect([...preview.contentEl.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Close']);
  });
});
