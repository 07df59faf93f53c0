import { planTaskwarriorImport } from '../../core/formats/planTaskwarriorImport';
import { writeTaskwarrior } from '../../core/formats/taskwarrior';
import { compareStrings } from '../../core/index/linkPath';
import { isKind, type ItemOf } from '../../core/model/Item';
import { timeZoneNamed } from '../../node/systemTimeZone';
import type { ExportFormat } from './ExportFormat';
import type { ImportFormat } from './ImportFormat';
import { vaultImportInput } from './vaultImportInput';

/** `vault-stack export taskwarrior`: every task as the JSON `task import` reads. */
export const TASKWARRIOR_EXPORT: ExportFormat = {
  name: 'taskwarrior',
  summary: 'tasks as the JSON `task import` reads (Taskwarrior 2.6), each with a stable uuid',
  run({ io, vault, now }) {
    const index = vault.index;
    const tasks = index
      .byKind('task')
      .filter((item): item is ItemOf<'task'> => isKind(item, 'task'))
      .sort((a, b) => compareStrings(a.path, b.path));
    const resolveTask = (target: string, from: string): ItemOf<'task'> | undefined => {
      const path = index.resolve(target, from);
      const item = path === null ? undefined : index.get(path);
      return item !== undefined && isKind(item, 'task') ? item : undefined;
    };
    const text = writeTaskwarrior(tasks, { zone: timeZoneNamed(io.env.TZ), resolveTask, now });
    return { type: 'document', text, summary: `${tasks.length} task${tasks.length === 1 ? '' : 's'}` };
  },
};

/** `vault-stack import taskwarrior FILE`: what `task export` wrote, into task notes keyed by uuid. */
export const TASKWARRIOR_IMPORT: ImportFormat = {
  name: 'taskwarrior',
  summary: 'what `task export` writes, into task notes matched by uuid',
  plan(input) {
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(input.bytes);
    } catch {
      return { notes: [], problems: ['the file is not UTF-8 text (Taskwarrior writes UTF-8 JSON)'] };
    }
    return planTaskwarriorImport(text, vaultImportInput(input, 'task', 'Tasks'), timeZoneNamed(input.io.env.TZ));
  },
};
