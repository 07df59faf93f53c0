import { emptyImportState } from '../../src/core/formats/ImportState';
import { planTaskwarriorImport } from '../../src/core/formats/planTaskwarriorImport';
import {
  fixedOffsetZone,
  readTaskwarrior,
  taskwarriorTaskOf,
  writeTaskwarrior,
  type TaskwarriorWriteOptions,
} from '../../src/core/formats/taskwarrior';
import { ItemIndex } from '../../src/core/index/ItemIndex';
import { isKind, type ItemOf } from '../../src/core/model/Item';
import { noteReadOf, readNote } from '../../src/core/notes/readNote';
import { pairedMediansOf, row, type BenchSuite } from '../harness';
import { Random } from '../random';

const SUITE = 'taskwarrior';
const TASKS = 5_000;
const ZONE = fixedOffsetZone(60);
/** Untimed rounds of each operation and its floor first: both are timed optimised. */
const WARMUPS = 5;

/** `count` task notes with the fields people use: dates, priorities, projects, tags, a few dependencies. */
function taskIndex(count: number, seed = 20261203): ItemIndex {
  const r = new Random(seed);
  const index = new ItemIndex();
  const day = (): string => `2026-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;
  for (let i = 0; i < count; i++) {
    const fm: Record<string, unknown> = {
      stack: 'task',
      title: `Task ${i} ${r.pick(['pay', 'call', 'fix', 'renew', 'write', 'check'])} ${r.pick(['rent', 'plumber', 'cert', 'docs', 'backup'])}`,
      created: day(),
      status: r.pick(['todo', 'todo', 'todo', 'doing', 'done', 'cancelled']),
      tags: r.next() < 0.6 ? [r.pick(['home', 'work', 'admin']), r.pick(['next', 'later', 'money'])] : [],
    };
    if (r.next() < 0.7) fm.due = r.next() < 0.8 ? day() : `${day()}T${String(r.int(8, 20)).padStart(2, '0')}:30`;
    if (r.next() < 0.3) fm.scheduled = day();
    if (r.next() < 0.5) fm.priority = r.pick(['high', 'medium', 'low']);
    if (r.next() < 0.5) fm.project = r.pick(['Home', 'Work', '[[Projects/Homelab]]']);
    if (fm.status === 'done' || fm.status === 'cancelled') fm.done = day();
    if (i > 0 && r.next() < 0.2) fm.depends = [`[[Task ${r.int(0, i - 1)}]]`];
    index.upsert(`Tasks/${String(fm.title)}.md`, noteReadOf(fm, {}));
  }
  return index;
}

/** Export and import of 5,000 tasks against JSON.stringify / JSON.parse of the same data. */
export const taskwarriorSuite: BenchSuite = {
  name: SUITE,
  notes: [
    'taskwarrior: the export floor is JSON.stringify of the very objects the export writes (one per task, absent fields left out); the import floor is JSON.parse of the exported file. "read" checks every entry and maps it to fields; "plan" also merges into the vault and writes each new note from the task template (byte-preserving frontmatter edits), "re-import" plans the same file against the notes it made (all unchanged). Each operation and its floor run 5 times untimed first.',
  ],
  run(ctx) {
    const index = taskIndex(TASKS);
    const tasks = index.byKind('task').filter((i): i is ItemOf<'task'> => isKind(i, 'task'));
    const byPath = new Map(tasks.map((t) => [t.path, t]));
    const options: TaskwarriorWriteOptions = {
      zone: ZONE,
      now: '2026-12-03T09:00',
      resolveTask: (target, from) => {
        const path = index.resolve(target, from);
        return path === null ? undefined : byPath.get(path);
      },
    };
    // The floor serialises each task's present fields only (the export's objects hold absent ones as undefined).
    const objects = tasks.map((t) =>
      Object.fromEntries(Object.entries(taskwarriorTaskOf(t, options)).filter(([, v]) => v !== undefined)),
    );
    const text = writeTaskwarrior(tasks, options);
    if (JSON.stringify(objects) !== `[${text.slice(2, -3).replaceAll(',\n', ',')}]`)
      throw new Error('bench: the export floor does not serialise what the export writes');
    const empty = {
      notes: [],
      readText: () => '',
      isTaken: () => false,
      folder: 'Tasks',
      today: '2026-12-03',
      last: emptyImportState(),
    };
    const first = planTaskwarriorImport(text, empty, ZONE);
    if (first.problems.length > 0 || first.notes.length !== TASKS)
      throw new Error('bench: the import did not plan every task');
    const texts = new Map(first.notes.map((n) => [n.path, n.action === 'create' ? n.text : '']));
    const made = new ItemIndex();
    for (const n of first.notes) {
      if (n.action !== 'create') continue;
      made.upsert(n.path, readNote(n.path, n.text));
    }
    const again = {
      ...empty,
      notes: made.byKind('task').map((i) => ({ path: i.path, frontmatter: i.frontmatter })),
      readText: (p: string) => texts.get(p) ?? '',
      last: first.state ?? emptyImportState(),
    };
    const unchanged = planTaskwarriorImport(text, again, ZONE);
    if (!unchanged.notes.every((n) => n.action === 'unchanged')) throw new Error('bench: a re-import changed notes');
    ctx.log(`${tasks.length} tasks, ${(text.length / 1024).toFixed(0)} KiB of JSON`);

    const warm = { warmups: WARMUPS };
    const exported = pairedMediansOf(
      ctx.runs,
      { write: () => writeTaskwarrior(tasks, options) },
      () => JSON.stringify(objects),
      undefined,
      warm,
    );
    const imported = pairedMediansOf(
      ctx.runs,
      {
        read: () => readTaskwarrior(text),
        plan: () => planTaskwarriorImport(text, empty, ZONE),
        replan: () => planTaskwarriorImport(text, again, ZONE),
      },
      () => JSON.parse(text) as unknown,
      undefined,
      warm,
    );
    const k = `${TASKS / 1000}k tasks`;
    return [
      row(
        SUITE,
        `export ${k} (writeTaskwarrior)`,
        'JSON.stringify',
        exported.write,
        { kind: 'max-ratio', value: 3 },
        ctx.runs,
      ),
      row(SUITE, `import ${k}: read and check`, 'JSON.parse', imported.read, { kind: 'max-ratio', value: 3 }, ctx.runs),
      row(SUITE, `import ${k}: plan new notes`, 'JSON.parse', imported.plan, { kind: 'info', value: 0 }, ctx.runs),
      row(
        SUITE,
        `import ${k}: re-import, all unchanged`,
        'JSON.parse',
        imported.replan,
        { kind: 'info', value: 0 },
        ctx.runs,
      ),
    ];
  },
};
