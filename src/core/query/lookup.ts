/** Reads an own entry of a table by a user-written name (never `constructor`, `toString` from the prototype). */
export function lookup<T>(table: Readonly<Record<string, T>>, name: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(table, name) ? table[name] : undefined;
}
