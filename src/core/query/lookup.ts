/** Reads an own entry of a table by a user-written name (never `constructor`, `toString` from the prototype). */
export function lookup<T>(table: Readonly<Record<string, T>>, name: string): T | undefined {
  // The own-key check first: most reads miss (a property most notes lack), and a miss read as
  // `table[name]` looks through the prototype chain too, which costs more than the check.
  return Object.prototype.hasOwnProperty.call(table, name) ? table[name] : undefined;
}
