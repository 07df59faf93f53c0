import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PlanImportInput } from '../../core/formats/planImport';
import { folderOfMostItems } from '../../core/notes/newNotePath';
import type { ImportInput } from './ImportFormat';

/**
 * What `planImport` needs from the vault on disk for notes of `kind`: the notes, their texts, which
 * paths are taken, the folder for new notes (`--folder`, else the one holding most notes of the kind,
 * else `defaultFolder`), the day and the last import's state.
 */
export function vaultImportInput(
  input: ImportInput,
  kind: string,
  defaultFolder: string,
): Omit<PlanImportInput<unknown>, 'target' | 'records' | 'entryLabel'> {
  const items = input.vault.index.byKind(kind);
  const root = input.vault.root;
  return {
    notes: items.map((item) => ({ path: item.path, frontmatter: item.frontmatter })),
    readText: (path) => readFileSync(join(root, path), 'utf8'),
    isTaken: (path) => existsSync(join(root, path)),
    folder: input.folder ?? folderOfMostItems(items) ?? defaultFolder,
    today: input.today,
    last: input.lastImport,
  };
}
