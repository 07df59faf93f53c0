import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ImportPlan } from '../../core/formats/ImportPlan';
import { planTimeImport, type IncomingTime } from '../../core/formats/timeImport';
import type { ImportInput } from './ImportFormat';

/** Plans a time import into the vault's tasks and habits (new tasks go to `--folder`, default `Tasks`). */
export function planTimeImportInto(input: ImportInput, entries: readonly IncomingTime[]): ImportPlan {
  const { vault } = input;
  const notes = vault.index
    .items()
    .filter((i) => i.data.type === 'task' || i.data.type === 'habit')
    // An inline task's `time` is its `⏱` entries (`frontmatter.time`), written back under its line.
    .map((i) => ({
      path: i.path,
      title: i.title,
      rawTime: i.frontmatter.time,
      ...(i.inline === undefined ? {} : { inline: i.inline }),
    }));
  return planTimeImport({
    entries,
    notes,
    readText: (path) => readFileSync(join(vault.root, path), 'utf8'),
    isTaken: (path) => vault.index.hasNote(path) || existsSync(join(vault.root, path)),
    folder: input.folder ?? 'Tasks',
    today: input.today,
  });
}
