import { compareEntries, type AttentionEntry } from '../attention/AttentionEntry';
import { itemAttention } from '../attention/attention';
import type { ItemIndex } from '../index/ItemIndex';
import type { LinkEdge } from '../index/types';
import { compareStrings } from '../index/linkPath';
import { isKind, itemNote, type Item, type ItemOf } from '../model/Item';
import type { Observation } from '../observe/Observation';
import { ALL_RELATION_CHECKS, relationWarnings } from '../relations/relationWarnings';
import type { Problem } from '../model/Problem';
import { attentionRows } from './attentionRows';
import { assembleDashboard, type DashboardContext } from './buildDashboard';
import type { DashboardSection } from './DashboardOptions';
import type {
  AttentionRow,
  BackupRow,
  BookmarkRow,
  DashboardModel,
  DashboardSectionModel,
  ExpiryRow,
  HabitRow,
  SecretRow,
  ServiceRow,
  TaskRow,
} from './DashboardModel';
import { driftRows } from './driftRows';
import { impactSection } from './impactSection';
import {
  backupRow,
  compareBackups,
  compareExpiries,
  compareSecrets,
  compareServices,
  expiriesOf,
  expiryRow,
  rotationDue,
  serviceRow,
  secretRow,
  type Expiry,
  type InfrastructureOptions,
  type RankedBackup,
  type RankedSecret,
} from './infrastructureSection';
import { backupState } from '../kinds/backup';
import { hasTime, toMinuteNumber } from '../dates';
import { problemsSection } from './problemsSection';
import { bookmarkRow, compareUnread, isUnread } from './readingSection';
import { ROW_LIMIT } from './rowLimit';
import { SortedRows } from './SortedRows';
import {
  compareDueHabits,
  compareDueTasks,
  dueHabitOf,
  dueTaskOf,
  habitRow,
  taskRow,
  type DueHabit,
  type DueTask,
} from './todaySection';

/** Kinds whose items the relation warnings look at (besides the ends of their links). */
const RELATION_KINDS: ReadonlySet<string> = new Set(['service', 'backup', 'secret', 'device', 'bookmark']);

/** What one update did: the model, and whether it was built whole (with the reason) or from the changed items. */
export interface DashboardUpdate {
  model: DashboardModel;
  /** Null when the model was updated from the changed items only; else why it was built whole. */
  fullBuild: string | null;
  /** How many items were looked at again (every item on a full build). */
  recomputed: number;
}

/** An item and the minute of the day its state flips at. */
interface Timed {
  at: number;
  path: string;
}

/** What the dashboard holds for one item: its attention entries and its place in each section's list. */
interface ItemPart {
  kind: string;
  /** The note it lives in (an inline task's note, else its own path). */
  note: string;
  /** The item it was computed from. */
  item: Item;
  /** Where its relations resolved when it was computed, so the items they reached are updated when it changes. */
  links: readonly LinkEdge[];
  /** Its Obsidian Tasks id and the ids it depends on (inline tasks). */
  inlineId?: string;
  dependsOn: readonly string[];
  entries: AttentionEntry[];
  task: DueTask | null;
  habit: DueHabit | null;
  bookmark: Keyed<ItemOf<'bookmark'>> | null;
  service: Keyed<ItemOf<'service'>> | null;
  backup: RankedBackup | null;
  secret: RankedSecret | null;
  expiries: Expiry[];
  /**
   * The minute (`toMinuteNumber`) after which its state flips with the time of day: a task's
   * due time, the time a backup (its own, or a service's) is expected again by; null when the
   * time of day changes nothing about it.
   */
  timed: Timed | null;
}

/** An item wrapped afresh each time it is computed, so its entry is a new object whenever the item is looked at again. */
interface Keyed<T> {
  item: T;
}

/** Everything the last update was built from. */
interface Built {
  index: ItemIndex;
  revision: number;
  today: string;
  now: string;
  settings: string;
  observations: ReadonlyMap<string, Observation> | undefined;
  observationsVersion: number | undefined;
  parts: Map<string, ItemPart>;
  /** Inline task paths by the note holding them. */
  inlineOf: Map<string, Set<string>>;
  relationWarnings: Problem[];
}

/**
 * The dashboard model kept up to date from the index's changes: one change re-examines the
 * changed notes, their inline tasks and the items one relation away (a task's blockers, a
 * service's backup), moving their rows in sorted lists by binary search, so the cost follows what
 * changed rather than the vault size. The model equals `buildDashboard`'s for the same index and
 * context (tests/core/dashboard/DashboardTracker.test.ts checks random change sequences).
 * It builds whole when a local update cannot be trusted: see `fullBuildReason`.
 * Rows of unchanged items are the same objects as in the previous model, so a view can skip them.
 * @example const tracker = new DashboardTracker(); tracker.update(index, ctx).model
 */
export class DashboardTracker {
  private built: Built | null = null;
  private lists = emptyLists();
  /** What the last model was made of, so parts that did not change are handed back as the same objects. */
  private problems: ProblemsSeen | null = null;
  private readonly sections = new Map<string, { parts: unknown[]; section: DashboardSectionModel }>();

  /**
   * The model for the index as it is now. `observationsVersion` tells when an observation map
   * changed in place (the plugin's store); without it only a different map counts as a change.
   */
  update(index: ItemIndex, ctx: DashboardContext, observationsVersion?: number): DashboardUpdate {
    const changed = this.built?.index === index ? index.changedSince(this.built.revision) : null;
    const reason = this.fullBuildReason(index, ctx, changed);
    let recomputed: number;
    if (reason !== null) recomputed = this.buildWhole(index, ctx, observationsVersion);
    else recomputed = this.updateParts(index, ctx, changed ?? new Set(), observationsVersion);
    return { model: this.model(index, ctx), fullBuild: reason, recomputed };
  }

  /**
   * Why the next model must be built whole, or null when the changed items can be updated alone.
   * Every row may change when the day (dates are shown and ranked relative to today) or the
   * settings (sections, date display, horizon, checks) change; the index cannot always say what
   * changed (a bulk load, new Tasks settings, many revisions ago); and a kind declaration decides
   * the attention entries of every note of that kind.
   */
  private fullBuildReason(index: ItemIndex, ctx: DashboardContext, changed: ReadonlySet<string> | null): string | null {
    const b = this.built;
    if (b === null) return 'first build';
    if (b.index !== index) return 'another index';
    if (b.today !== ctx.today) return 'the day changed';
    if (b.settings !== settingsKey(ctx)) return 'the settings changed';
    if (changed === null) return 'the index cannot say what changed';
    for (const path of changed) {
      if (b.parts.get(path)?.kind === 'kind' || index.get(path)?.kind === 'kind') return 'a kind declaration changed';
    }
    return null;
  }

  private buildWhole(index: ItemIndex, ctx: DashboardContext, observationsVersion: number | undefined): number {
    const parts = new Map<string, ItemPart>();
    const inlineOf = new Map<string, Set<string>>();
    const l = emptyLists();
    const items = index.items();
    for (const item of items) {
      const part = partOf(index, item, ctx);
      parts.set(item.path, part);
      track(inlineOf, item, part);
      place(l, part, PUSH);
    }
    for (const list of Object.values(l)) list.sort();
    this.lists = l;
    this.built = {
      index,
      revision: index.revision,
      today: ctx.today,
      now: ctx.now,
      settings: settingsKey(ctx),
      observations: ctx.observations,
      observationsVersion,
      parts,
      inlineOf,
      relationWarnings: relationWarnings(index, ctx.settings.relationChecks ?? ALL_RELATION_CHECKS),
    };
    return items.length;
  }

  /** Re-examines the changed notes' items and the items one relation away; returns how many. */
  private updateParts(
    index: ItemIndex,
    ctx: DashboardContext,
    changed: ReadonlySet<string>,
    observationsVersion: number | undefined,
  ): number {
    const b = this.built as Built;
    // New observations: the rows showing them (a service's health, a backup's newest snapshot) are
    // made again; drift rows are read from the observations on every update anyway.
    const observed = new Set<string>();
    if (b.observations !== ctx.observations || b.observationsVersion !== observationsVersion) {
      for (const [path, part] of b.parts) if (part.service || part.backup) observed.add(path);
      b.observations = ctx.observations;
      b.observationsVersion = observationsVersion;
    }
    // The items of the changed notes: the note's own, and its inline tasks before and after.
    const direct = new Set<string>();
    for (const note of changed) {
      direct.add(note);
      for (const path of b.inlineOf.get(note) ?? []) direct.add(path);
      for (const task of index.inlineTasks(note)) direct.add(task.path);
    }
    // The items one relation away (before and after the change): their blockers, backups, titles.
    const affected = new Set([...direct, ...observed]);
    let relational = false;
    // Whether what the relation warnings read of some changed item changed (not a backup's last run).
    let related = false;
    for (const path of direct) {
      const old = b.parts.get(path);
      if (old) {
        if (RELATION_KINDS.has(old.kind)) relational = true;
        for (const edge of old.links) affected.add(edge.to);
        neighboursById(index, old.inlineId, old.dependsOn, affected);
      }
      const item = index.get(path);
      const links = index.linksFrom(path);
      if (relationsOf(old?.item, old?.links) !== relationsOf(item, links)) related = true;
      if (item) {
        if (RELATION_KINDS.has(item.kind)) relational = true;
        for (const edge of links) affected.add(edge.to);
        for (const edge of index.linksTo(path)) affected.add(edge.from);
        neighboursById(index, item.inline?.id, item.inline?.dependsOn ?? [], affected);
      }
    }
    // A relation whose other end is one the warnings look at can change them too.
    if (!relational)
      for (const path of affected) {
        const kind = b.parts.get(path)?.kind ?? index.get(path)?.kind;
        if (kind !== undefined && RELATION_KINDS.has(kind)) relational = true;
      }
    // The time of day moved: items whose due time or backup deadline it passed (either way).
    if (b.now !== ctx.now) {
      const [was, is] = [toMinuteNumber(b.now), toMinuteNumber(ctx.now)];
      const at = (minute: number): Timed => ({ at: minute, path: '' });
      for (const t of this.lists.timed.between(at(Math.min(was, is)), at(Math.max(was, is)))) affected.add(t.path);
    }
    for (const path of affected) this.replacePart(index, ctx, path);
    if (relational && related)
      b.relationWarnings = relationWarnings(index, ctx.settings.relationChecks ?? ALL_RELATION_CHECKS);
    b.revision = index.revision;
    b.now = ctx.now;
    return affected.size;
  }

  private replacePart(index: ItemIndex, ctx: DashboardContext, path: string): void {
    const b = this.built as Built;
    const l = this.lists;
    const old = b.parts.get(path);
    if (old) {
      place(l, old, REMOVE);
      b.parts.delete(path);
      b.inlineOf.get(old.note)?.delete(path);
    }
    const item = index.get(path);
    if (!item) return;
    const part = partOf(index, item, ctx);
    b.parts.set(path, part);
    track(b.inlineOf, item, part);
    place(l, part, INSERT);
  }

  /**
   * The model from the kept lists: the first `ROW_LIMIT` of each as rows (made only for the entries
   * placed since the last model), the counts. A section none of whose rows or
   * totals changed is the previous model's object, so a view can skip it by identity.
   */
  private model(index: ItemIndex, ctx: DashboardContext): DashboardModel {
    // Built by now: a first update builds whole.
    const b = this.built as Built;
    const l = this.lists;
    const { today, now, settings } = ctx;
    const display = settings.dateDisplay;
    const problems = this.problemsOf(ctx.problems ?? index.problems(), b.relationWarnings);
    const drifted = driftRows(index, ctx.observations);
    const attentionTotal = l.entries.length + drifted.length;
    const infra: InfrastructureOptions = {
      today,
      now,
      horizonDays: settings.horizonDays,
      display,
      ...(ctx.observations ? { observations: ctx.observations } : {}),
    };
    const build: Record<DashboardSection, () => DashboardSectionModel> = {
      attention: () => {
        const entries = l.entries.shown(ROW_LIMIT, (e) => attentionRows(index, [e])[0]);
        // Drift rows are made afresh each time: with some, the queue is a new array.
        const queue = drifted.length === 0 ? entries : [...drifted, ...entries].slice(0, ROW_LIMIT);
        return this.section('attention', [queue, attentionTotal], () => ({
          id: 'attention',
          heading: 'Needs attention',
          entries: queue,
          totals: { entries: attentionTotal },
        }));
      },
      today: () => {
        const tasks = l.tasks.shown(ROW_LIMIT, (t) => taskRow(t, today, display));
        const habits = l.habits.shown(ROW_LIMIT, (h) => habitRow(h, today));
        return this.section('today', [tasks, habits, l.tasks.length, l.habits.length], () => ({
          id: 'today',
          heading: 'Today',
          tasks,
          habits,
          totals: { tasks: l.tasks.length, habits: l.habits.length },
        }));
      },
      reading: () => {
        const bookmarks = l.bookmarks.shown(ROW_LIMIT, (k) => bookmarkRow(k.item, today, display));
        return this.section('reading', [bookmarks, l.bookmarks.length], () => ({
          id: 'reading',
          heading: 'Reading list',
          bookmarks,
          totals: { bookmarks: l.bookmarks.length },
        }));
      },
      infrastructure: () => {
        const services = l.services.shown(ROW_LIMIT, (k) => serviceRow(index, k.item, infra));
        const backups = l.backups.shown(ROW_LIMIT, (x) => backupRow(x, infra));
        const secrets = l.secrets.shown(ROW_LIMIT, (x) => secretRow(x, infra));
        const expiries = l.expiries.shown(ROW_LIMIT, (x) => expiryRow(x, infra));
        const t = {
          services: l.services.length,
          backups: l.backups.length,
          secrets: l.secrets.length,
          expiries: l.expiries.length,
        };
        const deps = [services, backups, secrets, expiries, t.services, t.backups, t.secrets, t.expiries];
        return this.section('infrastructure', deps, () => ({
          id: 'infrastructure',
          heading: 'Infrastructure',
          services,
          backups,
          secrets,
          expiries,
          totals: t,
          horizonDays: settings.horizonDays,
        }));
      },
      problems: () => this.section('problems', [problems.all], () => problemsSection(problems.all)),
      impact: () => impactSection(index, ctx.activePath ?? null),
    };
    const { all, errors } = problems;
    return assembleDashboard(
      ctx,
      { items: b.parts.size, attention: attentionTotal, errors, warnings: all.length - errors },
      build,
    );
  }

  /** The index's problems and the relation warnings as one list, with its errors counted: the same objects while neither changed. */
  private problemsOf(listed: readonly Problem[], warnings: Problem[]): ProblemsSeen {
    const p = this.problems;
    if (p !== null && p.listed === listed && p.warnings === warnings) return p;
    const all = [...listed, ...warnings];
    let errors = 0;
    for (const x of all) if (x.severity === 'error') errors++;
    return (this.problems = { listed, warnings, all, errors });
  }

  /** The section `make` builds, or the previous one of that id when it was made from the same parts (compared by identity). */
  private section<S extends DashboardSectionModel>(id: string, parts: unknown[], make: () => S): S {
    const kept = this.sections.get(id);
    if (kept !== undefined && kept.parts.every((x, i) => x === parts[i])) return kept.section as S;
    const section = make();
    this.sections.set(id, { parts, section });
    return section;
  }
}

function emptyLists() {
  return {
    entries: new SortedRows<AttentionEntry, AttentionRow>(compareEntries),
    tasks: new SortedRows<DueTask, TaskRow>(compareDueTasks),
    habits: new SortedRows<DueHabit, HabitRow>(compareDueHabits),
    bookmarks: new SortedRows<Keyed<ItemOf<'bookmark'>>, BookmarkRow>((a, b) => compareUnread(a.item, b.item)),
    services: new SortedRows<Keyed<ItemOf<'service'>>, ServiceRow>((a, b) => compareServices(a.item, b.item)),
    backups: new SortedRows<RankedBackup, BackupRow>(compareBackups),
    secrets: new SortedRows<RankedSecret, SecretRow>(compareSecrets),
    expiries: new SortedRows<Expiry, ExpiryRow>(compareExpiries),
    /** The items whose state flips at a time of day, by that minute (`ItemPart.timed`). */
    timed: new SortedRows<Timed>((a, b) => a.at - b.at || compareStrings(a.path, b.path)),
  };
}

const [REMOVE, INSERT, PUSH] = [0, 1, 2];

/** Takes the part's entries out of their lists, inserts them in order, or pushes them (a whole build sorts after). */
function place(l: ReturnType<typeof emptyLists>, p: ItemPart, how: number): void {
  const put = <T, R>(list: SortedRows<T, R>, e: T | null): void => {
    if (e === null) return;
    if (how === REMOVE) list.remove(e);
    else if (how === INSERT) list.insert(e);
    else list.push(e);
  };
  for (const e of p.entries) put(l.entries, e);
  put(l.tasks, p.task);
  put(l.habits, p.habit);
  put(l.bookmarks, p.bookmark);
  put(l.services, p.service);
  put(l.backups, p.backup);
  put(l.secrets, p.secret);
  for (const e of p.expiries) put(l.expiries, e);
  put(l.timed, p.timed);
}

/** The problems a model listed: the index's (or the host's) and the relation warnings, joined, with the errors counted. */
interface ProblemsSeen {
  listed: readonly Problem[];
  warnings: Problem[];
  all: Problem[];
  errors: number;
}

/** Everything of the settings the model depends on, as one comparable string. */
function settingsKey(ctx: DashboardContext): string {
  const s = ctx.settings;
  return JSON.stringify([s.sections, s.dateDisplay, s.horizonDays, s.relationChecks ?? null]);
}

function track(inlineOf: Map<string, Set<string>>, item: Item, part: ItemPart): void {
  if (item.inline === undefined) return;
  let set = inlineOf.get(part.note);
  if (!set) inlineOf.set(part.note, (set = new Set()));
  set.add(item.path);
}

/** What the relation warnings read of an item: its kind, its links (target and field), the fields the checks look at. */
function relationsOf(item: Item | undefined, links: readonly LinkEdge[] | undefined): string {
  if (!item) return '';
  const d = item.data as { backup?: unknown; bootstrap?: unknown[]; covers?: unknown[]; url?: unknown };
  const to = links?.map((e) => [e.to, e.field]);
  return JSON.stringify([item.kind, to, d.backup === undefined, d.bootstrap?.length, d.covers?.length, d.url]);
}

/** Adds the inline tasks linked to one by Obsidian Tasks ids (those it depends on, those depending on it). */
function neighboursById(
  index: ItemIndex,
  id: string | undefined,
  dependsOn: readonly string[],
  out: Set<string>,
): void {
  if (id !== undefined) for (const other of index.inlineTasksDependingOn(id)) out.add(other.path);
  for (const dep of dependsOn) for (const other of index.inlineTasksWithId(dep)) out.add(other.path);
}

/** Everything the dashboard shows of one item, computed from the item and its neighbours in the index. */
function partOf(index: ItemIndex, item: Item, ctx: DashboardContext): ItemPart {
  const { today, now, settings } = ctx;
  const o: InfrastructureOptions = { today, now, horizonDays: settings.horizonDays, display: settings.dateDisplay };
  const infra = isInfra(item);
  const part: ItemPart = {
    kind: item.kind,
    note: itemNote(item),
    item,
    links: index.linksFrom(item.path),
    dependsOn: item.inline?.dependsOn ?? [],
    entries: itemAttention(index, item, { today, now, horizonDays: settings.horizonDays }),
    task: dueTaskOf(index, item, today, now),
    habit: dueHabitOf(item, today),
    bookmark: isUnread(item) ? { item } : null,
    service: infra && isKind(item, 'service') ? { item } : null,
    backup: infra && isKind(item, 'backup') ? { item, state: backupState(item.data, now) } : null,
    secret: infra && isKind(item, 'secret') ? rotationDue(item, o) : null,
    expiries: infra ? expiriesOf(item, o) : [],
    timed: null,
  };
  const at = timedAt(index, item);
  if (at !== null) part.timed = { at, path: item.path };
  if (item.inline?.id !== undefined) part.inlineId = item.inline.id;
  return part;
}

/**
 * When the item's state flips with the time of day (see `ItemPart.timed`): `taskState` makes a
 * task with a due time overdue once `now` is past it, `backupState` makes a job stale once `now` is
 * past its `dueBy`, and a service's row shows its backup's state. Null when `now` changes nothing.
 */
function timedAt(index: ItemIndex, item: Item): number | null {
  if (isKind(item, 'task'))
    return item.data.due !== undefined && hasTime(item.data.due) ? toMinuteNumber(item.data.due) : null;
  if (isKind(item, 'backup')) return backupDueBy(item);
  if (isKind(item, 'service') && item.data.backup !== undefined) {
    const path = index.resolve(item.data.backup, item.path);
    const target = path === null ? undefined : index.get(path);
    return target && isKind(target, 'backup') ? backupDueBy(target) : null;
  }
  return null;
}

function backupDueBy(item: ItemOf<'backup'>): number | null {
  if (item.data.lastResult === 'failed' || item.data.lastRun === undefined) return null;
  // The deadline does not depend on `now`; any moment gives it.
  const last = item.data.lastRun;
  const due = backupState(item.data, hasTime(last) ? last : `${last}T00:00`).dueBy;
  return due === undefined ? null : toMinuteNumber(due);
}

/** Whether the infrastructure section looks at the item (its group is `infra`). */
function isInfra(item: Item): boolean {
  return item.group === 'infra';
}
