import type { AttentionSeverity } from '../attention/AttentionEntry';
import type { BookmarkStatus } from '../model/Item';
import type { Severity } from '../model/Problem';

/** A date as the dashboard shows it: the text per `dateDisplay`, and the ISO value for a tooltip. */
export interface ShownDate {
  /** `2026-11-28`, `in 3 days`, `28 Nov 2026`. */
  text: string;
  /** `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm`, as written in the note. */
  iso: string;
}

/** A link from one item to another note, resolved for display. */
export interface LinkedNote {
  /** The linked note's title (its basename when it is not an item; the target as written when dangling). */
  title: string;
  /** The vault path it resolves to, or null for a dangling link. */
  path: string | null;
}

/** A shortcut the dashboard offers beside an attention entry. */
export type QuickAction = 'check-in' | 'complete' | 'record-backup' | 'mark-rotated' | 'update-note';

/** One entry of the attention queue. */
export interface AttentionRow {
  path: string;
  title: string;
  kind: string;
  reason: string;
  severity: AttentionSeverity;
  field?: string;
  /** Offered when the entry's item supports a one-click fix. */
  action?: QuickAction;
  /** For a drift entry (`update-note`): the value the world gave for `field`, which the one-click fix writes. */
  observed?: string | number | boolean;
}

/** An open task due today or overdue. */
export interface TaskRow {
  path: string;
  title: string;
  status: 'todo' | 'doing' | 'waiting';
  due: ShownDate;
  overdue: boolean;
  /** `overdue by 3 days`, `due today`, `due today at 14:00`. */
  when: string;
  priority?: 'high' | 'medium' | 'low';
  blocked: boolean;
  /** The recurrence as written (`every month`), for a recurring task. */
  every?: string;
  project?: string;
  /** The start (`YYYY-MM-DDTHH:mm`) of its running timer, when one runs. */
  timerSince?: string;
}

/** A habit due today. */
export interface HabitRow {
  path: string;
  title: string;
  /** `daily`, `3 per week`, `Mon, Wed, Fri`. */
  goal: string;
  doneToday: boolean;
  currentStreak: number;
  longestStreak: number;
  streakUnit: 'day' | 'week' | 'month';
  /** `2 of 3 this week`, for n/week and n/month goals. */
  progress?: string;
  /** The last seven days, oldest first (today last). */
  recent: { date: string; done: boolean }[];
  /** The start (`YYYY-MM-DDTHH:mm`) of its running timer, when one runs. */
  timerSince?: string;
}

/** A bookmark waiting to be read. */
export interface BookmarkRow {
  path: string;
  title: string;
  /** The URL when it is http or https (safe to link), else null; `urlText` is always shown. */
  href: string | null;
  urlText: string;
  /** The site's host name (`example.com`) when the URL parses. */
  site: string;
  status: BookmarkStatus;
  added?: ShownDate;
  rating?: number;
  dead?: ShownDate;
}

/** Where a backup job stands. */
export type BackupStateName = 'ok' | 'stale' | 'failed' | 'never';

/** A self-hosted service with what it depends on. */
export interface ServiceRow {
  path: string;
  title: string;
  href: string | null;
  urlText?: string;
  host?: LinkedNote;
  backup?: LinkedNote & { state?: BackupStateName };
  secrets: LinkedNote[];
  domain?: LinkedNote;
  /** The last health check, from the observation state (absent when never checked). */
  health?: ObservedStatus;
}

/** The last observation of one check, as the dashboard shows it: a dot, a latency, a sentence. */
export interface ObservedStatus {
  /** `up`/`down` for health, `ok`/`failed` for the others; `unknown` when the check could not tell. */
  state: 'up' | 'down' | 'ok' | 'failed' | 'unknown';
  detail: string;
  /** `YYYY-MM-DDTHH:mm`, when it was observed. */
  at: string;
  latencyMs?: number;
}

/** A backup job. */
export interface BackupRow {
  path: string;
  title: string;
  tool: string;
  state: BackupStateName;
  /** `last run 2026-11-27 02:00 ok`, `never run`. */
  summary: string;
  lastRun?: ShownDate;
  nextRun?: ShownDate;
  /** What the repository itself showed last time it was read (its newest snapshot), from the observation state. */
  snapshot?: ObservedStatus;
}

/** A secret whose rotation is due now or within the horizon. */
export interface SecretRow {
  path: string;
  title: string;
  store: string;
  rotateBy: ShownDate;
  due: boolean;
  /** `rotation overdue by 5 days`, `rotate in 12 days`. */
  when: string;
}

/** Something that expires within the horizon (or already did). */
export interface ExpiryRow {
  path: string;
  title: string;
  kind: string;
  /** `domain`, `TLS certificate`, `secret`, `warranty`. */
  subject: string;
  field: string;
  date: ShownDate;
  daysLeft: number;
  /** `expires in 12 days`, `expired 3 days ago`. */
  when: string;
  severity: AttentionSeverity;
}

/** One problem of a note. */
export interface ProblemRow {
  path: string;
  field: string;
  line?: number;
  message: string;
  severity: Severity;
}

/** The attention section. */
export interface AttentionSection {
  id: 'attention';
  heading: string;
  /** The first `ROW_LIMIT` entries, ranked. */
  entries: AttentionRow[];
  /** How many entries there are in all. */
  totals: { entries: number };
}

/** The today section. */
export interface TodaySection {
  id: 'today';
  heading: string;
  /** The first `ROW_LIMIT` tasks and habits, ranked. */
  tasks: TaskRow[];
  habits: HabitRow[];
  /** How many of each there are in all. */
  totals: { tasks: number; habits: number };
}

/** The reading list section. */
export interface ReadingSection {
  id: 'reading';
  heading: string;
  /** The first `ROW_LIMIT` bookmarks, ranked. */
  bookmarks: BookmarkRow[];
  /** How many there are in all. */
  totals: { bookmarks: number };
}

/** The infrastructure section. */
export interface InfrastructureSection {
  id: 'infrastructure';
  heading: string;
  services: ServiceRow[];
  backups: BackupRow[];
  secrets: SecretRow[];
  expiries: ExpiryRow[];
  /** How many of each there are in all (each list above holds the first `ROW_LIMIT`). */
  totals: { services: number; backups: number; secrets: number; expiries: number };
  horizonDays: number;
}

/** The problems section. */
export interface ProblemsSection {
  id: 'problems';
  heading: string;
  /** The first `ROW_LIMIT` problems, errors first. */
  problems: ProblemRow[];
  /** How many there are in all. */
  totals: { problems: number };
}

/** An item reached from the active note's item, with the relations between them. */
export interface ImpactRow {
  path: string;
  title: string;
  kind: string;
  /** `NAS nightly to B2 covers Home Assistant, which runs on nas`. */
  via: string;
}

/** What depends on the active note's item and what it needs, transitively (the plugin's pane only). */
export interface ImpactSection {
  id: 'impact';
  heading: string;
  /** The active note's item, or null when the active note is not an item (the section then says how to use it). */
  item: { path: string; title: string; kind: string } | null;
  /** The first `ROW_LIMIT` of each, nearest first. */
  dependents: ImpactRow[];
  dependencies: ImpactRow[];
  /** Dependency cycles among them, as titles: `a → b → a`. */
  cycles: string[];
  totals: { dependents: number; dependencies: number };
}

/** One dashboard section, tagged by `id`. */
export type DashboardSectionModel =
  AttentionSection | TodaySection | ReadingSection | InfrastructureSection | ProblemsSection | ImpactSection;

/** Everything the dashboard shows, as plain data. */
export interface DashboardModel {
  today: string;
  now: string;
  /** Today as a heading: `Saturday 28 November 2026`. */
  todayLabel: string;
  counts: { items: number; attention: number; errors: number; warnings: number };
  /** In `settings.sections` order; a section left out of the settings is absent. */
  sections: DashboardSectionModel[];
}
