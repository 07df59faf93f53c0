/** `--guard-allow a,b` as a list of globs. */
export function allowlistFlag(value: string | boolean | undefined): string[] {
  return typeof value === 'string'
    ? value
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '')
    : [];
}
