import { compareEntries, type AttentionEntry } from '../attention/AttentionEntry';
import { itemAttention } from '../attention/attention';
import type { ItemIndex } from '../index/ItemIndex';
import { isKind, itemNote, type Item, type ItemOf } from '../model/Item';
import type { Observation } from '../observe/Observation';
import { ALL_RELATION_CHECKS, relationWarnings } from '../relations/relationWarnings';
import type { Problem } from '../model/Problem';
import { attentionRows } from './attentionRows';
import { assembleDashboard, type DashboardContext } from './buildDashboard';
import type { DashboardSection } from './DashboardOptions';
import type { AttentionRow, DashboardModel, DashboardSectionModel } from './DashboardModel';
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

/** What the dashboard holds for one item: its attention entries and its place in each section's list. */
interface ItemPart {
  kind: string;
  /** The note it lives in (an inline task's note, else its own path). */
  note: string;
  /** Where its relations resolved when it was computed, so the items they reached are updated when it changes. */
  links: string[];
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
  timed: number | null;
}

/** An item wrapped afresh each time it is computed, so a row cached for the wrapper is never stale. */
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
  /** The items whose state flips at a time of day, with that time (`ItemPart.timed`). */
  timed: Map<string, number>;
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
  private readonly rowCache = new WeakMap<object, object>();

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

  /** Forgets everything, so the next update builds whole. */
  reset(): void {
    this.built = null;
    this.lists = emptyLists();
  }

  /**
   * Why the next model must be built whole, or null when the changed items can be updated alone.
   * Every row may change when the day or the settings change; the index cannot
   * always say what changed; and a kind declaration decides the attention entries of every note of
   * that kind.
   */
  private fullBuildReason(index: ItemIndex, ctx: DashboardContext, changed: ReadonlySet<string> | null): string | null {
    const b = this.built;
    if (b === null) return 'first build';
    if (b.index !== index) return 'another index';
    if (b.today !== ctx.today) return 'the day changed: dates are shown and ranked relative to today';
    if (b.settings !== settingsKey(ctx)) return 'the settings changed: sections, date display, horizon or checks';
    if (changed === null)
      return 'the index cannot say what changed (a bulk load, new Tasks settings, or many revisions ago)';
    for (const path of changed) {
      if (b.parts.get(path)?.kind === 'kind' || index.get(path)?.kind === 'kind')
        return 'a kind declaration changed: the attention entries of every note of that kind may change';
    }
    return null;
  }

  private buildWhole(index: ItemIndex, ctx: DashboardContext, observationsVersion: number | undefined): number {
    const parts = new Map<string, ItemPart>();
    const inlineOf = new Map<string, Set<string>>();
    const timed = new Map<string, number>();
    const all = { entries: [] as AttentionEntry[], tasks: [] as DueTask[], habits: [] as DueHabit[] };
    const infra = {
      bookmarks: [] as Keyed<ItemOf<'bookmark'>>[],
      services: [] as Keyed<ItemOf<'service'>>[],
      backups: [] as RankedBackup[],
      secrets: [] as RankedSecret[],
      expiries: [] as Expiry[],
    };
    const items = index.items();
    for (const item of items) {
      const part = partOf(index, item, ctx);
      parts.set(item.path, part);
      track(inlineOf, timed, item, part);
      all.entries.push(...part.entries);
      if (part.task) all.tasks.push(part.task);
      if (part.habit) all.habits.push(part.habit);
      if (part.bookmark) infra.bookmarks.push(part.bookmark);
      if (part.service) infra.services.push(part.service);
      if (part.backup) infra.backups.push(part.backup);
      if (part.secret) infra.secrets.push(part.secret);
      infra.expiries.push(...part.expiries);
    }
    const l = emptyLists();
    l.entries.reset(all.entries);
    l.tasks.reset(all.tasks);
    l.habits.reset(all.habits);
    l.bookmarks.reset(infra.bookmarks);
    l.services.reset(infra.services);
    l.backups.reset(infra.backups);
    l.secrets.reset(infra.secrets);
    l.expiries.reset(infra.expiries);
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
      timed,
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
    const b = this.built;
    if (b === null) throw new Error('updateParts before a whole build');
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
    for (const path of direct) {
      const old = b.parts.get(path);
      if (old) {
        if (RELATION_KINDS.has(old.kind)) relational = true;
        for (const to of old.links) affected.add(to);
        neighboursById(index, old.inlineId, old.dependsOn, affected);
      }
      const item = index.get(path);
      if (item) {
        if (RELATION_KINDS.has(item.kind)) relational = true;
        for (const edge of index.linksFrom(path)) affected.add(edge.to);
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
      for (const [path, at] of b.timed) if (at < was !== at < is) affected.add(path);
    }
    for (const path of affected) this.replacePart(index, ctx, path);
    if (relational) b.relationWarnings = relationWarnings(index, ctx.settings.relationChecks ?? ALL_RELATION_CHECKS);
    b.revision = index.revision;
    b.now = ctx.now;
    return affected.size;
  }

  private replacePart(index: ItemIndex, ctx: DashboardContext, path: string): void {
    const b = this.built;
    if (b === null) return;
    const l = this.lists;
    const old = b.parts.get(path);
    if (old) {
      for (const e of old.entries) l.entries.remove(e);
      if (old.task) l.tasks.remove(old.task);
      if (old.habit) l.habits.remove(old.habit);
      if (old.bookmark) l.bookmarks.remove(old.bookmark);
      if (old.service) l.services.remove(old.service);
      if (old.backup) l.backups.remove(old.backup);
      if (old.secret) l.secrets.remove(old.secret);
      for (const e of old.expiries) l.expiries.remove(e);
      b.parts.delete(path);
      b.timed.delete(path);
      b.inlineOf.get(old.note)?.delete(path);
    }
    const item = index.get(path);
    if (!item) return;
    const part = partOf(index, item, ctx);
    b.parts.set(path, part);
    track(b.inlineOf, b.timed, item, part);
    for (const e of part.entries) l.entries.insert(e);
    if (part.task) l.tasks.insert(part.task);
    if (part.habit) l.habits.insert(part.habit);
    if (part.bookmark) l.bookmarks.insert(part.bookmark);
    if (part.service) l.services.insert(part.service);
    if (part.backup) l.backups.insert(part.backup);
    if (part.secret) l.secrets.insert(part.secret);
    for (const e of part.expiries) l.expiries.insert(e);
  }

  /** The model from the kept lists: the first `ROW_LIMIT` of each as rows (cached per entry), the counts. */
  private model(index: ItemIndex, ctx: DashboardContext): DashboardModel {
    const b = this.built;
    if (b === null) throw new Error('model before a build');
    const l = this.lists;
    const { today, now, settings } = ctx;
    const display = settings.dateDisplay;
    const problems = [...(ctx.problems ?? index.problems()), ...b.relationWarnings];
    const drifted = driftRows(index, ctx.observations);
    const shownEntries = l.entries.first(Math.max(ROW_LIMIT - drifted.length, 0));
    const queue: AttentionRow[] = [
      ...drifted,
      ...shownEntries.map((e) => this.row(e, () => attentionRows(index, [e])[0])),
    ].slice(0, ROW_LIMIT);
    const attentionTotal = l.entries.length + drifted.length;
    const infra: InfrastructureOptions = {
      today,
      now,
      horizonDays: settings.horizonDays,
      display,
      ...(ctx.observations ? { observations: ctx.observations } : {}),
    };
    const build: Record<DashboardSection, () => DashboardSectionModel> = {
      attention: () => ({
        id: 'attention',
        heading: 'Needs attention',
        entries: queue,
        totals: { entries: attentionTotal },
      }),
      today: () => ({
        id: 'today',
        heading: 'Today',
        tasks: l.tasks.first(ROW_LIMIT).map((t) => this.row(t, () => taskRow(t, today, display))),
        habits: l.habits.first(ROW_LIMIT).map((h) => this.row(h, () => habitRow(h, today))),
        totals: { tasks: l.tasks.length, habits: l.habits.length },
      }),
      reading: () => ({
        id: 'reading',
        heading: 'Reading list',
        bookmarks: l.bookmarks.first(ROW_LIMIT).map((k) => this.row(k, () => bookmarkRow(k.item, today, display))),
        totals: { bookmarks: l.bookmarks.length },
      }),
      infrastructure: () => ({
        id: 'infrastructure',
        heading: 'Infrastructure',
        services: l.services.first(ROW_LIMIT).map((k) => this.row(k, () => serviceRow(index, k.item, infra))),
        backups: l.backups.first(ROW_LIMIT).map((x) => this.row(x, () => backupRow(x, infra))),
        secrets: l.secrets.first(ROW_LIMIT).map((x) => this.row(x, () => secretRow(x, infra))),
        expiries: l.expiries.first(ROW_LIMIT).map((x) => this.row(x, () => expiryRow(x, infra))),
        totals: {
          services: l.services.length,
          backups: l.backups.length,
          secrets: l.secrets.length,
          expiries: l.expiries.length,
        },
        horizonDays: settings.horizonDays,
      }),
      problems: () => problemsSection(problems),
      impact: () => impactSection(index, ctx.activePath ?? null),
    };
    return assembleDashboard(index, ctx, attentionTotal, problems, build);
  }

  /** The row of an entry, built once per entry object (an entry is made afresh whenever its item is looked at again). */
  private row<E extends object, R extends object>(entry: E, make: () => R): R {
    const cached = this.rowCache.get(entry) as R | undefined;
    if (cached) return cached;
    const row = make();
    this.rowCache.set(entry, row);
    return row;
  }
}

function emptyLists() {
  return {
    entries: new SortedRows<AttentionEntry>(compareEntries),
    tasks: new SortedRows<DueTask>(compareDueTasks),
    habits: new SortedRows<DueHabit>(compareDueHabits),
    bookmarks: new SortedRows<Keyed<ItemOf<'bookmark'>>>((a, b) => compareUnread(a.item, b.item)),
    services: new SortedRows<Keyed<ItemOf<'service'>>>((a, b) => compareServices(a.item, b.item)),
    backups: new SortedRows<RankedBackup>(compareBackups),
    secrets: new SortedRows<RankedSecret>(compareSecrets),
    expiries: new SortedRows<Expiry>(compareExpiries),
  };
}

/** Everything of the settings the model depends on, as one comparable string. */
function settingsKey(ctx: DashboardContext): string {
  const s = ctx.settings;
  return JSON.stringify([s.sections, s.dateDisplay, s.horizonDays, s.relationChecks ?? null]);
}

function track(inlineOf: Map<string, Set<string>>, timed: Map<string, number>, item: Item, part: ItemPart): void {
  if (item.inline !== undefined) {
    let set = inlineOf.get(part.note);
    if (!set) inlineOf.set(part.note, (set = new Set()));
    set.add(item.path);
  }
  if (part.timed !== null) timed.set(item.path, part.timed);
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
    links: index.linksFrom(item.path).map((e) => e.to),
    dependsOn: item.inline?.dependsOn ?? [],
    entries: itemAttention(index, item, { today, now, horizonDays: settings.horizonDays }),
    task: dueTaskOf(index, item, today, now),
    habit: dueHabitOf(item, today),
    bookmark: isUnread(item) ? { item } : null,
    service: infra && isKind(item, 'service') ? { item } : null,
    backup: infra && isKind(item, 'backup') ? { item, state: backupState(item.data, now) } : null,
    secret: infra && isKind(item, 'secret') ? rotationDue(item, o) : null,
    expiries: infra ? expiriesOf(item, o) : [],
    timed: timedAt(index, item),
  };
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
