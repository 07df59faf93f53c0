import type { DashboardModel, DashboardSectionModel } from '../../core/dashboard/DashboardModel';
import type { DashboardActions } from '../DashboardActions';
import { moveBefore, type AttrValue, type ElementInfo, type ViewElement } from '../dom/ViewElement';
import { renderHeader, renderSection } from '../renderDashboard';
import type { DrawRows } from './drawRows';

/** What one `draw` did. */
export interface PatchStats {
  /** Everything was drawn afresh (first draw, other sections, another day). */
  whole: boolean;
  /** Sections drawn again (their frame; their unchanged rows were moved in). */
  sections: number;
  rowsDrawn: number;
  rowsKept: number;
}

/** One drawn row: its data and its element. */
interface DrawnRow {
  row: object;
  el: ViewElement;
}

/** What the last draw left in the container. */
interface Drawn {
  container: ViewElement;
  root: ViewElement;
  header: ViewElement;
  sectionsEl: ViewElement;
  model: DashboardModel;
  sections: ViewElement[];
}

/**
 * Draws dashboard models into one container and, from the second model on, patches what is
 * there by key: a section whose data did not change is left alone; a changed one is drawn again,
 * but each of its rows whose data is the same as before (and whose controls were not used since)
 * keeps its element, moved into the new list. The result is the same markup `renderDashboard`
 * draws for the model (tests/views/patchDashboard.test.ts), with every note string set as text.
 * A container emptied in between (a real element) gets a whole drawing again.
 * @example const patcher = new DashboardPatcher(actions); patcher.draw(el, model); patcher.draw(el, next)
 */
export class DashboardPatcher {
  /** The actions the drawn controls call: the host's, noting which rows were acted on so they are drawn again. */
  readonly actions: DashboardActions;
  private drawn: Drawn | null = null;
  /** The drawn rows of each list (`attention`, `tasks`, …) by key. */
  private rows = new Map<string, Map<string, DrawnRow>>();
  /** The key each drawn row object had, by list. */
  private sameRows = new Map<string, Map<object, string>>();
  /** Paths whose rows had a control used since the last draw (a disabled button must not be kept). */
  private readonly acted = new Set<string>();
  private stats: PatchStats = { whole: false, sections: 0, rowsDrawn: 0, rowsKept: 0 };

  constructor(actions: DashboardActions) {
    this.actions = noting(actions, (path) => this.acted.add(path));
  }

  /** Draws `model` into `container`, patching the previous drawing when there is one. */
  draw(container: ViewElement, model: DashboardModel): PatchStats {
    this.stats = { whole: false, sections: 0, rowsDrawn: 0, rowsKept: 0 };
    const d = this.drawn;
    if (
      d === null ||
      d.container !== container ||
      !stillThere(d) ||
      d.model.today !== model.today ||
      !sameIds(d.model, model)
    )
      this.drawWhole(container, model);
    else this.patch(d, model);
    this.acted.clear();
    return this.stats;
  }

  /** Forgets the drawing, so the next `draw` starts afresh. */
  reset(): void {
    this.drawn = null;
    this.rows = new Map();
    this.sameRows = new Map();
  }

  private drawWhole(container: ViewElement, model: DashboardModel): void {
    this.rows = new Map();
    this.sameRows = new Map();
    this.stats.whole = true;
    container.empty();
    const root = container.createDiv({ cls: 'vault-stack-dashboard' });
    const header = renderHeader(root, model);
    const sectionsEl = root.createDiv({ cls: 'vault-stack-sections' });
    const sections = model.sections.map((s) => this.drawSection(sectionsEl, s, model.today));
    this.drawn = { container, root, header, sectionsEl, model, sections };
  }

  private patch(d: Drawn, model: DashboardModel): void {
    const before = d.model;
    if (before.todayLabel !== model.todayLabel || !sameData(before.counts, model.counts)) {
      const header = renderHeader(d.root, model);
      moveBefore(d.root, header, d.header);
      d.header.remove();
      d.header = header;
    }
    model.sections.forEach((section, i) => {
      if (!this.actedOn(section) && sameData(before.sections[i], section)) return;
      const old = d.sections[i];
      const fresh = this.drawSection(d.sectionsEl, section, model.today);
      moveBefore(d.sectionsEl, fresh, old);
      old.remove();
      d.sections[i] = fresh;
    });
    d.model = model;
  }

  /** Whether a control of one of the section's rows was used since the last draw. */
  private actedOn(section: DashboardSectionModel): boolean {
    if (this.acted.size === 0) return false;
    for (const value of Object.values(section))
      if (Array.isArray(value))
        for (const row of value as unknown[]) {
          const path = (row as { path?: unknown } | null)?.path;
          if (typeof path === 'string' && this.acted.has(path)) return true;
        }
    return false;
  }

  /** Appends one section to `parent`, reusing the elements of its unchanged rows; returns the section element. */
  private drawSection(parent: ViewElement, section: DashboardSectionModel, today: string): ViewElement {
    this.stats.sections++;
    const capture = new Capturing(parent);
    renderSection(capture, section, this.actions, today, this.keyedRows);
    if (capture.first === null) throw new Error(`the ${section.id} section drew nothing`);
    return capture.first;
  }

  private readonly keyedRows: DrawRows = (list, name, rows, draw) => {
    const before = this.rows.get(name);
    const now = new Map<string, DrawnRow>();
    const same = this.sameRows.get(name);
    const nowSame = new Map<object, string>();
    for (const row of rows) {
      // A row object drawn last time (the tracker keeps rows of unchanged items) needs no key built.
      const sameKey = same?.get(row);
      const key = sameKey !== undefined && !now.has(sameKey) ? sameKey : uniqueKey(now, rowKey(row));
      nowSame.set(row, key);
      const was = before?.get(key);
      if (was && !this.acted.has(row.path) && (was.row === row || sameData(was.row, row))) {
        moveBefore(list, was.el, null);
        now.set(key, { row, el: was.el });
        this.stats.rowsKept++;
      } else {
        now.set(key, { row, el: draw(list, row) });
        this.stats.rowsDrawn++;
      }
    }
    this.rows.set(name, now);
    this.sameRows.set(name, nowSame);
  };
}

/** Whether the drawing is still in its container (a real element says; someone may have emptied the container). */
function stillThere(d: Drawn): boolean {
  const parent = (d.root as { parentElement?: unknown }).parentElement;
  return parent === undefined || parent === d.container;
}

/** The same sections, in the same order. */
function sameIds(a: DashboardModel, b: DashboardModel): boolean {
  return a.sections.length === b.sections.length && a.sections.every((s, i) => s.id === b.sections[i]?.id);
}

/** A row's key within its list: its note, field and line (the data decides whether it is drawn again). */
function rowKey(row: { path: string }): string {
  const r = row as { path: string; field?: string; line?: number; reason?: string; message?: string };
  return `${r.path}\u0000${r.field ?? ''}\u0000${r.line ?? ''}\u0000${r.reason ?? r.message ?? ''}`;
}

/** `key`, or `key` with a counter when the list already has a row under it. */
function uniqueKey(taken: ReadonlyMap<string, unknown>, key: string): string {
  if (!taken.has(key)) return key;
  let n = 1;
  while (taken.has(`${key}\u0000${n}`)) n++;
  return `${key}\u0000${n}`;
}

/** Whether two pieces of model data (plain objects, arrays, strings, numbers, booleans) are equal. */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameData(x, b[i]));
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  if (keys.length !== Object.keys(y).length) return false;
  return keys.every((k) => Object.prototype.hasOwnProperty.call(y, k) && sameData(x[k], y[k]));
}

/** The host's actions, each (but opening a note) first noting the path it acts on. */
function noting(actions: DashboardActions, note: (path: string) => void): DashboardActions {
  const a = actions;
  const out: DashboardActions = {};
  if (a.openNote) out.openNote = a.openNote.bind(a);
  if (a.checkInHabit) {
    const run = a.checkInHabit.bind(a);
    out.checkInHabit = (path, day) => {
      note(path);
      return run(path, day);
    };
  }
  if (a.completeTask) {
    const run = a.completeTask.bind(a);
    out.completeTask = (path) => {
      note(path);
      return run(path);
    };
  }
  if (a.setBookmarkStatus) {
    const run = a.setBookmarkStatus.bind(a);
    out.setBookmarkStatus = (path, status) => {
      note(path);
      return run(path, status);
    };
  }
  if (a.recordBackupRun) {
    const run = a.recordBackupRun.bind(a);
    out.recordBackupRun = (path, result) => {
      note(path);
      return run(path, result);
    };
  }
  if (a.markSecretRotated) {
    const run = a.markSecretRotated.bind(a);
    out.markSecretRotated = (path) => {
      note(path);
      return run(path);
    };
  }
  if (a.startTimer) {
    const run = a.startTimer.bind(a);
    out.startTimer = (path) => {
      note(path);
      return run(path);
    };
  }
  if (a.stopTimer) {
    const run = a.stopTimer.bind(a);
    out.stopTimer = (path) => {
      note(path);
      return run(path);
    };
  }
  if (a.updateNote) {
    const run = a.updateNote.bind(a);
    out.updateNote = (path, field, value) => {
      note(path);
      return run(path, field, value);
    };
  }
  return out;
}

/** A parent that records the first element drawn into it (a section renderer draws one). */
class Capturing implements ViewElement {
  first: ViewElement | null = null;

  constructor(private readonly target: ViewElement) {}

  createEl<K extends keyof HTMLElementTagNameMap>(
    tag: K,
    o?: ElementInfo | string,
    callback?: (el: ViewElement) => void,
  ): ViewElement {
    return this.keep(this.target.createEl(tag, o, callback));
  }
  createDiv(o?: ElementInfo | string, callback?: (el: ViewElement) => void): ViewElement {
    return this.keep(this.target.createDiv(o, callback));
  }
  createSpan(o?: ElementInfo | string, callback?: (el: ViewElement) => void): ViewElement {
    return this.keep(this.target.createSpan(o, callback));
  }
  setText(text: string): void {
    this.target.setText(text);
  }
  addClass(...classes: string[]): void {
    this.target.addClass(...classes);
  }
  toggleClass(classes: string | string[], value: boolean): void {
    this.target.toggleClass(classes, value);
  }
  setAttr(name: string, value: AttrValue): void {
    this.target.setAttr(name, value);
  }
  empty(): void {
    this.target.empty();
  }
  addEventListener(type: 'click', listener: (event: MouseEvent) => void): void {
    this.target.addEventListener(type, listener);
  }
  remove(): void {
    this.target.remove();
  }
  insertBefore(child: never, before: never): unknown {
    return this.target.insertBefore(child, before);
  }

  private keep(el: ViewElement): ViewElement {
    this.first ??= el;
    return el;
  }
}
