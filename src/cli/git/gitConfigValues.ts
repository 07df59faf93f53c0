import { readFileSync } from 'node:fs';

/**
 * The `key = value` pairs of one section of a git config file, keys lower-cased (git's keys are
 * case-insensitive); later lines win. Handles comments (`#`, `;`), quoted values and escapes.
 * A missing or unreadable file has no values. `[include]` is not followed.
 * @example gitConfigValues('/home/ada/.gitconfig', 'user') // → Map { 'name' => 'Ada', 'email' => 'ada@example.org' }
 */
export function gitConfigValues(file: string, section: string): Map<string, string> {
  const values = new Map<string, string>();
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return values;
  }
  let current = '';
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    const header = /^\[\s*([A-Za-z0-9.-]+)(?:\s+"[^"]*")?\s*\]/.exec(line);
    if (header) {
      current = line.includes('"') ? '' : header[1].toLowerCase();
      continue;
    }
    if (current !== section.toLowerCase()) continue;
    const pair = /^([A-Za-z][A-Za-z0-9-]*)\s*(?:=\s*(.*))?$/.exec(line);
    if (pair) values.set(pair[1].toLowerCase(), unquote(pair[2] ?? 'true'));
  }
  return values;
}

/** A config value without its comment and quotes, with `\"`, `\\`, `\n`, `\t` unescaped. */
function unquote(value: string): string {
  let out = '';
  let quoted = false;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === '"') quoted = !quoted;
    else if (c === '\\' && i + 1 < value.length) {
      const next = value[++i];
      out += next === 'n' ? '\n' : next === 't' ? '\t' : next;
    } else if ((c === '#' || c === ';') && !quoted) break;
    else out += c;
  }
  return out.trim();
}
