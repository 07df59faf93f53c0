/**
 * Deep equality of plain YAML data (scalars, arrays, objects); the order of map keys is not data.
 * @example sameData({ a: [1], b: 2 }, { b: 2, a: [1] }) // true
 */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => sameData(item, b[i]));
  }
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const aRecord = a as Record<string, unknown>;
  const bRecord = b as Record<string, unknown>;
  const aKeys = Object.keys(aRecord);
  return (
    aKeys.length === Object.keys(bRecord).length &&
    aKeys.every((key) => Object.prototype.hasOwnProperty.call(bRecord, key) && sameData(aRecord[key], bRecord[key]))
  );
}
