import type { Expr } from './Ast';
import type { Compiled } from './Compiled';
import { compileExpression, type CompileOptions } from './compileExpression';
import { parseExpression } from './parseExpression';
import type { QueryError } from './Query';
import { queryError } from './queryError';
import { propertyReader, readNoteProperty } from './properties';

/** A property id: optional `note.`/`file.` prefix and a name that may contain hyphens (`last-run`). */
const PROPERTY_ID_RE = /^(?:note\.)?[\p{L}_][\p{L}\p{N}_]*(?:-[\p{L}\p{N}_]+)+$/u;

/** Parses and compiles one expression at a block position (giving its syntax tree too); errors carry that position and the column. */
export function compileSource(
  source: string,
  path: string,
  options: CompileOptions = {},
): { ok: true; fn: Compiled; expr: Expr } | { ok: false; error: QueryError } {
  const parsed = parseExpression(source);
  if (!parsed.ok) return { ok: false, error: queryError(path, parsed.error.message, parsed.error.pos + 1) };
  const compiled = compileExpression(parsed.expr, options);
  if (!compiled.ok) return { ok: false, error: queryError(path, compiled.error.message, compiled.error.pos + 1) };
  return { ok: true, fn: compiled.fn, expr: parsed.expr };
}

/**
 * Compiles a property id as used in `sort`, `fields`, `groupBy` and `dates`: a hyphenated name
 * (`last-run`, `note.tls-expires`) reads that property; anything else is an expression (`file.name`, `urgency`).
 */
export function compileProperty(
  id: string,
  path: string,
  options: CompileOptions = {},
): { ok: true; fn: Compiled } | { ok: false; error: QueryError } {
  const text = id.trim();
  if (PROPERTY_ID_RE.test(text)) {
    if (text.startsWith('note.')) {
      const name = text.slice(5);
      return { ok: true, fn: (item) => readNoteProperty(item, name) };
    }
    return { ok: true, fn: propertyReader(text) };
  }
  return compileSource(text, path, options);
}
