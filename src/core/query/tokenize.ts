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
