import type { Item, ParseResult } from '../model/Item';
import type { Problem } from '../model/Problem';
import { KindDeclarations } from './KindDeclarations';
import { LookupTables } from './LookupTables';
import { LinkResolver } from './LinkResolver';
import { emptyEntry, NO_PROBLEMS, sameRead, sameTaskLines, type NoteEntry } from './NoteEntry';
import { compareStrings, nameKey, nameKeyHash } from './linkPath';
import { ProblemList, type ProblemSource } from './ProblemList';
import { relationProblems } from './relationProblems';
import { defaultParse } from './defaultParse';
import { declaredKind } from '../notes/declaredKind';
import type { NoteRead } from '../notes/readNote';
import { DanglingSuggestions } from './DanglingSuggestions';
import { PathSets } from './PathSets';
import type { IndexNoteInput, IndexStats, IndexUserKinds, IndexWork, LinkEdge, ParseFn } from './types';
import { inlineTasksOf } from '../inline/inlineTaskItem';
import { DEFAULT_TASKS_SETTINGS, type TasksSettings } from '../inline/TasksSettings';

/** The read of a plain note (no frontmatter to parse, no checklist lines), shared and frozen. */
export const PLAIN: NoteRead = Object.freeze({ type: 'plain' });
/** How many revisions `changedSince` can look back over. */
const JOURNAL_LENGTH = 256;
/** Every inline task's kind and group (`core/inline/inlineTaskItem`). */
const INLINE_KIND = 'task';
const INLINE_GROUP = 'workflow';

/** Options of the ItemIndex constructor. */
export interface ItemIndexOptions {
  /** The note parser; `kinds/parseItem` when omitted. */
  parse?: ParseFn;
  /** How checklist lines read as Obsidian Tasks inline tasks (the vault's Tasks settings); Tasks' defaults when omitted. */
  tasks?: TasksSettings;
}

/**
 * The in-memory index of a vault's items: path → item, relations resolved like Obsidian's
 * links, problems, and a revision counter. Every change costs the changed note plus the notes
 * linking to its name (and, for a user kind, the notes of that kind), never the vault size.
 * Derived, date-dependent views live outside: `taskStates`/`taskContext` (./taskStates) and the
 * attention queue (../attention).
 */
export class ItemIndex {
  /** Work done so far, for tests that count instead of timing. */
  readonly work: IndexWork = { parses: 0, linkChecks: 0 };
  private readonly parse: ParseFn;
  private readonly notes = new Map<string, NoteEntry>();
  private readonly resolver = new LinkResolver();
  private readonly tables = new LookupTables();
  private readonly declarations = new KindDeclarations();
  private rev = 0;
  /** Paths of notes that currently have a problem, so listing problems skips clean notes. */
  private readonly flagged = new Set<string>();
  private readonly problemList = new ProblemList();
  private readonly suggestions = new DanglingSuggestions();
  private itemCache: { rev: number; list: Item[] } | null = null;
  /** Inline tasks by identity (`<note>#L<line>`). */
  private readonly inlineItems = new Map<string, Item>();
  /** Inline tasks by their Tasks id (🆔), and by the ids they depend on (⛔). */
  private readonly inlineIds = new PathSets();
  private readonly inlineDepends = new PathSets();
  private tasks: TasksSettings;
  /** The note paths each recent revision touched (null: every note), oldest first, for `changedSince`. */
  private readonly journal: { rev: number; paths: readonly string[] | null }[] = [];

  constructor(options: ItemIndexOptions = {}) {
    this.parse = options.parse ?? defaultParse;
    this.tasks = options.tasks ?? DEFAULT_TASKS_SETTINGS;
  }

  /** The Tasks settings inline tasks are read with. */
  get tasksSettings(): TasksSettings {
    return this.tasks;
  }

  /** Reads every note's checklist lines again under new Tasks settings (only notes that have some); returns whether anything changed. */
  setTasksSettings(settings: TasksSettings): boolean {
    this.tasks = settings;
    const withTasks = [...this.notes.values()].filter((e) => e.read?.tasks !== undefined);
    if (withTasks.length === 0) return false;
    const touched = new Set<string>();
    for (const entry of withTasks) {
      if (entry.read) this.replace(entry, this.parseEntry(entry.path, entry.read), touched);
    }
    this.recheck(touched, []);
    this.bump(null);
    return true;
  }

  /** Increases on every change that altered anything; views re-render when it moves. */
  get revision(): number {
    return this.rev;
  }

  /**
   * Stores a note from what reading it gave (`plain`, `item` or `invalid`; see `notes/readNote`)
   * and returns whether anything changed. Call it for every note, items or not (plain notes are
   * link targets); an attachment may be registered as `plain` under its full name. An `invalid`
   * note keeps its problems and the kind it names. The read is kept: do not mutate it later.
   */
  upsert(path: string, read: NoteRead): boolean {
    const prev = this.notes.get(path);
    if (prev === undefined && read.type === 'plain' && read.tasks === undefined) return this.addPlain(path);
    if (prev?.kept && sameRead(prev.read, read)) return false;
    if (prev !== undefined && this.onlyLinesMoved(prev, read)) return this.moveLines(prev, read);
    const entry = this.parseEntry(path, read);
    if (prev && !prev.kept && !entry.kept) return false;
    const touched = new Set<string>([path]);
    this.replace(prev, entry, touched);
    // A known path is registered already (or waits to be, after a bulk load: an edit need not end the wait).
    if (prev === undefined) this.resolver.add(path);
    this.recheck(touched, [path]);
    this.bump([...touched]);
    return true;
  }

  /**
   * A new plain note (most of a vault): no parse, no table entries, nothing of its own to check;
   * only the notes linking to its name are re-checked, as a new name can resolve their links.
   */
  private addPlain(path: string): true {
    this.notes.set(path, emptyEntry(path));
    const key = nameKey(path);
    this.resolver.add(path, key);
    const touched = [path];
    for (const src of this.tables.incoming.get(key)) {
      const entry = this.notes.get(src);
      if (entry) {
        this.checkRelations(entry);
        touched.push(src);
      }
    }
    this.bump(touched);
    return true;
  }

  /**
   * Whether `read` is the kept read of an item with the same frontmatter object and checklist lines
   * and only other key lines, where parsing gave no problems and the note declares no kind: the
   * default parser places only problems by line, so parsing again would give the same item. This is
   * a build from a metadata cache learning the key lines of its notes with relation problems.
   */
  private onlyLinesMoved(prev: NoteEntry, read: NoteRead): read is NoteRead & { type: 'item' } {
    const was = prev.read;
    return (
      this.parse === defaultParse &&
      was?.type === 'item' &&
      read.type === 'item' &&
      was.frontmatter === read.frontmatter &&
      was.problems === undefined &&
      read.problems === undefined &&
      sameTaskLines(was.tasks, read.tasks) &&
      prev.item !== null &&
      prev.item.kind !== 'kind' &&
      prev.parseProblems.length === 0 &&
      prev.inlineProblems === undefined
    );
  }

  /** The same item with new key lines: its relation problems are placed again, nothing is parsed. */
  private moveLines(prev: NoteEntry, read: NoteRead & { type: 'item' }): true {
    const entry: NoteEntry = { ...prev, read, lines: read.lines };
    this.notes.set(prev.path, entry);
    this.checkRelations(entry);
    this.bump([prev.path]);
    return true;
  }

  /**
   * Upserts many notes; the same final state as calling `upsert` for each, in any order (a later
   * duplicate path wins). Into an empty index it is a bulk load (`bulkLoad`). `linkTargets` are
   * paths of plain notes added only when some note links to their name, as `upsert(path, plain)`
   * would add them: a plain note nothing links to cannot change a resolution. Returns whether
   * anything changed. `plain` are paths of notes read as `plain` without checklist lines, upserted
   * before `notes` (a bulk load stores them without a read object each).
   */
  upsertMany(
    notes: Iterable<IndexNoteInput>,
    linkTargets: Iterable<string> = [],
    plain: readonly string[] = [],
  ): boolean {
    if (this.notes.size === 0) return this.bulkLoad(notes, linkTargets, plain);
    let changed = false;
    for (const path of plain) if (this.upsert(path, PLAIN)) changed = true;
    for (const n of notes) if (this.upsert(n.path, n.read)) changed = true;
    for (const path of linkTargets)
      if (!this.notes.has(path) && this.isLinkedName(path) && this.upsert(path, PLAIN)) changed = true;
    return changed;
  }

  /**
   * Names of notes left out of the index (plain notes nothing links to, not passed as link
   * targets) that "did you mean" may still suggest; `names` is called only when a dangling link asks.
   */
  addSuggestionNames(names: () => Iterable<string>): void {
    this.suggestions.addNames(names);
  }

  /** Forgets a note; returns whether it was known. */
  remove(path: string): boolean {
    const prev = this.notes.get(path);
    if (!prev) return false;
    const touched = new Set<string>();
    this.replace(prev, null, touched);
    this.resolver.delete(path);
    this.recheck(touched, [path]);
    this.bump([...touched, path]);
    return true;
  }

  /** Moves a note to a new path; links to either name re-resolve as Obsidian would. */
  rename(oldPath: string, newPath: string): boolean {
    const prev = this.notes.get(oldPath);
    if (!prev || oldPath === newPath) return false;
    const touched = new Set<string>([newPath]);
    const displaced = this.notes.get(newPath);
    if (displaced) this.replace(displaced, null, touched);
    this.replace(prev, null, touched);
    this.resolver.delete(oldPath);
    // Re-parsed because the default title and every problem carry the path.
    const entry = prev.kept && prev.read ? this.parseEntry(newPath, prev.read) : emptyEntry(newPath);
    this.replace(null, entry, touched);
    this.resolver.add(newPath);
    this.recheck(touched, [oldPath, newPath]);
    this.bump([...touched, oldPath]);
    return true;
  }

  /** Forgets every note. */
  clear(): void {
    if (this.notes.size === 0) return;
    this.forgetAll();
    this.bump(null);
  }

  /**
   * Loads notes into this empty index with the same final state as an `upsert` of each, in any
   * order (a later duplicate path wins): kind declarations first, then every other note parsed
   * once, then every relation checked once, instead of re-checking the notes linking to each name
   * on every insert. `linkTargets` (plain notes) are added only when some note links to their
   * name; `plain` are paths of plain notes added as such before `notes` (most of a vault: stored
   * without a parse or a read object each). Inputs may carry the parse result of a cache
   * (`parsed`), used instead of parsing. Returns whether anything was added. Methods of the index,
   * not closures made per load, whose optimised code V8 would throw away with each index.
   */
  private bulkLoad(notes: Iterable<IndexNoteInput>, linkTargets: Iterable<string>, plain: readonly string[]): boolean {
    const list = [...notes];
    const work = { ...this.work };
    if (this.loadPlain(plain) && this.loadUnique(list)) return this.loadLinkTargets(linkTargets);
    // A path came twice: start over with the later one of each, as a later upsert would win.
    this.forgetAll();
    Object.assign(this.work, work);
    const byPath = new Map<string, IndexNoteInput>();
    for (const path of plain) byPath.set(path, { path, read: PLAIN });
    for (const n of list) byPath.set(n.path, n);
    this.loadUnique([...byPath.values()]);
    return this.loadLinkTargets(linkTargets);
  }

  /** Stores the plain notes of a bulk load into the empty index; false when a path came twice (the map holds fewer). */
  private loadPlain(plain: readonly string[]): boolean {
    for (const path of plain) this.notes.set(path, emptyEntry(path));
    return this.notes.size === plain.length;
  }

  /** Parses and stores a bulk load's notes; false (and stops) at a repeated path. */
  private loadUnique(list: readonly IndexNoteInput[]): boolean {
    const rest: IndexNoteInput[] = [];
    const declared = new Set<string>();
    // Kind declarations parse the same whatever kinds exist, so they go first and the rest parse once.
    for (const n of list) {
      if (!declaresKind(n.read)) rest.push(n);
      else if (this.notes.has(n.path)) return false;
      else this.insert(this.parseEntry(n.path, n.read, n.parsed), declared);
    }
    const touched = new Set<string>();
    for (const name of declared) this.refreshKind(name, touched);
    declared.clear();
    for (const n of rest) {
      // A repeated path is told by the map not growing (one lookup per note instead of two); the
      // caller then starts over, so the partly loaded state does not matter.
      const size = this.notes.size;
      this.insert(this.parseEntry(n.path, n.read, n.parsed), declared);
      if (this.notes.size === size) return false;
    }
    // Only a custom parser declares kinds outside `stack: kind` notes: re-elect as upsert would.
    for (const name of declared) this.refreshKind(name, touched);
    return true;
  }

  /**
   * The end of a bulk load: adds the linked plain notes, registers every path (those of names no
   * item links to when a lookup needs them), checks the relations of items with links (a new entry
   * starts without relation problems: only items with links have any to find), bumps the revision.
   */
  private loadLinkTargets(linkTargets: Iterable<string>): boolean {
    const linkedHashes = new Set<number>();
    for (const key of this.tables.incoming.keys()) linkedHashes.add(nameKeyHash(key));
    const declared = new Set<string>();
    let hash: number;
    for (const path of linkTargets) {
      // Most plain notes are linked by nothing: rule them out without building their name key (or
      // hashing the path for a lookup); an item is already in.
      hash = nameKeyHash(path);
      if ((hash !== -1 && !linkedHashes.has(hash)) || this.notes.has(path) || !this.isLinkedName(path)) {
        this.suggestions.otherNames.push(path);
        continue;
      }
      this.insert(this.parseEntry(path, PLAIN), declared);
    }
    if (this.notes.size === 0) return false;
    this.resolver.addAll(this.notes.keys(), linkedHashes);
    for (const entry of this.notes.values()) if (entry.item && entry.item.links.length > 0) this.checkRelations(entry);
    this.bump(null);
    return true;
  }

  private forgetAll(): void {
    this.suggestions.clear();
    this.tables.clear();
    this.notes.clear();
    this.inlineItems.clear();
    this.inlineIds.clear();
    this.inlineDepends.clear();
    this.flagged.clear();
    this.resolver.clear();
    this.declarations.clear();
  }

  /** The item at a path, if that note is an item, or the inline task with that identity (`<note>#L<line>`). */
  get(path: string): Item | undefined {
    return this.notes.get(path)?.item ?? this.inlineItems.get(path);
  }

  /** The inline tasks carrying a Tasks id (`🆔 abc`; ids are vault-wide in Tasks), by path. */
  inlineTasksWithId(id: string): Item[] {
    return this.itemsAt(this.inlineIds.get(id));
  }

  /** The inline tasks that depend on a Tasks id (`⛔ abc`), by path. */
  inlineTasksDependingOn(id: string): Item[] {
    return this.itemsAt(this.inlineDepends.get(id));
  }

  /** How many inline tasks the index holds. */
  inlineTaskCount(): number {
    return this.inlineItems.size;
  }

  /** The inline tasks of a note, in line order (empty when it has none). */
  inlineTasks(notePath: string): readonly Item[] {
    return this.notes.get(notePath)?.inline ?? [];
  }

  /** What the parser gave for the note at `path` (its item and parse problems, not the reader's), if the note is known. */
  parseResult(path: string): ParseResult | undefined {
    const entry = this.notes.get(path);
    if (!entry) return undefined;
    const fromReader = entry.read?.type === 'item' ? (entry.read.problems?.length ?? 0) : 0;
    return {
      item: entry.item,
      problems: fromReader === 0 ? entry.parseProblems : entry.parseProblems.slice(fromReader),
    };
  }

  /** The kind a note declares: its item's kind, or the lower-cased `stack:` value of a note that failed to parse. */
  declaredKind(path: string): string | undefined {
    const entry = this.notes.get(path);
    return entry?.item?.kind ?? entry?.rawKind;
  }

  /** Whether a note (item or not) is known at this path. */
  hasNote(path: string): boolean {
    return this.notes.has(path);
  }

  /** Every item, by path. */
  items(): readonly Item[] {
    if (this.itemCache?.rev === this.rev) return this.itemCache.list;
    const list: Item[] = [];
    for (const entry of this.notes.values()) if (entry.item) list.push(entry.item);
    for (const item of this.inlineItems.values()) list.push(item);
    list.sort(byPath);
    this.itemCache = { rev: this.rev, list };
    return list;
  }

  /** Items of one kind (`task`, or a user kind), by path. */
  byKind(kind: string): Item[] {
    return this.itemsAt(this.tables.itemTables(this.notes.values()).kinds.get(kind), kind === INLINE_KIND);
  }

  /** Items of one group (`infra`, `workflow`, `knowledge`, or a user group), by path. */
  byGroup(group: string): Item[] {
    return this.itemsAt(this.tables.itemTables(this.notes.values()).groups.get(group), group === INLINE_GROUP);
  }

  /** The user-defined kinds by lower-cased name, as given to the parser. */
  userKinds(): IndexUserKinds {
    return this.declarations.map;
  }

  /** Where a link target written in `fromPath` points, or null when it matches no note. */
  resolve(target: string, fromPath?: string): string | null {
    return this.resolver.resolve(target, fromPath);
  }

  /** The resolved relations of the item at `path`, in field order; dangling links are problems. */
  linksFrom(path: string): LinkEdge[] {
    const item = this.get(path);
    if (!item) return [];
    const out: LinkEdge[] = [];
    for (const link of item.links) {
      const to = this.resolver.resolve(link.target, path);
      if (to !== null) out.push({ from: path, to, field: link.field, target: link.target });
    }
    return out;
  }

  /** What links here: relations from other items that resolve to `path`, by source path. */
  linksTo(path: string): LinkEdge[] {
    const key = nameKey(path);
    const sources = [...this.tables.incoming.get(key)].sort(compareStrings);
    const out: LinkEdge[] = [];
    for (const from of sources) {
      for (const link of this.get(from)?.links ?? []) {
        if (nameKey(link.target) === key && this.resolver.resolve(link.target, from) === path) {
          out.push({ from, to: path, field: link.field, target: link.target });
        }
      }
    }
    return out;
  }

  /** Every problem: parse problems, dangling and wrong-kind relations, duplicate kinds; by path, line, field. */
  problems(): readonly Problem[] {
    const names = `${this.resolver.version} ${this.suggestions.generation}`;
    return this.problemList.read(this.rev, names, this.problemSource);
  }

  /** What the problem list reads: the changed notes, the flagged ones, one note's problems (its dangling links' suggestions added). */
  private readonly problemSource: ProblemSource = {
    changedSince: (revision) => this.changedSince(revision),
    flagged: () => this.flagged,
    problemsOf: (path, out) => {
      const e = this.flagged.has(path) ? this.notes.get(path) : undefined;
      if (e) this.problemsOfEntry(e, out);
    },
    all: (out) => {
      for (const path of this.flagged) {
        const e = this.notes.get(path);
        if (e) this.problemsOfEntry(e, out);
      }
    },
    dangling: (path) => !!this.notes.get(path)?.linkProblems.some((p) => this.suggestions.dangling(p)),
  };

  /** Appends a note's problems, its dangling links' suggestions added. */
  private problemsOfEntry(e: NoteEntry, out: Problem[]): void {
    out.push(...e.parseProblems);
    if (e.inlineProblems) out.push(...e.inlineProblems);
    for (const p of e.linkProblems) out.push(this.suggestions.apply(p, this.resolver));
    if (e.declProblem) out.push(e.declProblem);
  }

  /** Counts of notes, items, problems, and items per kind and group. */
  stats(): IndexStats {
    const { byKind, byGroup } = this.tables.itemCounts(this.notes.values());
    const inline = this.inlineItems.size;
    if (inline > 0) {
      byKind[INLINE_KIND] = (byKind[INLINE_KIND] ?? 0) + inline;
      byGroup[INLINE_GROUP] = (byGroup[INLINE_GROUP] ?? 0) + inline;
    }
    const items = Object.values(byKind).reduce((a, b) => a + b, 0);
    const problems = this.problems();
    const errors = problems.filter((p) => p.severity === 'error').length;
    return {
      notes: this.notes.size,
      items,
      errors,
      warnings: problems.length - errors,
      byKind,
      byGroup,
    };
  }

  /** Whether some note links to the name of `path`. */
  private isLinkedName(path: string): boolean {
    return this.tables.incoming.has(nameKey(path));
  }

  private bump(paths: readonly string[] | null): void {
    this.rev++;
    this.journal.push({ rev: this.rev, paths });
    if (this.journal.length > JOURNAL_LENGTH) this.journal.shift();
  }

  /**
   * The paths of the notes whose entry, links or relation problems changed after `revision` (a
   * renamed note under both paths; its inline tasks are not listed, ask `inlineTasks`), or null when
   * that cannot be told: a bulk load, `clear`, new Tasks settings, or more than 256 revisions ago.
   * Views that keep derived state (the dashboard) update it from these instead of from every note.
   * @example index.changedSince(rev) // Set { 'Tasks/Pay rent.md' }
   */
  changedSince(revision: number): ReadonlySet<string> | null {
    const out = new Set<string>();
    if (revision === this.rev) return out;
    const first = this.journal[0];
    if (revision > this.rev || first === undefined || first.rev > revision + 1) return null;
    for (const change of this.journal) {
      if (change.rev <= revision) continue;
      if (change.paths === null) return null;
      for (const path of change.paths) out.add(path);
    }
    return out;
  }

  /** The items at `paths`, and every inline task with `withInline` (inline tasks are not in the kind and group tables), by path. */
  private itemsAt(paths: Iterable<string>, withInline = false): Item[] {
    const out: Item[] = [];
    for (const path of paths) {
      const item = this.get(path);
      if (item) out.push(item);
    }
    if (withInline) for (const item of this.inlineItems.values()) out.push(item);
    return out.sort(byPath);
  }

  private parseEntry(path: string, read: NoteRead, parsed?: ParseResult): NoteEntry {
    const entry = this.parseNote(path, read, parsed);
    if (read.tasks === undefined) return entry;
    const inline = inlineTasksOf(path, read.tasks, this.tasks);
    if (inline.items.length === 0 && inline.problems.length === 0) return entry;
    const withTasks: NoteEntry = { ...entry, read, kept: true, inline: inline.items };
    if (inline.problems.length > 0) withTasks.inlineProblems = inline.problems;
    return withTasks;
  }

  /** The entry of a note's frontmatter, before its inline tasks. */
  private parseNote(path: string, read: NoteRead, parsed?: ParseResult): NoteEntry {
    if (read.type === 'plain') return emptyEntry(path);
    if (read.type === 'invalid') {
      return {
        path,
        read,
        kept: true,
        rawKind: read.kind,
        item: null,
        parseProblems: atPath(read.problems, path),
        linkProblems: NO_PROBLEMS,
      };
    }
    const lines = read.lines;
    let result = parsed;
    if (result === undefined) {
      this.work.parses++;
      result = this.parse({ path, frontmatter: read.frontmatter, lines }, this.declarations.map);
    }
    // The reader's warnings come first; `parseResult` leaves them out again.
    const problems = read.problems?.length ? [...atPath(read.problems, path), ...result.problems] : result.problems;
    const kept = result.item !== null || problems.length > 0;
    if (!kept) return emptyEntry(path);
    const rawKind = declaredKind(read.frontmatter);
    const unknownKind = result.item === null && result.problems.some((p) => p.field === 'stack');
    return {
      path,
      read,
      kept,
      lines,
      rawKind,
      unknownKind,
      item: result.item,
      parseProblems: problems,
      linkProblems: NO_PROBLEMS,
    };
  }

  /** Adds a new entry to every map during a bulk load, collecting the user kind it declares. */
  private insert(entry: NoteEntry, declared: Set<string>): void {
    // A plain note (most linked notes) is in no table and has no problems.
    if (!entry.kept) {
      this.notes.set(entry.path, entry);
      return;
    }
    const name = this.tables.apply(entry, 1);
    if (name !== undefined) {
      this.declarations.add(name, entry.path);
      declared.add(name);
    }
    this.notes.set(entry.path, entry);
    for (const task of entry.inline ?? []) this.addInline(task);
    this.flag(entry);
  }

  /** Swaps one entry for another in every map, collects the notes to re-check, and re-parses dependents of a changed user kind. */
  private replace(prev: NoteEntry | null | undefined, next: NoteEntry | null, touched: Set<string>): void {
    const declNames = new Set<string>();
    for (const [entry, sign] of [
      [prev, -1],
      [next, 1],
    ] as const) {
      if (!entry) continue;
      const declared = this.tables.apply(entry, sign);
      if (declared === undefined) continue;
      if (sign > 0) this.declarations.add(declared, entry.path);
      else this.declarations.delete(declared, entry.path);
      declNames.add(declared);
    }
    if (prev) {
      this.notes.delete(prev.path);
      for (const task of prev.inline ?? []) this.removeInline(task);
      this.flagged.delete(prev.path);
    }
    if (next) {
      this.notes.set(next.path, next);
      for (const task of next.inline ?? []) this.addInline(task);
      this.flag(next);
    }
    for (const name of declNames) this.refreshKind(name, touched);
  }

  /** Recomputes which note declares a user kind; when that changed, re-parses the kind's notes (and, when the name came or went, every note with an unknown kind). */
  private refreshKind(name: string, touched: Set<string>): void {
    const change = this.declarations.refresh(
      name,
      (p) => this.get(p),
      (p) => this.notes.get(p)?.lines?.name,
    );
    for (const { path, problem } of change.declarations) {
      const entry = this.notes.get(path);
      if (entry) {
        entry.declProblem = problem;
        this.flag(entry);
      }
      touched.add(path);
    }
    if (!change.changed) return;
    const dependents = new Set(this.tables.rawKinds.get(name));
    // The unknown-kind message lists the user's kinds, so it changes for every such note when a name comes or goes.
    if (change.nameCameOrWent) for (const path of this.tables.unknownKind) dependents.add(path);
    for (const path of dependents) {
      const entry = this.notes.get(path);
      if (!entry?.read || entry.rawKind === 'kind') continue;
      this.replace(entry, this.parseEntry(path, entry.read), touched);
      touched.add(path);
    }
  }

  /** Re-checks the relations of the touched notes and of every note linking to a changed name. */
  private recheck(touched: Set<string>, changedPaths: string[]): void {
    for (const path of [...touched]) for (const src of this.tables.incoming.get(nameKey(path))) touched.add(src);
    for (const path of changedPaths) for (const src of this.tables.incoming.get(nameKey(path))) touched.add(src);
    for (const path of touched) {
      const entry = this.notes.get(path);
      if (entry) this.checkRelations(entry);
    }
  }

  /** Recomputes one note's dangling and wrong-kind relation problems. */
  private checkRelations(entry: NoteEntry): void {
    this.work.linkChecks++;
    entry.linkProblems =
      entry.item && entry.item.links.length > 0
        ? relationProblems(entry.item, this.resolver, this.notes, this.suggestions, entry.lines)
        : NO_PROBLEMS;
    this.flag(entry);
  }

  private addInline(task: Item): void {
    this.inlineItems.set(task.path, task);
    if (task.inline?.id !== undefined) this.inlineIds.add(task.inline.id, task.path);
    for (const id of task.inline?.dependsOn ?? []) this.inlineDepends.add(id, task.path);
  }

  private removeInline(task: Item): void {
    this.inlineItems.delete(task.path);
    if (task.inline?.id !== undefined) this.inlineIds.delete(task.inline.id, task.path);
    for (const id of task.inline?.dependsOn ?? []) this.inlineDepends.delete(id, task.path);
  }

  private flag(entry: NoteEntry): void {
    if (entry.parseProblems.length > 0 || entry.linkProblems.length > 0 || entry.declProblem || entry.inlineProblems)
      this.flagged.add(entry.path);
    else this.flagged.delete(entry.path);
  }
}

/** Items in path order: one function, not an arrow made per sort (V8 compiled those again for each load). */
function byPath(a: Item, b: Item): number {
  return compareStrings(a.path, b.path);
}

/** Problems carry the path: a renamed note's must follow it. */
function atPath(problems: readonly Problem[], path: string): Problem[] {
  return problems.map((p) => (p.path === path ? p : { ...p, path }));
}

/** Whether a note declares a user kind (`stack: kind`, any case or padding), as the parser reads it. */
function declaresKind(read: NoteRead): boolean {
  return read.type === 'item' && declaredKind(read.frontmatter) === 'kind';
}
