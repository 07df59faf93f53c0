/**
 * Structural equality of two YAML-shaped values (plain objects, arrays, scalars), so an
 * upsert with unchanged frontmatter costs one walk of that note's frontmatter and nothing else.
 */
export function frontmatterEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === 'number' && typeof b === 'number') return Number.isNaN(a) && Number.isNaN(b);
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') {
    // null and undefined both mean "no frontmatter".
    return a == null && b == null;
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!frontmatterEqual(a[i], b[i])) return false;
    return true;
  }
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keys = Object.keys(ra);
  if (keys.length !== Object.keys(rb).length) return false;
  for (const key of keys) {
    if (!Object.prototype.hasOwnProperty.call(rb, key) || !frontmatterEqual(ra[key], rb[key])) return false;
  }
  return true;
}
