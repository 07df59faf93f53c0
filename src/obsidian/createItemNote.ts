import { normalizePath, type App, type TFile } from 'obsidian';
import { fieldSpecsOfUserKind } from '../core/actions/fieldSpecsOfUserKind';
import { newItemTemplate } from '../core/actions/newItemTemplate';
import type { ItemIndex } from '../core/index/ItemIndex';
import type { FieldSpec } from '../core/kinds/KindSpec';
import { isBuiltinKind, KIND_SPECS } from '../core/kinds/registry';
import { BUILTIN_KINDS } from '../core/model/Item';
import { folderOfMostItems, freeNotePath, noteNameFor } from '../core/notes/newNotePath';

export { noteNameFor };

/** A kind a new item can have: builtin or declared by a `stack: kind` note. */
export interface NewItemKind {
  name: string;
  description: string;
  fields: Readonly<Record<string, FieldSpec>>;
}

/** Every kind a new item can have: the builtin ones, then the user's, by name. */
export function newItemKinds(index: ItemIndex): NewItemKind[] {
  const out: NewItemKind[] = BUILTIN_KINDS.map((k) => ({
    name: k,
    description: KIND_SPECS[k].description,
    fields: KIND_SPECS[k].fields,
  }));
  const user = [...index.userKinds().entries()]
    .filter(([name]) => !isBuiltinKind(name))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [name, decl] of user)
    out.push({ name, description: `Your kind (${decl.data.group})`, fields: fieldSpecsOfUserKind(decl.data.fields) });
  return out;
}

/** Where a new item of a kind goes: the folder holding most items of that kind, else Obsidian's folder for new notes. */
export function folderForKind(app: App, index: ItemIndex, kind: string): string {
  const best = folderOfMostItems(index.byKind(kind));
  if (best !== null) return best;
  const parent = app.fileManager.getNewFileParent(app.workspace.getActiveFile()?.path ?? '');
  return parent.isRoot() ? '' : parent.path;
}

/** Creates the note of a new item from the kind's template (a free path: `Title 2.md` when taken) and returns it. */
export async function createItemNote(
  app: App,
  index: ItemIndex,
  kind: NewItemKind,
  title: string,
  today: string,
): Promise<TFile> {
  const folder = folderForKind(app, index, kind.name);
  if (folder !== '' && app.vault.getAbstractFileByPath(folder) === null) await app.vault.createFolder(folder);
  const path = freeNotePath(folder, title, (p) => app.vault.getAbstractFileByPath(normalizePath(p)) !== null);
  return app.vault.create(normalizePath(path), newItemTemplate(kind.name, kind.fields, title, today));
}
