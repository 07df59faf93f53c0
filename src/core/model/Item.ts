import type { Problem } from './Problem';

/** The kinds built into Vault Stack (DESIGN.md §1). `kind` declares a user-defined kind. */
export type BuiltinKind =
  'bookmark' | 'habit' | 'task' | 'service' | 'backup' | 'secret' | 'domain' | 'device' | 'kind';

/** Every builtin kind, in display order. */
export const BUILTIN_KINDS: readonly BuiltinKind[] = [
  'bookmark',
  'habit',
  'task',
  'service',
  'backup',
  'secret',
  'domain',
  'device',
  'kind',
];

/** The builtin groups; user kinds may name others. */
export type BuiltinGroup = 'knowledge' | 'workflow' | 'infra';

/** A calendar date `YYYY-MM-DD` (validated). */
export type DateString = string;
/** A local datetime `YYYY-MM-DDTHH:mm` or a date (validated). */
export type DateTimeString = string;

/** A duration such as `6h`, `2w`, `3m`. */
export interface Duration {
  n: number;
  unit: 'h' | 'd' | 'w' | 'm' | 'y';
}

/**
 * One entry of a task's or habit's `time` list: an ISO 8601 interval of local datetimes
 * `YYYY-MM-DDTHH:mm/YYYY-MM-DDTHH:mm`, or `start/..` while its timer runs (`end` absent).
 */
export interface TimeInterval {
  start: DateTimeString;
  end?: DateTimeString;
  /** The entry as written in the note, to find it again when the timer stops. */
  text: string;
}

/**
 * A recurrence: `every: day | week | month | year | weekday | <n> days|weeks|months|years` or a
 * duration (`1d`, `2w`), optionally anchored (`month on 31`, `year on 02-29`, `week on wed`) and
 * optionally `when done`.
 */
export interface Recurrence {
  n: number;
  /** `hour` is accepted only in a backup's `every` (hourly snapshot jobs); tasks refuse it. */
  unit: 'day' | 'week' | 'month' | 'year' | 'weekday' | 'hour';
  /** `when done`: the next occurrence counts from the completion date, not the due date. */
  whenDone: boolean;
  /** The text as written, for display and for writing back. */
  text: string;
  /** The series' day (`on …`): day of month (month), month and day (year), or weekday 0 = Monday (week). */
  anchor?: RecurrenceAnchor;
}

/** Where in its period a recurrence lands: `{ day: 31 }`, `{ month: 2, day: 29 }` or `{ weekday: 2 }`. */
export interface RecurrenceAnchor {
  month?: number;
  day?: number;
  weekday?: number;
}

/**
 * A relation written as a wikilink in a frontmatter field: `"[[Note]]"`, `"[[folder/Note|alias]]"`.
 * `target` is the link path as written (no brackets, alias or heading); the index resolves it.
 */
export interface LinkRef {
  field: string;
  target: string;
}

/** A habit's goal. Weekdays are 0 = Monday … 6 = Sunday. */
export type HabitGoal =
  | { type: 'daily' }
  | { type: 'weekly'; times: number }
  | { type: 'monthly'; times: number }
  | { type: 'weekdays'; days: number[] };

export type BookmarkStatus = 'inbox' | 'reading' | 'read' | 'archived';
export type TaskStatus = 'todo' | 'doing' | 'waiting' | 'done' | 'cancelled';
export type Priority = 'high' | 'medium' | 'low';
export type DeployMethod = 'compose' | 'nix' | 'ansible' | 'terraform' | 'manual';
export type BackupTool = 'restic' | 'borg' | 'rclone' | 'syncthing' | 'snapshot' | 'other';
export type SecretStore =
  'pass' | 'gopass' | 'sops' | 'age' | 'bitwarden' | '1password' | 'keepassxc' | 'yubikey' | 'env' | 'other';

/** A field type of a user-defined kind. */
export type FieldType =
  | {
      type: 'string' | 'number' | 'boolean' | 'date' | 'datetime' | 'duration' | 'url' | 'link' | 'links' | 'list';
      required: boolean;
    }
  | { type: 'enum'; values: string[]; required: boolean };

/** Kind-specific data, tagged by `type`. Optional fields are absent when the note omits them. */
export interface KindData {
  bookmark: {
    type: 'bookmark';
    url: string;
    status: BookmarkStatus;
    added?: DateString;
    read?: DateString;
    rating?: number;
    dead?: DateString;
  };
  habit: {
    type: 'habit';
    goal: HabitGoal;
    log: DateString[];
    started?: DateString;
    paused?: DateString | true;
    /** Time spent on it (`time: [start/end, …]`); absent when the note has none. */
    time?: TimeInterval[];
  };
  task: {
    type: 'task';
    status: TaskStatus;
    due?: DateTimeString;
    scheduled?: DateTimeString;
    start?: DateTimeString;
    done?: DateString;
    priority?: Priority;
    every?: Recurrence;
    depends: string[];
    project?: { link?: string; text: string };
    /** The dates a recurring task was completed on, appended when it moves to its next occurrence. */
    log?: DateString[];
    /** The Taskwarrior uuid (lowercase 8-4-4-4-12), kept by imports and exports. */
    uuid?: string;
    /** Time spent on it (`time: [start/end, …]`); absent when the note has none. */
    time?: TimeInterval[];
  };
  service: {
    type: 'service';
    url?: string;
    health?: string | false;
    expect?: number | string;
    host?: string;
    deploy?: DeployMethod;
    source?: string;
    backup?: string;
    secrets: string[];
    domain?: string;
  };
  backup: {
    type: 'backup';
    tool: BackupTool;
    repository?: string;
    every: Recurrence;
    grace?: Duration;
    lastRun?: DateTimeString;
    lastResult?: 'ok' | 'failed';
    covers: string[];
    restoreTested?: DateString;
    /** The `secret` item holding the repository's password (restic, borg). */
    password?: string;
    /** A healthchecks-style ping URL: `/start`, success and `/fail` pings around `backup run`. */
    ping?: string;
    /** The backup command as arguments (`[restic, backup, --json, /srv]`), run by the systemd timer export through `backup run`. */
    command?: string[];
  };
  secret: {
    type: 'secret';
    store: SecretStore;
    ref: string;
    rotate?: Duration;
    rotated?: DateString;
    expires?: DateString;
    usedBy: string[];
  };
  domain: {
    type: 'domain';
    name: string;
    registrar?: string;
    expires?: DateString;
    dns?: string;
    tlsExpires?: DateString;
    autoRenew?: boolean;
  };
  device: {
    type: 'device';
    os?: string;
    role?: string;
    bootstrap: string[];
    acquired?: DateString;
    warranty?: DateString;
  };
  kind: { type: 'kind'; name: string; group: string; fields: Record<string, FieldType> };
}

/** Data of an item of a user-defined kind: its declared fields, validated. */
export interface CustomData {
  type: 'custom';
  values: Record<string, unknown>;
}

export type ItemData = KindData[BuiltinKind] | CustomData;

/**
 * Where an inline task lives: one checklist line of a note, in the Obsidian Tasks format. Its
 * identity is the note and the line (`inlineItemPath`); a write finds the line again as Tasks does
 * (the indexed `text` at `line`, else the one identical line in the note: `core/inline/locateTask`).
 */
export interface InlineTask {
  /** The note's vault path. */
  note: string;
  /** 1-based line of the task in the note when it was indexed. */
  line: number;
  /** The whole line as indexed (Tasks' `originalMarkdown`). */
  text: string;
  /** The status character between the brackets (`' '`, `x`, `/`, `-`, or a custom one). */
  symbol: string;
  /** Which of Tasks' formats the line's fields were read in. */
  format: 'emoji' | 'dataview';
  /** Tasks' five priorities (the item's `priority` folds highest into high and lowest into low). */
  priority?: 'highest' | 'high' | 'medium' | 'low' | 'lowest';
  /** The recurrence rule as written after 🔁 / `repeat::` (the item's `every` stays unset). */
  recurrence?: string;
  created?: DateString;
  cancelled?: DateString;
  /** 🆔 / `id::`. */
  id?: string;
  /** ⛔ / `dependsOn::`: ids of tasks this one waits for. */
  dependsOn: string[];
}

/** The identity (and `Item.path`) of the inline task on a note's 1-based line: `Notes/Week.md#L12`. */
export function inlineItemPath(note: string, line: number): string {
  return `${note}#L${line}`;
}

/** The note an item lives in: its own path, or the note holding an inline task. */
export function itemNote(item: Item): string {
  return item.inline?.note ?? item.path;
}

/** An item: one note whose frontmatter declares `stack: <kind>`, or one inline task line (`inline`). */
export interface Item<D extends ItemData = ItemData> {
  /**
   * Vault-relative path, `/` separators, with extension; for an inline task its identity
   * `<note>#L<line>` (`inlineItemPath`): use `itemNote` for the file.
   */
  path: string;
  /** The kind name as written in `stack:` (`task`, or a user kind such as `recipe`). */
  kind: string;
  group: string;
  title: string;
  tags: string[];
  /** A date, or a `YYYY-MM-DDTHH:mm` datetime. */
  created?: DateTimeString;
  /** Every wikilink relation in the frontmatter, in field order. */
  links: LinkRef[];
  data: D;
  /** The frontmatter as given to the parser (read-only); empty for an inline task. */
  frontmatter: Readonly<Record<string, unknown>>;
  /** Set for an inline task (kind `task`): where its line is and what Tasks' fields said. */
  inline?: InlineTask;
}

/** An item of one builtin kind. */
export type ItemOf<K extends BuiltinKind> = Item<KindData[K]>;

/** What parsing one note gives: an item (possibly with warnings) or only problems. */
export interface ParseResult {
  item: Item | null;
  problems: Problem[];
}

/** Narrows an item to one builtin kind. */
export function isKind<K extends BuiltinKind>(item: Item, kind: K): item is ItemOf<K> {
  return item.data.type === kind;
}
