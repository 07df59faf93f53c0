import type { BuiltinKind } from '../model/Item';
import type { FieldSpec, KindSpec } from './KindSpec';

const req = (type: FieldSpec['type'], description: string, extra: Partial<FieldSpec> = {}): FieldSpec => ({
  type,
  required: true,
  description,
  ...extra,
});
const opt = (type: FieldSpec['type'], description: string, extra: Partial<FieldSpec> = {}): FieldSpec => ({
  type,
  required: false,
  description,
  ...extra,
});

/** Allowed values of the builtin enum fields. */
export const ENUMS = {
  bookmarkStatus: ['inbox', 'reading', 'read', 'archived'],
  taskStatus: ['todo', 'doing', 'waiting', 'done', 'cancelled'],
  priority: ['high', 'medium', 'low'],
  deploy: ['compose', 'nix', 'ansible', 'terraform', 'manual'],
  backupTool: ['restic', 'borg', 'rclone', 'syncthing', 'snapshot', 'other'],
  backupResult: ['ok', 'failed'],
  secretStore: ['pass', 'gopass', 'sops', 'age', 'bitwarden', '1password', 'keepassxc', 'yubikey', 'env', 'other'],
} as const;

/** The schema of every builtin kind (DESIGN.md §1). */
export const KIND_SPECS: Readonly<Record<BuiltinKind, KindSpec>> = {
  bookmark: {
    kind: 'bookmark',
    group: 'knowledge',
    description: 'A link worth keeping, with its reading status.',
    requiredReason: 'a bookmark needs a url',
    fields: {
      url: req('url', 'The http or https address.'),
      status: opt('enum', 'Where it is in your reading flow.', { values: ENUMS.bookmarkStatus, default: 'inbox' }),
      added: opt('date', 'When it was saved.'),
      read: opt('date', 'When it was read.'),
      rating: opt('integer', 'How good it was, 1 to 5.'),
      dead: opt('date', 'When a link check found it gone.'),
    },
  },
  habit: {
    kind: 'habit',
    group: 'workflow',
    description: 'Something done regularly, with a log of days done.',
    fields: {
      goal: opt('goal', 'daily, <n>/week, <n>/month or a weekday list such as [mon, wed].', { default: 'daily' }),
      log: opt('dates', 'The days it was done.'),
      started: opt('date', 'When the habit started.'),
      paused: opt('date-or-true', 'Paused from this date (or true): no longer due, streak kept.'),
      time: opt('intervals', 'Time spent: start/end intervals (start/.. while a timer runs).'),
    },
  },
  task: {
    kind: 'task',
    group: 'workflow',
    description: 'Something to do, with dates, priority and dependencies.',
    fields: {
      status: opt('enum', 'Where the task stands.', { values: ENUMS.taskStatus, default: 'todo' }),
      due: opt('datetime', 'When it must be done.'),
      scheduled: opt('datetime', 'When you plan to do it.'),
      start: opt('datetime', 'Not actionable before this.'),
      done: opt('date', 'When it was completed.'),
      priority: opt('enum', 'How much it matters.', { values: ENUMS.priority }),
      every: opt(
        'recurrence',
        'Repeat: day, week, month, year, weekday or "<n> days|weeks|months|years", optionally "when done".',
      ),
      depends: opt('links', 'Tasks that must be done first.'),
      project: opt('link-or-text', 'The project it belongs to (a link or a name).'),
      log: opt('dates', 'The days a recurring task was completed (appended when it moves to its next occurrence).'),
      uuid: opt('text', 'Its Taskwarrior uuid, kept by imports and exports.'),
      time: opt('intervals', 'Time spent: start/end intervals (start/.. while a timer runs).'),
    },
  },
  service: {
    kind: 'service',
    group: 'infra',
    description: 'A self-hosted service.',
    fields: {
      url: opt('url', 'Where it is served.'),
      health: opt('url-or-false', 'URL to check for health; false to skip.'),
      expect: opt('number-or-text', 'Expected status code or text from the health URL.'),
      host: opt('link', 'The device it runs on.'),
      deploy: opt('enum', 'How it is deployed.', { values: ENUMS.deploy }),
      source: opt('text', 'Path or repository URL of its configuration.'),
      backup: opt('link', 'The backup job that covers it.'),
      secrets: opt('links', 'The secrets it uses.'),
      domain: opt('link', 'The domain it is served on.'),
    },
  },
  backup: {
    kind: 'backup',
    group: 'infra',
    description: 'A backup job and when it last ran.',
    requiredReason: 'a backup needs a tool and a cadence',
    fields: {
      tool: req('enum', 'The backup tool.', { values: ENUMS.backupTool }),
      repository: opt('text', 'Where the backup goes.'),
      every: req('recurrence', 'How often it should run.'),
      grace: opt(
        'duration',
        'Lateness tolerated before it counts as stale (default: a quarter of the cadence, at least 1h).',
      ),
      'last-run': opt('datetime', 'When it last ran.'),
      'last-result': opt('enum', 'How the last run went.', { values: ENUMS.backupResult }),
      covers: opt('links', 'What it backs up.'),
      'restore-tested': opt('date', 'When a restore was last tested.'),
      password: opt('link', "The secret holding the repository's password (never the password itself)."),
      ping: opt('url', 'A healthchecks-style URL pinged at the start, success (and /fail) of `backup run`.'),
      command: opt(
        'list',
        'The backup command the systemd export schedules through `backup run` (a list of arguments).',
      ),
    },
  },
  secret: {
    kind: 'secret',
    group: 'infra',
    description: 'A reference to a secret (never its value) and its rotation.',
    requiredReason: 'a secret needs a store and a ref saying where it lives',
    fields: {
      store: req('enum', 'Where the secret is kept.', { values: ENUMS.secretStore }),
      ref: req('text', 'Where it lives in the store (never the value).'),
      rotate: opt('duration', 'How often it should be rotated.'),
      rotated: opt('date', 'When it was last rotated.'),
      expires: opt('date', 'When it expires.'),
      'used-by': opt('links', 'What uses it.'),
    },
  },
  domain: {
    kind: 'domain',
    group: 'infra',
    description: 'A domain name, its registration and certificate.',
    requiredReason: 'a domain needs its name',
    fields: {
      name: req('text', 'The domain name.'),
      registrar: opt('text', 'Where it is registered.'),
      expires: opt('date', 'When the registration expires.'),
      dns: opt('text', 'Who serves its DNS.'),
      'tls-expires': opt('date', 'When its TLS certificate expires.'),
      'auto-renew': opt('boolean', 'Whether the registration renews itself.'),
    },
  },
  device: {
    kind: 'device',
    group: 'infra',
    description: 'A machine or gadget.',
    fields: {
      os: opt('text', 'Operating system.'),
      role: opt('text', 'What it is for.'),
      bootstrap: opt('list', 'Steps to set it up again.'),
      acquired: opt('date', 'When it was acquired.'),
      warranty: opt('date', 'When the warranty ends.'),
    },
  },
  kind: {
    kind: 'kind',
    group: 'meta',
    description: 'Declares a kind of your own.',
    requiredReason: 'a kind needs a name',
    fields: {
      name: req('text', 'The kind name, a lowercase identifier that items use in "stack:".'),
      group: opt('text', 'The group its items belong to.', { default: 'other' }),
      fields: opt(
        'fields',
        'Field name → type (string, number, boolean, date, datetime, duration, url, link, links, list, or a list of allowed values); "!" marks it required.',
      ),
    },
  },
};

/**
 * The group of a builtin kind: knowledge, workflow, infra; `kind` declarations are `meta`.
 * @example groupOf('task') // 'workflow'
 */
export function groupOf(kind: BuiltinKind): string {
  return KIND_SPECS[kind].group;
}

/** Whether a name is a builtin kind. */
export function isBuiltinKind(name: string): name is BuiltinKind {
  return Object.prototype.hasOwnProperty.call(KIND_SPECS, name);
}
