import type { Value } from './Value';

/**
 * The Bases type name of a value, for `isType(name)`: `null`, `boolean`, `number`, `string`,
 * `date`, `duration`, `link`, `file`, `list`, `object` or `regexp`.
 * @example typeName([1]) // 'list'
 */
export function typeName(v: Value): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'list';
  if (typeof v === 'object') return v.type;
  return typeof v;
}
