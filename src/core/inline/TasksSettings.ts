/** The status types of Obsidian Tasks (its `StatusType`). */
export type TasksStatusType = 'TODO' | 'IN_PROGRESS' | 'ON_HOLD' | 'DONE' | 'CANCELLED' | 'NON_TASK';

/** One status of Tasks' registry: the character between the brackets and what toggling it gives. */
export interface TasksStatus {
  symbol: string;
  name: string;
  /** The status a click on the checkbox moves to. */
  next: string;
  type: TasksStatusType;
}

/**
 * The Tasks settings that change how lines are read and written: the global filter, the task
 * format, the dates set on a status change, where a new recurrence goes, and the statuses.
 */
export interface TasksSettings {
  /** Whether the settings came from the vault (`.obsidian/plugins/obsidian-tasks-plugin/data.json`). */
  present: boolean;
  /** A checklist line is a task only when its body contains this text (empty: every line). */
  globalFilter: string;
  /** Tasks shows descriptions without the global filter (the item's title leaves it out too). */
  removeGlobalFilter: boolean;
  /** Tasks reads fields in one format; without settings both are read (the emoji format first). */
  taskFormat: 'tasksPluginEmoji' | 'dataview' | 'both';
  setDoneDate: boolean;
  setCancelledDate: boolean;
  setCreatedDate: boolean;
  /** A recurring task's next occurrence goes below the completed line instead of above it. */
  recurrenceOnNextLine: boolean;
  removeScheduledDateOnRecurrence: boolean;
  statuses: ReadonlyMap<string, TasksStatus>;
}

/** Tasks' default statuses: the core pair and the two custom ones a new install has. */
export const DEFAULT_TASKS_STATUSES: readonly TasksStatus[] = [
  { symbol: ' ', name: 'Todo', next: 'x', type: 'TODO' },
  { symbol: 'x', name: 'Done', next: ' ', type: 'DONE' },
  { symbol: '/', name: 'In Progress', next: 'x', type: 'IN_PROGRESS' },
  { symbol: '-', name: 'Cancelled', next: ' ', type: 'CANCELLED' },
];

/** Where Tasks keeps its settings, under the vault's config folder. */
export const TASKS_SETTINGS_FILE = 'plugins/obsidian-tasks-plugin/data.json';

/** The settings when the vault has none: Tasks' defaults, reading both formats. */
export const DEFAULT_TASKS_SETTINGS: TasksSettings = Object.freeze({
  present: false,
  globalFilter: '',
  removeGlobalFilter: false,
  taskFormat: 'both',
  setDoneDate: true,
  setCancelledDate: true,
  setCreatedDate: false,
  recurrenceOnNextLine: false,
  removeScheduledDateOnRecurrence: false,
  statuses: statusMap(DEFAULT_TASKS_STATUSES),
});

const TYPES: ReadonlySet<string> = new Set(['TODO', 'IN_PROGRESS', 'ON_HOLD', 'DONE', 'CANCELLED', 'NON_TASK']);

/**
 * Reads Tasks' `data.json` (already parsed); a missing or malformed value keeps Tasks' default.
 * @example readTasksSettings({ globalFilter: '#task', setDoneDate: false }).globalFilter // '#task'
 */
export function readTasksSettings(json: unknown): TasksSettings {
  const d = typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : {};
  const flag = (key: keyof TasksSettings, fallback: boolean): boolean =>
    typeof d[key] === 'boolean' ? d[key] : fallback;
  const statuses = readStatuses(d.statusSettings);
  return {
    present: true,
    globalFilter: typeof d.globalFilter === 'string' ? d.globalFilter : '',
    removeGlobalFilter: flag('removeGlobalFilter', false),
    taskFormat: d.taskFormat === 'dataview' ? 'dataview' : 'tasksPluginEmoji',
    setDoneDate: flag('setDoneDate', true),
    setCancelledDate: flag('setCancelledDate', true),
    setCreatedDate: flag('setCreatedDate', false),
    recurrenceOnNextLine: flag('recurrenceOnNextLine', false),
    removeScheduledDateOnRecurrence: flag('removeScheduledDateOnRecurrence', false),
    statuses: statuses.length === 0 ? DEFAULT_TASKS_SETTINGS.statuses : statusMap(statuses),
  };
}

function readStatuses(value: unknown): TasksStatus[] {
  if (typeof value !== 'object' || value === null) return [];
  const v = value as { coreStatuses?: unknown; customStatuses?: unknown };
  const out: TasksStatus[] = [];
  for (const list of [v.coreStatuses, v.customStatuses]) {
    if (!Array.isArray(list)) continue;
    for (const s of list as unknown[]) {
      if (typeof s !== 'object' || s === null) continue;
      const r = s as Record<string, unknown>;
      if (typeof r.symbol !== 'string' || [...r.symbol].length !== 1) continue;
      out.push({
        symbol: r.symbol,
        name: typeof r.name === 'string' ? r.name : '',
        next: typeof r.nextStatusSymbol === 'string' ? r.nextStatusSymbol : 'x',
        type: typeof r.type === 'string' && TYPES.has(r.type) ? (r.type as TasksStatusType) : 'TODO',
      });
    }
  }
  return out;
}

/** Statuses by symbol; the first of a repeated symbol wins, as in Tasks' registry. */
function statusMap(list: readonly TasksStatus[]): ReadonlyMap<string, TasksStatus> {
  const map = new Map<string, TasksStatus>();
  for (const s of list) if (!map.has(s.symbol)) map.set(s.symbol, s);
  return map;
}

/**
 * The status of a symbol; an unregistered one is a todo that toggles to `x`, as Tasks creates it.
 * @example statusOf(DEFAULT_TASKS_SETTINGS, '/').type // 'IN_PROGRESS'
 */
export function statusOf(settings: TasksSettings, symbol: string): TasksStatus {
  return settings.statuses.get(symbol) ?? { symbol, name: 'Unknown', next: 'x', type: 'TODO' };
}

/**
 * The status a new occurrence of a recurring task starts in, after it moved to `done` (Tasks'
 * `getNextRecurrenceStatusOrCreate`): the first todo, else in-progress, status along the chain of
 * next statuses, else a space.
 */
export function nextRecurrenceStatus(settings: TasksSettings, done: TasksStatus): TasksStatus {
  const first = statusOf(settings, done.next);
  for (const wanted of ['TODO', 'IN_PROGRESS'] as const) {
    let s = first;
    if (s.type === wanted) return s;
    for (let i = 0; i < settings.statuses.size - 1; i++) {
      s = statusOf(settings, s.next);
      if (s.type === wanted) return s;
    }
  }
  return statusOf(settings, ' ');
}
