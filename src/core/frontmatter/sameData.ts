/**
 * Deep equality of plain YAML data (scalars, arrays, objects), key order included.
 * @example sameData({ a: [1] }, { a: [1] }) // true
 */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => sameData(item, b[i]));
  }
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const aKeys = Object.keys(a);
  const bKeys = Object.keys(b);
  return (
    aKeys.length === bKeys.length &&
    aKeys.every((key, i) => key === bKeys[i] && sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
  );
}
