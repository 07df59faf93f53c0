/** A config value as git reads it: quotes removed, escapes resolved (`\n`, `\t`, any other escaped character as itself), a comment outside quotes dropped. */
export function parseConfigValue(raw: string): string {
  let out = '';
  let quoted = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === '"') quoted = !quoted;
    else if (c === '\\' && i + 1 < raw.length) {
      const next = raw[++i];
      out += next === 'n' ? '\n' : next === 't' ? '\t' : next;
    } else if ((c === ';' || c === '#') && !quoted) break;
    else out += c;
  }
  return out.trim();
}
