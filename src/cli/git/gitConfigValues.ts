import { readFileSync } from 'node:fs';
import { parseConfigValue } from '../../git/configValue';

/** A config file's text, `null` when it is missing or unreadable. */
export type ConfigText = (file: string) => string | null;

/** Reads a config file from disk each time it is asked. */
export const readConfigText: ConfigText = (file) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
};

/** A {@link ConfigText} that reads each file at most once (one per CLI run: the identity and the excludes file share it). */
export function configTextOnce(read: ConfigText = readConfigText): ConfigText {
  const texts = new Map<string, string | null>();
  return (file) => {
    let text = texts.get(file);
    if (text === undefined) texts.set(file, (text = read(file)));
    return text;
  };
}

/**
 * The `key = value` pairs of one section of a git config file, keys lower-cased (git's keys are
 * case-insensitive); later lines win. Handles comments (`#`, `;`), quoted values and escapes.
 * A missing or unreadable file has no values. `[include]` is not followed.
 * @example gitConfigValues('/home/ada/.gitconfig', 'user') // → Map { 'name' => 'Ada', 'email' => 'ada@example.org' }
 */
export function gitConfigValues(file: string, section: string, read: ConfigText = readConfigText): Map<string, string> {
  const values = new Map<string, string>();
  const text = read(file);
  if (text === null) return values;
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
