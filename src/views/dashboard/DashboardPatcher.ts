import type { DashboardModel, DashboardSectionModel } from '../../core/dashboard/DashboardModel';
import type { ActionOutcome, DashboardActions } from '../DashboardActions';
import { moveBefore, type ElementInfo, type ViewElement } from '../dom/ViewElement';
import { renderHeader, renderSection } from '../renderDashboard';
import type { DrawList } from './drawRows';

/** What one `draw` did. */
export interface PatchStats {
  /** Everything was drawn afresh (first draw, other sections, another day). */
  whole: boolean;
  /** Sections drawn again (their frame; their unchanged rows were moved in). */
  sections: number;
  rowsDrawn: number;
  rowsKept: number;
}

/** One drawn list: its element, and the rows drawn in it with their elements, in order. */
interface DrawnList {
  el: ViewElement;
  rows: readonly Row[];
  els: ViewElement[];
}

type Row = { path: string };

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
 * there: a section whose data did not change (the same object, or equal data) is left alone; a
 * changed one has its frame drawn again, into which each of its lists drawn before is moved and
 * patched: the rows the same as before at its start and end (by identity) stay untouched, and in
 * between a row the same as a previous one (by identity, or by key with equal data) keeps its
 * element unless its controls were used since; the others are drawn. So a change costs work in
 * proportion to the rows it changed. The result is the same markup `renderDashboard`
 * draws for the model (tests/views/patchDashboard.test.ts), with every note string set as text.
 * A container emptied in between (a real element) gets a whole drawing again.
 * @example const patcher = new DashboardPatcher(actions); patcher.draw(el, model); patcher.draw(el, next)
 */
export class DashboardPatcher {
  /** The actions the drawn controls call: the host's, noting which rows were acted on so they are drawn again. */
  readonly actions: DashboardActions;
  private drawn: Drawn | null = null;
  /** The drawn lists (`attention`, `tasks`, …) by name. */
  private lists = new Map<string, DrawnList>();
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

  private drawWhole(container: ViewElement, model: DashboardModel): void {
    this.lists = new Map();
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
    // A section renderer draws one element into its parent (`sectionShell`'s): the wrapper keeps it.
    let first: ViewElement | null = null;
    const capture = {
      createEl: (tag: keyof HTMLElementTagNameMap, o?: ElementInfo | string) => (first ??= parent.createEl(tag, o)),
    } as ViewElement;
    renderSection(capture, section, this.actions, today, this.patchedList);
    return first as unknown as ViewElement;
  }

  /** Draws a list: the one drawn before under its name, moved to `parent` and patched (`patchRows`); else afresh. */
  private readonly patchedList: DrawList = (parent, tag, cls, name, rows, draw) => {
    const old = this.lists.get(name);
    if (old === undefined) {
      const el = parent.createEl(tag, cls === undefined ? undefined : { cls });
      const els = rows.map((row) => draw(el, row));
      this.stats.rowsDrawn += rows.length;
      this.lists.set(name, { el, rows, els });
      return;
    }
    moveBefore(parent, old.el, null);
    const els = this.patchRows(old, rows, draw as (list: ViewElement, row: Row) => ViewElement);
    this.lists.set(name, { el: old.el, rows, els });
  };

  /**
   * Makes `old`'s element hold one element per row of `rows`: the rows at the start and end that
   * are the same objects as before stay as they are; in between, a previous row's element is kept
   * for the same object (left where it is while those keep their order) or for a row with its key
   * and equal data (moved), unless a control of the row was used since; the rest are drawn, and the
   * elements of rows gone are removed. Returns the elements, in order.
   */
  private patchRows(
    old: DrawnList,
    rows: readonly Row[],
    draw: (list: ViewElement, row: Row) => ViewElement,
  ): ViewElement[] {
    const { el: list, rows: was, els: wasEls } = old;
    const acted = this.acted;
    const none = acted.size === 0;
    const [n, o] = [rows.length, was.length];
    let p = 0;
    while (p < n && p < o && was[p] === rows[p] && (none || !acted.has(rows[p].path))) p++;
    let s = 0;
    while (s < n - p && s < o - p && was[o - 1 - s] === rows[n - 1 - s] && (none || !acted.has(rows[n - 1 - s].path)))
      s++;
    this.stats.rowsKept += p + s;
    if (p === n && p === o) return wasEls;
    // The previous rows in between: 0 unused, 1 kept in place (the same object), 2 kept and moved.
    const state = new Uint8Array(o);
    const matched: number[] = [];
    const byRow = new Map<Row, number>();
    for (let i = p; i < o - s; i++) byRow.set(was[i], i);
    for (let j = p; j < n - s; j++) {
      const i = byRow.get(rows[j]);
      const use = i !== undefined && state[i] === 0 && !acted.has(rows[j].path);
      if (use) state[i] = 1;
      matched.push(use ? i : -1);
    }
    let byKey: Map<string, number[]> | null = null;
    for (let j = p; j < n - s; j++) {
      if (matched[j - p] >= 0 || acted.has(rows[j].path)) continue;
      if (byKey === null) {
        byKey = new Map();
        for (let i = p; i < o - s; i++)
          if (state[i] === 0) {
            const key = rowKey(was[i]);
            const at = byKey.get(key);
            if (at) at.push(i);
            else byKey.set(key, [i]);
          }
      }
      const i = byKey.get(rowKey(rows[j]))?.shift();
      if (i !== undefined && sameData(was[i], rows[j])) {
        state[i] = 2;
        matched[j - p] = i;
      }
    }
    const els: ViewElement[] = [];
    const end = s > 0 ? wasEls[o - s] : null;
    let cur = p;
    for (let j = p; j < n - s; j++) {
      while (cur < o - s && state[cur] !== 1) cur++;
      const i = matched[j - p];
      let el: ViewElement;
      if (i >= 0) {
        el = wasEls[i];
        this.stats.rowsKept++;
      } else {
        el = draw(list, rows[j]);
        this.stats.rowsDrawn++;
      }
      if (i === cur) cur++;
      else {
        moveBefore(list, el, cur < o - s ? wasEls[cur] : end);
        // Placed: the walk must not stop at it later.
        if (i >= 0) state[i] = 2;
      }
      els.push(el);
    }
    for (let i = p; i < o - s; i++) if (state[i] === 0) wasEls[i].remove();
    return wasEls.slice(0, p).concat(els, wasEls.slice(o - s));
  }
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

/** The actions that act on a note: a row whose control called one is drawn again. */
const NOTED = [
  'checkInHabit',
  'completeTask',
  'setBookmarkStatus',
  'recordBackupRun',
  'markSecretRotated',
  'startTimer',
  'stopTimer',
  'updateNote',
] as const;

/** The host's actions, each (but opening a note) first noting the path it acts on. */
function noting(actions: DashboardActions, note: (path: string) => void): DashboardActions {
  const out: Record<string, (path: string, ...rest: never[]) => ActionOutcome> = {};
  const host = actions as Record<
    string,
    ((this: DashboardActions, path: string, ...rest: never[]) => ActionOutcome) | undefined
  >;
  if (actions.openNote) out.openNote = actions.openNote.bind(actions);
  for (const name of NOTED) {
    const run = host[name];
    if (run)
      out[name] = (path, ...rest) => {
        note(path);
        return run.call(actions, path, ...rest);
      };
  }
  return out;
}
