import { DEFAULT_HORIZON_DAYS } from '../core/attention/scores';
import { DASHBOARD_SECTIONS, type DashboardOptions, type DashboardSection } from '../core/dashboard/DashboardOptions';
import { ALL_RELATION_CHECKS, RELATION_CHECKS, type RelationChecks } from '../core/relations/relationWarnings';

/** The plugin's settings, kept in its data.json. Nothing secret lives here: only secret names. */
export interface VaultStackSettings extends DashboardOptions {
  /** Folders (vault-relative, no trailing slash) whose notes are never indexed. */
  ignoreFolders: string[];
  /** Dashboard sections in display order; a section absent here is hidden. */
  sections: DashboardSection[];
  /** Which relation checks (service without a backup, unused secret, …) `check` and the Problems section run. */
  relationChecks: RelationChecks;
  /** Let several timers run at once; when false, starting a timer stops the running one. */
  concurrentTimers: boolean;
  git: GitSettings;
  calendar: CalendarSettings;
  observe: ObserveSettings;
}

/** The generated calendar file (`Export calendar (ICS)` writes it; `keepUpdated` rewrites it when items change). */
export interface CalendarSettings {
  /** Rewrite the file (debounced) whenever the items change; off by default. */
  keepUpdated: boolean;
  /** Vault-relative path of the file, ending in `.ics`. */
  path: string;
}

/** Observation settings ("Verify stack now", the optional interval, notifications). The ntfy token lives in `app.secretStorage`. */
export interface ObserveSettings {
  /** Verify the stack every this many minutes while Obsidian runs; 0 (the default) turns it off. */
  intervalMinutes: number;
  /** The ntfy topic URL notifications go to (`https://ntfy.sh/my-topic`); empty for none. */
  ntfyUrl: string;
  /** Name of the secret in Obsidian's secret storage that holds the ntfy access token (optional). */
  ntfyTokenSecret: string;
  /** A URL that receives each notification as JSON; empty for none. */
  webhookUrl: string;
}

/** Versioning settings. The token itself lives in `app.secretStorage` under `tokenSecret`. */
export interface GitSettings {
  enabled: boolean;
  /** Commit this many seconds after edits settle; 0 turns it off. */
  autoCommitDelaySeconds: number;
  /** Also commit pending changes every this many minutes; 0 turns it off. */
  autoCommitIntervalMinutes: number;
  authorName: string;
  authorEmail: string;
  remoteUrl: string;
  username: string;
  /** Name of the secret in Obsidian's secret storage that holds the token. */
  tokenSecret: string;
  /** Paths (or globs) the secret guard lets through. */
  guardAllowlist: string[];
}

/** Settings a new install starts with. */
export const DEFAULT_SETTINGS: VaultStackSettings = {
  ignoreFolders: ['Templates'],
  sections: [...DASHBOARD_SECTIONS],
  dateDisplay: 'iso',
  horizonDays: DEFAULT_HORIZON_DAYS,
  relationChecks: { ...ALL_RELATION_CHECKS },
  concurrentTimers: false,
  git: {
    enabled: true,
    autoCommitDelaySeconds: 30,
    autoCommitIntervalMinutes: 10,
    authorName: 'Vault Stack',
    authorEmail: 'vault-stack@localhost',
    remoteUrl: '',
    username: '',
    tokenSecret: 'vault-stack-git-token',
    guardAllowlist: [],
  },
  calendar: { keepUpdated: false, path: 'stack.ics' },
  observe: { intervalMinutes: 0, ntfyUrl: '', ntfyTokenSecret: 'vault-stack-ntfy-token', webhookUrl: '' },
};

/** Merges stored data over the defaults, dropping unknown keys and values of the wrong type. */
export function resolveSettings(stored: unknown): VaultStackSettings {
  const data = isRecord(stored) ? stored : {};
  const git = isRecord(data.git) ? data.git : {};
  const observe = isRecord(data.observe) ? data.observe : {};
  const d = DEFAULT_SETTINGS;
  return {
    ignoreFolders: stringList(data.ignoreFolders) ?? [...d.ignoreFolders],
    sections: sectionList(data.sections) ?? [...d.sections],
    dateDisplay:
      data.dateDisplay === 'relative' || data.dateDisplay === 'locale' || data.dateDisplay === 'iso'
        ? data.dateDisplay
        : d.dateDisplay,
    horizonDays: positiveInt(data.horizonDays) ?? d.horizonDays,
    relationChecks: relationChecks(data.relationChecks),
    concurrentTimers: typeof data.concurrentTimers === 'boolean' ? data.concurrentTimers : d.concurrentTimers,
    git: {
      enabled: typeof git.enabled === 'boolean' ? git.enabled : d.git.enabled,
      autoCommitDelaySeconds: nonNegativeInt(git.autoCommitDelaySeconds) ?? d.git.autoCommitDelaySeconds,
      autoCommitIntervalMinutes: nonNegativeInt(git.autoCommitIntervalMinutes) ?? d.git.autoCommitIntervalMinutes,
      authorName: text(git.authorName) ?? d.git.authorName,
      authorEmail: text(git.authorEmail) ?? d.git.authorEmail,
      remoteUrl: text(git.remoteUrl) ?? d.git.remoteUrl,
      username: text(git.username) ?? d.git.username,
      tokenSecret: text(git.tokenSecret) ?? d.git.tokenSecret,
      guardAllowlist: stringList(git.guardAllowlist) ?? [...d.git.guardAllowlist],
    },
    calendar: {
      keepUpdated: isRecord(data.calendar) && data.calendar.keepUpdated === true,
      path: calendarPath(isRecord(data.calendar) ? data.calendar.path : undefined) ?? d.calendar.path,
    },
    observe: {
      intervalMinutes: nonNegativeInt(observe.intervalMinutes) ?? d.observe.intervalMinutes,
      ntfyUrl: text(observe.ntfyUrl) ?? d.observe.ntfyUrl,
      ntfyTokenSecret: text(observe.ntfyTokenSecret) ?? d.observe.ntfyTokenSecret,
      webhookUrl: text(observe.webhookUrl) ?? d.observe.webhookUrl,
    },
  };
}

/** A vault-relative `.ics` path (leading slashes dropped), or undefined for anything else. */
export function calendarPath(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const path = value.trim().replace(/^\/+/, '');
  return /\.ics$/i.test(path) && !path.split('/').some((part) => part === '' || part === '..') ? path : undefined;
}

/** Whether a vault path lies in one of the ignored folders. */
export function isIgnoredPath(path: string, ignoreFolders: readonly string[]): boolean {
  return ignoreFolders.some((folder) => folder !== '' && (path === folder || path.startsWith(folder + '/')));
}

function relationChecks(value: unknown): RelationChecks {
  const stored = isRecord(value) ? value : {};
  const out = { ...ALL_RELATION_CHECKS };
  for (const check of RELATION_CHECKS) if (typeof stored[check] === 'boolean') out[check] = stored[check];
  return out;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function stringList(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.every((v) => typeof v === 'string')
    ? value.map((v: string) => v.trim()).filter((v) => v !== '')
    : undefined;
}

function sectionList(value: unknown): DashboardSection[] | undefined {
  const list = stringList(value);
  if (!list) return undefined;
  const known = new Set<string>(DASHBOARD_SECTIONS);
  return [...new Set(list)].filter((s): s is DashboardSection => known.has(s));
}

function positiveInt(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined;
}

function nonNegativeInt(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;
}
