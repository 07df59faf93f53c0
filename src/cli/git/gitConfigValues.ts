import { readFileSync } from 'node:fs';
import { parseConfigValue } from '../../git/configValue';

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
    if (pair) values.set(pair[1].toLowerCase(), parseConfigValue(pair[2] ?? 'true'));
  }
  return values;
}
