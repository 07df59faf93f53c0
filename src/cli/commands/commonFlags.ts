import type { FlagSpec } from '../args';
import { isDateString, isDateTimeString } from '../clock';

/** `--help`, accepted by every command. */
export const HELP_FLAG: Record<string, FlagSpec> = {
  help: { type: 'boolean', description: 'show this help' },
};

/** The vault reader's cache options. */
export const CACHE_FLAGS: Record<string, FlagSpec> = {
  'no-cache': { type: 'boolean', description: 'read every note; do not use or write the cache' },
  'cache-dir': {
    type: 'string',
    placeholder: 'DIR',
    description: 'keep the cache in DIR (default $XDG_CACHE_HOME/vault-stack or ~/.cache/vault-stack)',
  },
};

/** Options of every command that reads a vault. */
export const VAULT_FLAGS: Record<string, FlagSpec> = {
  json: { type: 'boolean', description: 'print JSON instead of text' },
  ...CACHE_FLAGS,
  ...HELP_FLAG,
};

/** `--today` and `--now`, for commands where dates matter. */
export const CLOCK_FLAGS: Record<string, FlagSpec> = {
  today: {
    type: 'string',
    placeholder: 'YYYY-MM-DD',
    description: 'the day to judge dates against (default: today, local time)',
    validate: (v) => (isDateString(v) ? null : `"${v}" is not a date (expected YYYY-MM-DD)`),
  },
  now: {
    type: 'string',
    placeholder: 'YYYY-MM-DDTHH:mm',
    description: 'the moment to judge times against (default: the local clock, or the start of --today)',
    validate: (v) => (isDateTimeString(v) ? null : `"${v}" is not a date and time (expected YYYY-MM-DDTHH:mm)`),
  },
};
