import { normalizePath, TFile, type App } from 'obsidian';
import { editFrontmatter } from '../core/frontmatter/editFrontmatter';
import type { ImportPlan } from '../core/formats/ImportPlan';
import { parseImportState, serializeImportState } from '../core/formats/ImportState';
import type { PlanImportInput } from '../core/formats/planImport';
import type { ItemIndex } from '../core/index/ItemIndex';
import { folderOf } from '../core/index/linkPath';
import { folderForKind } from './createItemNote';

/** What `planImport` needs from the vault, besides the target and records. */
export type VaultImportInput = Omit<PlanImportInput<unknown>, 'target' | 'records' | 'entryLabel'>;

/** `<configDir>/plugins/vault-stack/state/imports/<format>.json`, shared with the CLI (ignored by `init`). */
export function importStatePath(app: App, format: string): string {
  return normalizePath(`${app.vault.configDir}/plugins/vault-stack/state/imports/${format}.json`);
}

/**
 * Everything `planImport` needs from the open vault for notes of `kind`: the notes and their current
 * texts (read first, as the plan is computed at once), which paths are taken, the folder holding most
 * notes of the kind (else Obsidian's folder for new notes), today and the last import's state.
 */
export async function vaultImportInput(
  app: App,
  index: ItemIndex,
  kind: string,
  format: string,
  today: string,
): Promise<VaultImportInput> {
  const items = index.byKind(kind);
  const texts = new Map<string, string>();
  for (const item of items) {
    const file = app.vault.getFileByPath(item.path);
    if (file !== null) texts.set(item.path, await app.vault.cachedRead(file));
  }
  const statePath = importStatePath(app, format);
  const stateText = (await app.vault.adapter.exists(statePath)) ? await app.vault.adapter.read(statePath) : undefined;
  return {
    notes: items.map((item) => ({ path: item.path, frontmatter: item.frontmatter })),
    readText: (path) => texts.get(path) ?? '',
    isTaken: (path) => app.vault.getAbstractFileByPath(normalizePath(path)) !== null,
    folder: folderForKind(app, index, kind),
    today,
    last: parseImportState(stateText),
  };
}

/** How many notes an applied plan created and updated. */
export interface AppliedImport {
  created: number;
  updated: number;
}

/**
 * Applies a plan through the vault: new notes with `create` (making their folder), updates with
 * `process`, re-applying the plan's frontmatter edits to the note as it is now (so an edit made since
 * the preview is kept); then saves the plan's state for the next import of `format`.
 */
export async function applyImportPlan(app: App, plan: ImportPlan, format: string): Promise<AppliedImport> {
  const applied = { created: 0, updated: 0 };
  for (const note of plan.notes) {
    if (note.action === 'create') {
      const folder = folderOf(note.path);
      if (folder !== '' && app.vault.getAbstractFileByPath(normalizePath(folder)) === null)
        await app.vault.createFolder(normalizePath(folder));
      await app.vault.create(normalizePath(note.path), note.text);
      applied.created++;
    } else if (note.action === 'update') {
      const file = app.vault.getAbstractFileByPath(normalizePath(note.path));
      if (!(file instanceof TFile)) continue;
      await app.vault.process(file, (text) => {
        if (note.edits === undefined) return note.text;
        const edited = editFrontmatter(text, note.edits);
        return edited.ok ? edited.text : text;
      });
      applied.updated++;
    }
  }
  if (plan.state) {
    const path = importStatePath(app, format);
    const dir = path.slice(0, path.lastIndexOf('/'));
    if (!(await app.vault.adapter.exists(dir))) await app.vault.adapter.mkdir(dir);
    await app.vault.adapter.write(path, serializeImportState(plan.state));
  }
  return applied;
}
