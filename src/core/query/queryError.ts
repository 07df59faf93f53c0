import type { QueryError } from './Query';

/** Builds a query error value; `column` is 1-based within the expression at `path`. */
export function queryError(path: string, reason: string, column?: number, line?: number): QueryError {
  const where =
    line !== undefined
      ? `${path} (line ${line}, column ${column ?? 1})`
      : column !== undefined
        ? `${path} (column ${column})`
        : path;
  return {
    code: 'QUERY_INVALID',
    path,
    reason,
    message: `${where}: ${reason}`,
    ...(column !== undefined ? { column } : {}),
    ...(line !== undefined ? { line } : {}),
  };
}

/** Describes a YAML value for "expected …, found …" messages. */
export function describeYaml(v: unknown): string {
  if (v === null || v === undefined) return 'nothing';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return `the text ${JSON.stringify(v)}`;
  if (typeof v === 'number' || typeof v === 'boolean') return `${typeof v} ${v}`;
  return typeof v;
}
