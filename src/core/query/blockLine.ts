import { isNode, LineCounter, parseDocument } from 'yaml';
import { CORE_YAML } from '../notes/coreYaml';
import type { QueryError } from './Query';

/**
 * The 1-based line inside a block's source that a query error is about: its own line (YAML
 * syntax errors), else the line of the value at its path (`filters.and[2]`, `sort[1].direction`),
 * or of the nearest enclosing value that exists; 1 when nothing matches.
 * @example blockLine('kind: task\nsort: [-due, urgncy]', { path: 'sort[1]', … }) // 2
 */
export function blockLine(source: string, error: QueryError): number {
  if (error.line !== undefined) return error.line;
  const counter = new LineCounter();
  const doc = parseDocument(source, { ...CORE_YAML, lineCounter: counter, prettyErrors: false });
  const segments = pathSegments(error.path);
  for (let n = segments.length; n > 0; n--) {
    const node: unknown = doc.getIn(segments.slice(0, n), true);
    if (isNode(node) && node.range) return counter.linePos(node.range[0]).line;
  }
  return 1;
}

/** `filters.and[2]` → `['filters', 'and', 2]`. */
function pathSegments(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const part of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g))
    out.push(part[2] !== undefined ? Number(part[2]) : part[1]);
  return out;
}
