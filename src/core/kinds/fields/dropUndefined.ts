/** A copy without the keys whose value is undefined (in the same order), so optional fields are absent rather than undefined. */
export function dropUndefined<T extends object>(value: T): T {
  // A fresh object instead of `delete`, which would turn the item data into a slow dictionary.
  const out: Record<string, unknown> = {};
  const source = value as Record<string, unknown>;
  for (const key in source) {
    const v = source[key];
    if (v !== undefined) out[key] = v;
  }
  return out as T;
}
