import { describe, expect, it } from '@jest/globals';
import { emptyImportState, type ImportState } from '../../../src/core/formats/ImportState';
import type { ImportPlan } from '../../../src/core/formats/ImportPlan';
import type { ImportTarget } from '../../../src/core/formats/ImportTarget';
import { planImport } from '../../../src/core/formats/planImport';
import { KIND_SPECS } from '../../../src/core/kinds/registry';
import { readNote } from '../../../src/core/notes/readNote';

/** A minimal source record: what a format's reader would give. */
interface Rec {
  id: string;
  name: string;
  due?: string;
  tags?: string[];
  after?: string;
}

const TARGET: ImportTarget<Rec> = {
  kind: 'task',
  templateFields: KIND_SPECS.task.fields,
  keyField: 'uuid',
  keyOf: (r) => r.id,
  titleOf: (r) => r.name,
  fieldsOf: (r, links) => ({
    due: r.due,
    tags: r.tags,
    depends: r.after === undefined ? undefined : [links.linkTo(r.after) ?? ''],
  }),
};

/** An in-memory vault: path → text; notes of the kind are read with the real note reader. */
class Vault {
  readonly files = new Map<string, string>();
  state: ImportState = emptyImportState();

  constructor(files: Record<string, string> = {}) {
    for (const [p, t] of Object.entries(files)) this.files.set(p, t);
  }

  plan(records: Rec[], folder = 'Tasks'): ImportPlan {
    return this.merge(records, folder).plan;
  }

  merge(records: Rec[], folder = 'Tasks') {
    const notes = [...this.files].flatMap(([path, text]) => {
      const read = readNote(path, text);
      return read.type === 'item' && read.frontmatter.stack === 'task' ? [{ path, frontmatter: read.frontmatter }] : [];
    });
    return planImport({
      target: TARGET,
      records,
      notes,
      readText: (p) => this.files.get(p) ?? '',
      isTaken: (p) => this.files.has(p),
      folder,
      today: '2026-12-03',
      last: this.state,
    });
  }

  /** Plans, writes what the plan creates and updates, and saves the state, as `vault-stack import` does. */
  apply(records: Rec[]): ImportPlan {
    const { plan, state } = this.merge(records);
    for (const n of plan.notes) if (n.action === 'create' || n.action === 'update') this.files.set(n.path, n.text);
    this.state = state;
    return plan;
  }

  edit(path: string, from: string, to: string): void {
    const text = this.files.get(path) ?? '';
    expect(text).toContain(from);
    this.files.set(path, text.replace(from, to));
  }
}

const actions = (plan: ImportPlan) => plan.notes.map((n) => `${n.action} ${n.path}`);

describe('planImport (the shared import merge)', () => {
  it('creates a note per new record from the kind template, with the key, title and fields', () => {
    const plan = new Vault().plan([{ id: 'u1', name: 'Pay rent', due: '2026-12-05', tags: ['home'] }]);
    expect(actions(plan)).toEqual(['create Tasks/Pay rent.md']);
    const note = plan.notes[0];
    if (note.action !== 'create') throw new Error('expected a create');
    expect(note.text).toMatch(/^---\nstack: task\ntitle: Pay rent\ncreated: 2026-12-03\ntags: \[home\]\n/);
    expect(note.text).toContain('\nstatus: todo\ndue: 2026-12-05\n# scheduled:');
    expect(note.text).toContain('# priority:');
    // The key takes the place of its template line; the kind's later optional fields stay commented.
    expect(note.text).toMatch(/\nuuid: u1\n(# [^\n]*\n)*---\n\n$/);
  });

  it('gives a new note a free name when the title is taken, also among notes of the same import', () => {
    const vault = new Vault({ 'Tasks/Pay rent.md': 'Not a task\n' });
    const plan = vault.plan([
      { id: 'u1', name: 'Pay rent' },
      { id: 'u2', name: 'Pay: rent?' },
      { id: 'u3', name: '???' },
    ]);
    expect(actions(plan)).toEqual([
      'create Tasks/Pay rent 2.md',
      'create Tasks/Pay rent 3.md',
      'create Tasks/Untitled.md',
    ]);
  });

  it('links records to each other through the notes of the same import', () => {
    const plan = new Vault().plan([
      { id: 'u1', name: 'Buy paint' },
      { id: 'u2', name: 'Paint the fence', after: 'u1' },
    ]);
    const fence = plan.notes[1];
    if (fence.action !== 'create') throw new Error('expected a create');
    expect(fence.text).toContain('depends: ["[[Buy paint]]"]');
  });

  it('plans only unchanged notes when the same records come in again (idempotent)', () => {
    const vault = new Vault();
    const records = [
      { id: 'u1', name: 'Pay rent', due: '2026-12-05', tags: ['home', 'money'] },
      { id: 'u2', name: 'Call mum', after: 'u1' },
    ];
    vault.apply(records);
    const files = new Map(vault.files);
    const again = vault.apply(records);
    expect(again.notes.map((n) => n.action)).toEqual(['unchanged', 'unchanged']);
    expect(vault.files).toEqual(files);
  });

  it('updates only the fields the source changed since the last import, byte for byte elsewhere', () => {
    const vault = new Vault();
    vault.apply([{ id: 'u1', name: 'Pay rent', due: '2026-12-05', tags: ['home'] }]);
    vault.edit('Tasks/Pay rent.md', 'status: todo', 'status: doing # started on it');
    const before = vault.files.get('Tasks/Pay rent.md') ?? '';
    const plan = vault.apply([{ id: 'u1', name: 'Pay rent', due: '2026-12-09', tags: ['home'] }]);
    expect(plan.notes).toMatchObject([{ action: 'update', path: 'Tasks/Pay rent.md', fields: ['due'] }]);
    expect(vault.files.get('Tasks/Pay rent.md')).toBe(before.replace('due: 2026-12-05', 'due: 2026-12-09'));
  });

  it('removes a field the source no longer has when the vault kept the imported value', () => {
    const vault = new Vault();
    vault.apply([{ id: 'u1', name: 'Pay rent', due: '2026-12-05' }]);
    const plan = vault.apply([{ id: 'u1', name: 'Pay rent' }]);
    expect(plan.notes).toMatchObject([{ action: 'update', fields: ['due'] }]);
    expect(vault.files.get('Tasks/Pay rent.md')).not.toContain('due:');
  });

  it('keeps a change made only in the vault and reports nothing', () => {
    const vault = new Vault();
    const records = [{ id: 'u1', name: 'Pay rent', due: '2026-12-05' }];
    vault.apply(records);
    vault.edit('Tasks/Pay rent.md', 'due: 2026-12-05', 'due: 2026-12-07');
    const plan = vault.apply(records);
    expect(plan.notes.map((n) => n.action)).toEqual(['unchanged']);
    expect(vault.files.get('Tasks/Pay rent.md')).toContain('due: 2026-12-07');
  });

  it('reports a conflict and leaves the note when a field changed in the vault and in the source', () => {
    const vault = new Vault();
    vault.apply([{ id: 'u1', name: 'Pay rent', due: '2026-12-05', tags: ['home'] }]);
    vault.edit('Tasks/Pay rent.md', 'due: 2026-12-05', 'due: 2026-12-07');
    const before = vault.files.get('Tasks/Pay rent.md');
    const records = [{ id: 'u1', name: 'Pay rent', due: '2026-12-10', tags: ['home', 'urgent'] }];
    const plan = vault.apply(records);
    expect(plan.notes).toEqual([
      {
        action: 'conflict',
        path: 'Tasks/Pay rent.md',
        title: 'Pay rent',
        conflicts: [{ field: 'due', vault: '2026-12-07', incoming: '2026-12-10' }],
      },
    ]);
    expect(vault.files.get('Tasks/Pay rent.md')).toBe(before);
    // The base stays the old import, so the conflict is reported again until it is resolved.
    expect(vault.apply(records).notes.map((n) => n.action)).toEqual(['conflict']);
    vault.edit('Tasks/Pay rent.md', 'due: 2026-12-07', 'due: 2026-12-10');
    expect(vault.apply(records)).toMatchObject({ notes: [{ action: 'update', fields: ['tags'] }] });
  });

  it('without a base fills fields the note lacks, keeps fields the source lacks and reports differences', () => {
    const vault = new Vault({
      'Work/Pay rent.md': '---\nstack: task\nuuid: u1\ndue: 2026-12-05\npriority: high\n---\nbody\n',
    });
    const plan = vault.plan([{ id: 'u1', name: 'Pay rent', due: '2026-12-06', tags: ['home'] }]);
    expect(plan.notes).toMatchObject([
      { action: 'conflict', conflicts: [{ field: 'due', vault: '2026-12-05', incoming: '2026-12-06' }] },
    ]);
    const same = vault.plan([{ id: 'u1', name: 'Pay rent', due: '2026-12-05', tags: ['home'] }]);
    expect(same.notes).toMatchObject([{ action: 'update', path: 'Work/Pay rent.md', fields: ['tags'] }]);
  });

  it('matches notes by key wherever they are and whatever their name', () => {
    const vault = new Vault({ 'Elsewhere/Rent.md': '---\nstack: task\ntitle: Pay rent\nuuid: u1\n---\n' });
    expect(actions(vault.plan([{ id: 'u1', name: 'Pay rent' }]))).toEqual(['unchanged Elsewhere/Rent.md']);
  });

  it('refuses two records with the same key, naming both entries, and plans nothing', () => {
    const plan = new Vault().plan([
      { id: 'u1', name: 'A' },
      { id: 'u2', name: 'B' },
      { id: 'u1', name: 'C' },
    ]);
    expect(plan).toEqual({ notes: [], problems: ['entry 3: the same uuid as entry 1 (u1)'] });
  });

  it('refuses to update a note whose frontmatter cannot be edited safely, and plans nothing', () => {
    const vault = new Vault({
      'Tasks/Pay rent.md': '---\nstack: task\nuuid: u1\ndue: &d 2026-12-05\nscheduled: *d\n---\n',
    });
    vault.state = { version: 1, records: { u1: { title: 'Pay rent', uuid: 'u1', due: '2026-12-05' } } };
    const plan = vault.plan([{ id: 'u1', name: 'Pay rent', due: '2026-12-09' }]);
    expect(plan.notes).toEqual([]);
    expect(plan.problems).toEqual([
      'entry 1: Tasks/Pay rent.md cannot be updated: cannot change `due` without disturbing the rest of the frontmatter; edit it by hand',
    ]);
  });
});
