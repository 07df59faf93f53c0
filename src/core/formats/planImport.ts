import { newItemTemplate } from '../actions/newItemTemplate';
import { editFrontmatter } from '../frontmatter/editFrontmatter';
import { flowListText } from '../frontmatter/renderList';
import { renderKey, renderScalar } from '../frontmatter/renderScalar';
import { Edits, type FrontmatterEdit, type FrontmatterValue } from '../frontmatter/FrontmatterEdit';
import { frontmatterEqual } from '../index/frontmatterEqual';
import { basenameOf } from '../index/linkPath';
import { freeNotePath } from '../notes/newNotePath';
import type { FieldConflict, ImportPlan, PlannedNote } from './ImportPlan';
import type { ImportState } from './ImportState';
import type { ImportFields, ImportLinks, ImportNote, ImportTarget } from './ImportTarget';

/** What `planImport` merges: the records read from the source, the vault's notes of the kind and the last import. */
export interface PlanImportInput<R> {
  target: ImportTarget<R>;
  /** The records, in source order (already read without problems). */
  records: readonly R[];
  /** How a record is named in messages (`entry 3`, `line 12`); default `entry <n>` counting from 1. */
  entryLabel?: (index: number) => string;
  /** The vault's notes of `target.kind`. */
  notes: readonly ImportNote[];
  /** The current text of one of `notes` (only notes that may be updated are read). */
  readText: (path: string) => string;
  /** Whether a vault path is taken by any file (new notes get a free name). */
  isTaken: (path: string) => boolean;
  /** Where new notes go, vault-relative ('' for the root). */
  folder: string;
  /** The day new notes are created on (`created` when the record gives none). */
  today: string;
  /** The state saved by the last real import of this format (`emptyImportState()` when none). */
  last: ImportState;
}

/** A plan and the state to save once it is applied. */
export interface ImportMerge {
  plan: ImportPlan;
  /** The last-import state after applying the plan: records created, updated or equal take their incoming fields; conflicted ones keep their old base. */
  state: ImportState;
}

/**
 * The shared import merge: matches records to notes by key, and plans per record a new note (the
 * kind's template plus its fields, at a free path), an update of only the fields the source changed
 * since the last import, nothing (equal, or only changed in the vault), or a conflict when a field
 * changed on both sides (the note is left). Without a base for a record, a field the vault lacks is
 * filled, one the source lacks is kept and two different values conflict. Pure: texts come from
 * `readText`, and nothing is written; applying the plan and saving `state` is the host's job.
 * @example planImport({ target: TASKWARRIOR_TARGET, records, notes, readText, isTaken, folder: 'Tasks', today, last })
 */
export function planImport<R>(input: PlanImportInput<R>): ImportMerge {
  const { target, records, last } = input;
  const label = input.entryLabel ?? ((i: number) => `entry ${i + 1}`);
  const problems: string[] = [];

  const byKey = new Map<string, ImportNote>();
  for (const note of [...input.notes].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const key = noteKeyOf(target, note);
    if (key !== undefined && !byKey.has(key)) byKey.set(key, note);
  }

  const keys = records.map((r) => target.keyOf(r));
  const firstAt = new Map<string, number>();
  keys.forEach((key, i) => {
    const first = firstAt.get(key);
    if (first === undefined) firstAt.set(key, i);
    else problems.push(`${label(i)}: the same ${target.keyField} as ${label(first)} (${key})`);
  });
  if (problems.length > 0) return { plan: { notes: [], problems }, state: last };

  // Paths first, so records can link to notes created by the same import.
  const planned = new Set<string>();
  const paths = records.map((record, i) => {
    const existing = byKey.get(keys[i]);
    if (existing) return existing.path;
    const path = freeNotePath(
      input.folder,
      target.titleOf(record),
      (p) => input.isTaken(p) || planned.has(p.toLowerCase()),
    );
    planned.add(path.toLowerCase());
    return path;
  });
  const links = linksTo(byKey, keys, paths);

  const state: ImportState = { version: 1, records: { ...last.records } };
  const notes: PlannedNote[] = [];
  records.forEach((record, i) => {
    const key = keys[i];
    const path = paths[i];
    const title = target.titleOf(record);
    const incoming: ImportFields = { title, [target.keyField]: key, ...target.fieldsOf(record, links) };
    const existing = byKey.get(key);
    if (!existing) {
      const text = newNoteText(target, incoming, title, input.today);
      notes.push({ action: 'create', path, title, text });
      state.records[key] = defined(incoming);
      return;
    }
    const merged = mergeFields(target, existing, incoming, last.records[key]);
    if (merged.conflicts.length > 0) {
      notes.push({ action: 'conflict', path, title, conflicts: merged.conflicts });
      return;
    }
    state.records[key] = defined(incoming);
    if (merged.edits.length === 0) {
      notes.push({ action: 'unchanged', path, title });
      return;
    }
    const edited = editFrontmatter(input.readText(path), merged.edits);
    if (!edited.ok) {
      problems.push(`${label(i)}: ${path} cannot be updated: ${edited.reason}`);
      return;
    }
    if (!edited.changed) notes.push({ action: 'unchanged', path, title });
    else notes.push({ action: 'update', path, title, text: edited.text, fields: merged.fields, edits: merged.edits });
  });
  if (problems.length > 0) return { plan: { notes: [], problems }, state: last };
  return { plan: { notes, problems }, state };
}

/** A note's key: the target's own reading, else its key field as text. */
function noteKeyOf<R>(target: ImportTarget<R>, note: ImportNote): string | undefined {
  if (target.noteKey) return target.noteKey(note);
  const value = note.frontmatter[target.keyField];
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

/** `[[Basename]]` for each key's note, or `[[folder/Basename]]` when two of them share a basename. */
function linksTo(
  byKey: ReadonlyMap<string, ImportNote>,
  keys: readonly string[],
  paths: readonly string[],
): ImportLinks {
  const pathOf = new Map<string, string>();
  for (const [key, note] of byKey) pathOf.set(key, note.path);
  keys.forEach((key, i) => pathOf.set(key, paths[i]));
  const names = new Map<string, number>();
  for (const path of pathOf.values()) {
    const name = basenameOf(path).toLowerCase();
    names.set(name, (names.get(name) ?? 0) + 1);
  }
  return {
    linkTo(key) {
      const path = pathOf.get(key);
      if (path === undefined) return undefined;
      const name = basenameOf(path);
      return (names.get(name.toLowerCase()) ?? 0) > 1 ? `[[${path.replace(/\.md$/, '')}]]` : `[[${name}]]`;
    },
  };
}

/**
 * The text of a new note: the kind's template (one `key: value` or `# key: hint` line per field) with
 * the record's fields written where the template has them, the others before the closing `---`.
 * Values are rendered as the frontmatter edits render them (`renderScalar`, flow lists).
 */
function newNoteText<R>(target: ImportTarget<R>, incoming: ImportFields, title: string, today: string): string {
  const template = newItemTemplate(target.kind, target.templateFields, title, today);
  const end = template.indexOf('\n---\n', 3);
  const lines = template.slice(4, end).split('\n');
  const rendered = new Map<string, string>();
  for (const [field, value] of Object.entries(incoming))
    if (value !== undefined) rendered.set(renderKey(field), renderValue(value));
  const out = lines.map((line) => {
    const m = /^(?:# )?([^:#][^:]*|"[^"]*"):/.exec(line);
    const value = m ? rendered.get(m[1]) : undefined;
    if (m === null || value === undefined) return line;
    rendered.delete(m[1]);
    return `${m[1]}:${value}`;
  });
  for (const [key, value] of rendered) out.push(`${key}:${value}`);
  return `---\n${out.join('\n')}${template.slice(end)}`;
}

/** A value as it follows `key:` on one line. */
function renderValue(value: FrontmatterValue): string {
  if (value === null) return '';
  if (!Array.isArray(value)) return ` ${renderScalar(value, 'PLAIN', 'block')}`;
  return ` ${flowListText(value, () => 'PLAIN')}`;
}

/** The three-way merge of one note's fields. */
function mergeFields<R>(
  target: ImportTarget<R>,
  note: ImportNote,
  incoming: ImportFields,
  base: Readonly<Record<string, FrontmatterValue>> | undefined,
): { edits: FrontmatterEdit[]; fields: string[]; conflicts: FieldConflict[] } {
  const same = (field: string, vault: unknown, value: FrontmatterValue | undefined): boolean =>
    target.same ? target.same(field, vault, value) : frontmatterEqual(vault ?? null, value ?? null);
  const edits: FrontmatterEdit[] = [];
  const fields: string[] = [];
  const conflicts: FieldConflict[] = [];
  const names = new Set([...Object.keys(incoming), ...Object.keys(base ?? {})]);
  for (const field of names) {
    const value = incoming[field];
    const vault = field === 'title' ? (note.frontmatter.title ?? basenameOf(note.path)) : note.frontmatter[field];
    if (same(field, vault, value)) continue;
    let take: boolean;
    if (base !== undefined) {
      const before = base[field];
      if (same(field, vault, before)) take = true;
      else if (frontmatterEqual(before ?? null, value ?? null)) take = false;
      else {
        conflicts.push({ field, vault, incoming: value });
        continue;
      }
    } else if (value === undefined) take = false;
    else if (vault === undefined || vault === null) take = true;
    else {
      conflicts.push({ field, vault, incoming: value });
      continue;
    }
    if (!take) continue;
    edits.push(value === undefined ? Edits.delete(field) : Edits.set(field, value));
    fields.push(field);
  }
  return { edits, fields, conflicts };
}

/** The fields with a value, as the state keeps them. */
function defined(fields: ImportFields): Record<string, FrontmatterValue> {
  const out: Record<string, FrontmatterValue> = {};
  for (const [k, v] of Object.entries(fields)) if (v !== undefined) out[k] = v;
  return out;
}
