/** Reads an own entry of a table by a user-written name (never `constructor`, `toString` from the prototype). */
export function lookup<T>(table: Readonly<Record<string, T>>, name: string): T | undefined {
  // The plain read first: most reads miss (a property most notes lack), and a miss needs no own-key check.
  const v = table[name];
  return v !== undefined && Object.prototype.hasOwnProperty.call(table, name) ? v : undefined;
}
