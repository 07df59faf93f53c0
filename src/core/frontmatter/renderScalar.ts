import { parseDocument, stringify } from 'yaml';
import { FrontmatterError } from './FrontmatterError';
import type { FrontmatterScalar } from './FrontmatterEdit';
import { YAML_OPTIONS } from './parseFrontmatterSource';

/** How a scalar is written: plain, `'single'` or `"double"` quoted. */
export type ScalarStyle = 'PLAIN' | 'QUOTE_SINGLE' | 'QUOTE_DOUBLE';

/** Where a scalar is written: as a block value (`key: x`, `- x`) or inside a flow list (`[x]`). */
export type ScalarContext = 'block' | 'flow';

/**
 * Writes a scalar as YAML source in the preferred style when that style can carry it, else in
 * double quotes. Strings are never written in a way that would parse as another type.
 * @example renderScalar('[[Home]]', 'PLAIN', 'block') // '"[[Home]]"'
 */
export function renderScalar(value: FrontmatterScalar, style: ScalarStyle, context: ScalarContext): string {
  if (typeof value !== 'string') return value === null ? 'null' : String(value);
  if (style === 'PLAIN' && isSafePlain(value)) return value;
  const candidates: string[] = [];
  if (style === 'PLAIN') candidates.push(value);
  if (style === 'QUOTE_SINGLE' && !/[\r\n]/.test(value)) candidates.push(`'${value.replace(/'/g, "''")}'`);
  candidates.push(JSON.stringify(value));
  candidates.push(
    stringify(value, { ...YAML_OPTIONS, defaultStringType: 'QUOTE_DOUBLE', lineWidth: 0 }).replace(/\r?\n$/, ''),
  );
  for (const candidate of candidates) {
    if (readsBackAs(candidate, value, context)) return candidate;
  }
  throw new FrontmatterError('render-failed', `cannot write ${JSON.stringify(value)} as a YAML scalar`);
}

/** Words and dates that YAML 1.2's core schema reads as numbers, booleans or null when plain. */
const CORE_NON_STRING =
  /^(?:[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?|0x[0-9a-fA-F]+|0o[0-7]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|true|True|TRUE|false|False|FALSE|null|Null|NULL)$/;

/**
 * A string that certainly reads back as itself when written plain, in block and flow context alike
 * (letters, digits, spaces, `_ . / -` and `:` not followed by a space), so the parse checks are skipped.
 */
function isSafePlain(value: string): boolean {
  return (
    /^[A-Za-z0-9_][A-Za-z0-9 _./:-]*$/.test(value) &&
    !value.endsWith(' ') &&
    !value.endsWith(':') &&
    !value.includes(': ') &&
    !CORE_NON_STRING.test(value)
  );
}

/**
 * Writes a mapping key: plain when it reads back as the same key, else double-quoted.
 * @example renderKey('last-run') // 'last-run'
 */
export function renderKey(key: string): string {
  for (const candidate of [key, JSON.stringify(key)]) {
    if (
      !/[\r\n]/.test(candidate) &&
      readsBack(`${candidate}: x\n`, (data) => Object.keys(data).length === 1 && data[key] === 'x')
    )
      return candidate;
  }
  throw new FrontmatterError('render-failed', `cannot write ${JSON.stringify(key)} as a YAML key`);
}

/** True when `source`, written in `context`, parses back to exactly `value` on one line. */
function readsBackAs(source: string, value: string, context: ScalarContext): boolean {
  if (source === '' || /[\r\n]/.test(source)) return false;
  if (context === 'flow')
    return readsBack(`k: [${source}]\n`, (data) => Array.isArray(data.k) && data.k.length === 1 && data.k[0] === value);
  return readsBack(`k: ${source}\n`, (data) => data.k === value);
}

/** Parses a one-line probe document and tests what it reads as. */
function readsBack(probe: string, test: (data: Record<string, unknown>) => boolean): boolean {
  const doc = parseDocument(probe, YAML_OPTIONS);
  if (doc.errors.length > 0 || doc.warnings.length > 0) return false;
  const data: unknown = doc.toJS();
  return typeof data === 'object' && data !== null && test(data as Record<string, unknown>);
}

/** The style an existing scalar was written in (block scalars, `|` and `>`, count as plain). */
export function styleOf(type: string | undefined): ScalarStyle {
  return type === 'QUOTE_SINGLE' || type === 'QUOTE_DOUBLE' ? type : 'PLAIN';
}
