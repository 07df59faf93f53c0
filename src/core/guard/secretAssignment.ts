import { characterClasses, shannonEntropy } from './entropy';
import { isPlaceholder, isReference } from './placeholders';

/** A high-entropy value written under a secret-like key on one line. */
export interface SecretAssignment {
  key: string;
  value: string;
}

// `key: value` (YAML, frontmatter, JSON), `KEY=value` / `export KEY=value` (env), `key = value` (TOML, INI).
const ASSIGNMENT = /^\s*(?:-\s+)?(?:export\s+)?["']?([A-Za-z_][\w.-]*)["']?\s*(:|=)(.*)$/;

const SECRET_KEY =
  /(?:^|_)(?:password|passwd|passphrase|pass|pwd|token|api_?key|secret|private_?key|secret_?key|access_?key|auth_?key|signing_?key|encryption_?key)$/;
const PASSWORD_KEY = /(?:^|_)(?:password|passwd|passphrase|pass|pwd)$/;

/** Minimum length of a value worth judging; shorter ones are not high-entropy secrets. */
export const MIN_SECRET_LENGTH = 8;

/** Normalises a key for matching: camelCase and kebab-case to snake_case, lower case. */
export function normaliseKey(key: string): string {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[-.]/g, '_')
    .toLowerCase();
}

/** Whether a key names a secret: `password`, `DB_PASSWORD`, `apiKey`, `client_secret`, `github-token`. */
export function isSecretKey(key: string): boolean {
  return SECRET_KEY.test(normaliseKey(key));
}

/** Whether a value looks random enough to be a real secret rather than a word, number or reference. */
export function isHighEntropySecret(value: string): boolean {
  if (!couldBeSecret(value)) return false;
  if (value.length < 16 && characterClasses(value) < 2) return false;
  // Short values cannot reach 3 bits per character unless nearly every character differs.
  const threshold = Math.min(3.0, Math.log2(value.length) - 0.3);
  return shannonEntropy(value) >= threshold;
}

/**
 * Whether a value could be a password someone chose, however weak: letters mixed with digits or
 * symbols (`hunter2hunter2!`, `Summer2024`), as opposed to a word (`required`) or a reference.
 */
export function isPasswordValue(value: string): boolean {
  return couldBeSecret(value) && /[A-Za-z]/.test(value) && /[^A-Za-z_.-]/.test(value);
}

/** Whether a key names a password, whose value is a secret even when it is not random. */
function isPasswordKey(key: string): boolean {
  return PASSWORD_KEY.test(normaliseKey(key));
}

/** Long enough, one word, and not a placeholder, reference, boolean or number. */
function couldBeSecret(value: string): boolean {
  if (value.length < MIN_SECRET_LENGTH || /\s/.test(value)) return false;
  if (isPlaceholder(value) || isReference(value)) return false;
  return !/^(?:true|false|null|yes|no|on|off|~)$/i.test(value) && !/^[0-9.,_-]+$/.test(value);
}

/** Whether `value` under `key` is a secret: random, or under a password key a chosen password. */
function isSecretValue(key: string, value: string): boolean {
  return isHighEntropySecret(value) || (isPasswordKey(key) && isPasswordValue(value));
}

// `"key": "value"` inside an object anywhere in a line: minified JSON such as a plugin's data.json.
// The `{` or `,` before it keeps out code such as `cond ? "a-token" : "b"`.
const QUOTED_PAIR = /[{,]\s*"([A-Za-z_][\w.-]*)"\s*:\s*"((?:[^"\\]|\\.)*)"/g;

/** Reads one line as an assignment to a secret-like key holding a high-entropy value, or null. */
export function matchSecretAssignment(line: string): SecretAssignment | null {
  const assigned = matchLineAssignment(line);
  if (assigned) return assigned;
  for (const [, key, value] of line.matchAll(QUOTED_PAIR)) {
    if (isSecretKey(key) && isSecretValue(key, value)) return { key, value };
  }
  return null;
}

function matchLineAssignment(line: string): SecretAssignment | null {
  const m = ASSIGNMENT.exec(line);
  if (!m) return null;
  const [, key, operator, rest] = m;
  if (!isSecretKey(key)) return null;
  // YAML needs a space after the colon; `key:value` is a plain scalar, not a mapping.
  if (operator === ':' && rest.length > 0 && !/^\s/.test(rest)) return null;
  const value = readValue(rest.trim());
  if (value === null || !isSecretValue(key, value)) return null;
  // `leftToken = tokenAfterItem` is code; an env or INI value would not be a bare camelCase word.
  if (operator === '=' && /\s=/.test(line) && /^[A-Za-z_$]+$/.test(value) && !/^["']/.test(rest.trim())) return null;
  return { key, value };
}

/**
 * The scalar at the start of `rest`: a quoted string, or a bare word up to a comment. A bare word
 * in code (`token = nextToken;`, `password: BinaryLike,`) names a variable or type, not a value.
 */
function readValue(rest: string): string | null {
  const quote = rest[0];
  if (quote === '"' || quote === "'") {
    const end = rest.indexOf(quote, 1);
    return end < 0 ? null : rest.slice(1, end);
  }
  const bare = rest.replace(/\s+#.*$/, '').trim();
  if (/[;({[]$/.test(bare)) return null;
  if (bare.endsWith(',')) {
    const word = bare.slice(0, -1);
    return /^[A-Za-z_$][\w$]*$/.test(word) ? null : word;
  }
  return bare.length > 0 ? bare : null;
}
