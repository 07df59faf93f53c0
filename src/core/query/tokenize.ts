import type { ExpressionError, Token } from './Token';

const OPERATORS = ['==', '!=', '<=', '>=', '&&', '||', '<', '>', '!', '+', '-', '*', '/', '%'];
const PUNCT = '().,[]';
const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', '"': '"', "'": "'" };

function isIdentStart(ch: string): boolean {
  return /[\p{L}_$]/u.test(ch);
}
function isIdentPart(ch: string): boolean {
  return /[\p{L}\p{N}_$]/u.test(ch);
}

/** True when a token ends a value, so a following `/` divides rather than opening a regular expression. */
function endsValue(t: Token | undefined): boolean {
  if (!t) return false;
  if (t.type === 'number' || t.type === 'string' || t.type === 'regex' || t.type === 'ident') return true;
  return t.type === 'punct' && (t.text === ')' || t.text === ']');
}

/** Reads a `/pattern/flags` literal starting at `start` (a `/` where a value is expected). */
function readRegex(source: string, start: number): { ok: true; token: Token } | { ok: false; error: ExpressionError } {
  let i = start + 1;
  let inClass = false;
  for (;;) {
    const c = source[i];
    if (c === undefined || c === '\n')
      return { ok: false, error: { pos: start, message: 'unterminated regular expression (missing closing /)' } };
    if (c === '\\') {
      i += 2;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    else if (c === '/' && !inClass) break;
    i++;
  }
  const pattern = source.slice(start + 1, i);
  const flagsMatch = /^[a-z]*/i.exec(source.slice(i + 1));
  const flags = flagsMatch ? flagsMatch[0] : '';
  const end = i + 1 + flags.length;
  if (pattern === '') return { ok: false, error: { pos: start, message: 'empty regular expression' } };
  try {
    new RegExp(pattern, flags);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return { ok: false, error: { pos: start, message: `invalid regular expression: ${why}` } };
  }
  return { ok: true, token: { type: 'regex', text: pattern, flags, pos: start, end } };
}

/**
 * Splits an expression into tokens, or reports the first character it cannot read.
 * @example tokenize('due < today()') // ok, 6 tokens including eof
 */
export function tokenize(source: string): { ok: true; tokens: Token[] } | { ok: false; error: ExpressionError } {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const ch = source[i];
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    const start = i;
    if (/[0-9]/.test(ch) || (ch === '.' && /[0-9]/.test(source[i + 1] ?? ''))) {
      const bareDate = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?/.exec(source.slice(i));
      if (bareDate)
        return {
          ok: false,
          error: { pos: start, message: `a date needs quotes: write "${bareDate[0]}" or date("${bareDate[0]}")` },
        };
      const m = /^\d*(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(source.slice(i));
      const text = m ? m[0] : ch;
      i += text.length;
      if (isIdentPart(source[i] ?? ''))
        return { ok: false, error: { pos: start, message: `malformed number "${source.slice(start, i + 1)}"` } };
      tokens.push({ type: 'number', text, pos: start, end: i });
      continue;
    }
    if (ch === '"' || ch === "'") {
      let text = '';
      i++;
      for (;;) {
        if (i >= source.length)
          return { ok: false, error: { pos: start, message: `unterminated string (missing closing ${ch})` } };
        const c = source[i];
        if (c === ch) {
          i++;
          break;
        }
        if (c === '\\') {
          const e = source[i + 1];
          if (e === undefined || !(e in ESCAPES))
            return {
              ok: false,
              error: { pos: i, message: `unknown escape "\\${e ?? ''}" in string (known: \\n \\t \\r \\\\ \\" \\')` },
            };
          text += ESCAPES[e];
          i += 2;
          continue;
        }
        text += c;
        i++;
      }
      tokens.push({ type: 'string', text, pos: start, end: i });
      continue;
    }
    if (isIdentStart(ch)) {
      while (i < source.length && isIdentPart(source[i])) i++;
      tokens.push({ type: 'ident', text: source.slice(start, i), pos: start, end: i });
      continue;
    }
    if (ch === '/' && !endsValue(tokens[tokens.length - 1])) {
      const regex = readRegex(source, start);
      if (!regex.ok) return regex;
      tokens.push(regex.token);
      i = regex.token.end;
      continue;
    }
    const op = OPERATORS.find((o) => source.startsWith(o, i));
    if (op) {
      i += op.length;
      tokens.push({ type: 'op', text: op, pos: start, end: i });
      continue;
    }
    if (PUNCT.includes(ch)) {
      i++;
      tokens.push({ type: 'punct', text: ch, pos: start, end: i });
      continue;
    }
    const hint = ch === '=' ? ' (use == to compare)' : ch === '&' ? ' (use &&)' : ch === '|' ? ' (use ||)' : '';
    return { ok: false, error: { pos: start, message: `unexpected character "${ch}"${hint}` } };
  }
  tokens.push({ type: 'eof', text: '', pos: source.length, end: source.length });
  return { ok: true, tokens };
}
