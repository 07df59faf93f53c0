/** One CSV record: its fields and the line it starts on. */
export interface CsvRecord {
  fields: string[];
  line: number;
}

/** What {@link readCsv} gives: the records, or where a quoted field runs off the end. */
export type ReadCsv = { ok: true; records: CsvRecord[] } | { ok: false; line: number; message: string };

/**
 * Reads RFC 4180 CSV: fields split on `,`, records on CRLF or LF, a field in double quotes may hold
 * commas, line breaks and `""` for a quote. Blank lines are skipped. A quote that is never closed
 * fails, naming the line the record started on.
 * @example readCsv('a,"b ""c""\nd"\r\n1,2') // { ok: true, records: [{ fields: ['a', 'b "c"\nd'], line: 1 }, { fields: ['1', '2'], line: 3 }] }
 */
export function readCsv(text: string): ReadCsv {
  const records: CsvRecord[] = [];
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  while (i < n) {
    const start = line;
    const fields: string[] = [];
    for (;;) {
      let field = '';
      if (text[i] === '"') {
        i++;
        for (;;) {
          const q = text.indexOf('"', i);
          if (q < 0) return { ok: false, line: start, message: 'a quoted field is never closed (a " is missing)' };
          field += text.slice(i, q);
          line += countNewlines(text, i, q);
          if (text[q + 1] === '"') {
            field += '"';
            i = q + 2;
          } else {
            i = q + 1;
            break;
          }
        }
        // Text after the closing quote up to the separator is kept, as lenient readers do.
        const rest = nextSeparator(text, i);
        field += text.slice(i, rest);
        i = rest;
      } else {
        const end = nextSeparator(text, i);
        field = text.slice(i, end);
        i = end;
      }
      fields.push(field);
      if (text[i] === ',') {
        i++;
        continue;
      }
      break;
    }
    if (text[i] === '\r') i++;
    if (text[i] === '\n') i++;
    line++;
    if (!(fields.length === 1 && fields[0] === '')) records.push({ fields, line: start });
  }
  return { ok: true, records };
}

function nextSeparator(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 10 || (c === 13 && text.charCodeAt(i + 1) === 10) || c === 13) return i;
    i++;
  }
  return i;
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) count++;
  return count;
}
