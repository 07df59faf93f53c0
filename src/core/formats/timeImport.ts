import type { DateString, InlineTask } from '../model/Item';
import { isRefusal } from '../model/Refusal';
import { writeInlineTimeEntries } from '../time/inlineTimer';
import { Edits } from '../frontmatter/FrontmatterEdit';
import { editFrontmatter } from '../frontmatter/editFrontmatter';
import { renderScalar } from '../frontmatter/renderScalar';
import { formatInterval, parseTimeInterval } from '../time/timeInterval';
import { freeNotePath } from '../notes/newNotePath';
import type { FieldConflict, ImportPlan, PlannedNote } from './ImportPlan';

/** One interval from another time tracker, in local time, with the names that may identify its item. */
export interface IncomingTime {
  /** Names that may name the item, in order: the first that names a task or habit wins; the first names a new task. */
  names: string[];
  start: string;
  /** Absent while the other tool's timer runs. */
  end?: string;
  /** Tags for a new task (besides its name). */
  tags: string[];
  /** A project for a new task. */
  project?: string;
  /** How the entry is named in messages (`entry 3`, `line 12`). */
  label: string;
}

/** A task or habit of the vault, as the time import sees it. */
export interface TimeImportNote {
  path: string;
  title: string;
  /** The `time` value as the frontmatter holds it (an inline task's `⏱` entries). */
  rawTime: unknown;
  /** For an Obsidian Tasks inline task (path `<note>#L<line>`): its line; its time is written as `⏱` sub-items of it. */
  inline?: Pick<InlineTask, 'note' | 'line' | 'text'>;
}

/** What a time import plans with. */
export interface TimeImportInput {
  entries: readonly IncomingTime[];
  notes: readonly TimeImportNote[];
  readText(path: string): string;
  isTaken(path: string): boolean;
  /** Where new task notes go ('' for the root). */
  folder: string;
  today: DateString;
}

/**
 * Plans importing another tracker's intervals into `time` lists, idempotently: an interval already
 * in its item's list (same start and end) changes nothing, so a second import of the same file is
 * all "unchanged"; a running one the vault holds (`start/..`) that the source has since closed is
 * closed; one with the same start but another end is a conflict, left as the vault has it. An
 * interval whose names match no task or habit (by title, then case-insensitively) goes to a new task
 * note named after its first name, with its tags and project. Time lists only grow: nothing the
 * vault tracked is ever removed.
 * @example planTimeImport({ entries, notes, readText, isTaken, folder: 'Tasks', today }).notes[0].action // 'update'
 */
export function planTimeImport(input: TimeImportInput): ImportPlan {
  const byTitle = new Map<string, TimeImportNote>();
  const byLower = new Map<string, TimeImportNote>();
  for (const note of [...input.notes].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    if (!byTitle.has(note.title)) byTitle.set(note.title, note);
    if (!byLower.has(note.title.toLowerCase())) byLower.set(note.title.toLowerCase(), note);
  }
  const problems: string[] = [];
  const existing = new Map<
    string,
    { note: TimeImportNote; entries: unknown[]; conflicts: FieldConflict[]; changed: boolean }
  >();
  const created = new Map<string, { title: string; tags: string[]; project?: string; entries: string[] }>();

  for (const entry of input.entries) {
    const name = entry.names.find((n) => byTitle.has(n)) ?? entry.names.find((n) => byLower.has(n.toLowerCase()));
    const note = name === undefined ? undefined : (byTitle.get(name) ?? byLower.get(name.toLowerCase()));
    const text = formatInterval(entry.start, entry.end);
    if (note === undefined) {
      const title = entry.names[0]?.trim() || 'Untitled time';
      const key = title.toLowerCase();
      const planned = created.get(key) ?? {
        title,
        tags: [],
        entries: [],
        ...(entry.project ? { project: entry.project } : {}),
      };
      for (const tag of entry.tags) if (!planned.tags.includes(tag)) planned.tags.push(tag);
      if (!planned.entries.includes(text)) planned.entries.push(text);
      created.set(key, planned);
      continue;
    }
    let state = existing.get(note.path);
    if (state === undefined) {
      const raw = note.rawTime;
      const list =
        raw === undefined || raw === null || raw === '' ? [] : Array.isArray(raw) ? [...(raw as unknown[])] : [raw];
      if (!list.every((e) => e === null || ['string', 'number', 'boolean'].includes(typeof e))) {
        problems.push(`${entry.label}: ${note.path}: its time field is not a list of intervals; fix it first`);
        continue;
      }
      state = { note, entries: list, conflicts: [], changed: false };
      existing.set(note.path, state);
    }
    mergeInterval(state, entry.start, entry.end, text);
  }
  if (problems.length > 0) return { notes: [], problems };

  const notes: PlannedNote[] = [];
  const inlineUpdates = new Map<string, Array<{ note: TimeImportNote; entries: string[] }>>();
  for (const { note, entries, conflicts, changed } of existing.values()) {
    if (conflicts.length > 0) notes.push({ action: 'conflict', path: note.path, title: note.title, conflicts });
    else if (!changed) notes.push({ action: 'unchanged', path: note.path, title: note.title });
    else if (note.inline !== undefined) {
      const file = note.inline.note;
      inlineUpdates.set(file, [...(inlineUpdates.get(file) ?? []), { note, entries: entries.map(String) }]);
    } else {
      const edited = editFrontmatter(input.readText(note.path), [Edits.set('time', entries as string[])]);
      if (!edited.ok) problems.push(`${note.path} cannot be updated: ${edited.reason}`);
      else notes.push({ action: 'update', path: note.path, title: note.title, text: edited.text, fields: ['time'] });
    }
  }
  // The inline tasks of one note are written into one text, from the bottom up (lines added under a task move none above it).
  for (const [file, updates] of inlineUpdates) {
    let text = input.readText(file);
    for (const { note, entries } of updates.sort((a, b) => (b.note.inline?.line ?? 0) - (a.note.inline?.line ?? 0))) {
      const edited = note.inline === undefined ? null : writeInlineTimeEntries(text, note.inline, entries);
      if (edited === null) continue;
      if (isRefusal(edited)) problems.push(`${note.path} cannot be updated: ${edited.message}`);
      else text = edited.text;
    }
    const titles = updates.map((u) => u.note.title).join(', ');
    notes.push({ action: 'update', path: file, title: titles, text, fields: ['time'] });
  }
  const taken = new Set<string>();
  for (const planned of created.values()) {
    const path = freeNotePath(input.folder, planned.title, (p) => input.isTaken(p) || taken.has(p.toLowerCase()));
    taken.add(path.toLowerCase());
    notes.push({ action: 'create', path, title: planned.title, text: newTaskText(planned, input.today) });
  }
  return problems.length > 0 ? { notes: [], problems } : { notes, problems };
}

function mergeInterval(
  state: { entries: unknown[]; conflicts: FieldConflict[]; changed: boolean },
  start: string,
  end: string | undefined,
  text: string,
): void {
  // Entries as the vault wrote them (`2026-12-02 14:00:10/…` too) compare by their parsed moments.
  const parsed = state.entries.map((e) => parseTimeInterval(e));
  const sameStart = parsed.findIndex((p) => p.ok && p.value.start === start);
  if (sameStart < 0) {
    state.entries.push(text);
    state.changed = true;
    return;
  }
  const held = state.entries[sameStart] as string;
  const found = parsed[sameStart];
  const heldEnd = found?.ok ? (found.value.end ?? '..') : undefined;
  if (heldEnd === (end ?? '..')) return;
  if (heldEnd === '..' && end !== undefined) {
    state.entries[sameStart] = text;
    state.changed = true;
    return;
  }
  if (end === undefined) return; // The vault closed a timer the source still shows running: the vault knows better.
  state.conflicts.push({ field: 'time', vault: held, incoming: text });
}

function newTaskText(
  planned: { title: string; tags: string[]; project?: string; entries: string[] },
  today: string,
): string {
  const lines = ['stack: task', `title: ${renderScalar(planned.title, 'PLAIN', 'block')}`, `created: ${today}`];
  lines.push(
    planned.tags.length === 0
      ? 'tags: []'
      : `tags: [${planned.tags.map((t) => renderScalar(t, 'PLAIN', 'flow')).join(', ')}]`,
  );
  if (planned.project !== undefined) lines.push(`project: ${renderScalar(planned.project, 'PLAIN', 'block')}`);
  lines.push('time:', ...planned.entries.map((e) => `  - ${renderScalar(e, 'PLAIN', 'block')}`));
  return `---\n${lines.join('\n')}\n---\n`;
}
