/** The begin marker of a generated region: an Obsidian comment, invisible in reading view. */
export function beginMarker(name: string, hash: string): string {
  return `%% vault-stack:begin ${name} hash=${hash} %%`;
}

/** The end marker of every generated region. */
export const END_MARKER = '%% vault-stack:end %%';

/** What a begin marker line says: the region's name and the hash of what was written, if any. */
export interface BeginLine {
  name: string;
  hash?: string;
}

const BEGIN = /^%% vault-stack:begin ([A-Za-z0-9][\w.-]*)(?: hash=([0-9a-f]+))? %%\s*$/;
const END = /^%% vault-stack:end %%\s*$/;

/** Reads a begin marker line, or null when the line is not one. */
export function parseBeginLine(line: string): BeginLine | null {
  const m = BEGIN.exec(line);
  if (!m) return null;
  return m[2] === undefined ? { name: m[1] } : { name: m[1], hash: m[2] };
}

/** Whether a line is the end marker. */
export function isEndLine(line: string): boolean {
  return END.test(line);
}

/** Whether a region name can go in a marker: a letter or digit, then letters, digits, `_`, `.` or `-`. */
export function isRegionName(name: string): boolean {
  return /^[A-Za-z0-9][\w.-]*$/.test(name);
}
