/** Offset of the start of the line holding `at`. */
export function lineStartOf(src: string, at: number): number {
  return src.lastIndexOf('\n', at - 1) + 1;
}

/** Offset of the end of the line holding `at`, before its `\r\n` or `\n` (or the source length). */
export function lineEndOf(src: string, at: number): number {
  const nl = src.indexOf('\n', at);
  if (nl === -1) return src.length;
  return nl > at && src[nl - 1] === '\r' ? nl - 1 : nl;
}

/** Offset of the start of the line after the one holding `at` (or the source length). */
export function nextLineStart(src: string, at: number): number {
  const nl = src.indexOf('\n', at);
  return nl === -1 ? src.length : nl + 1;
}

/** Moves `at` back over blanks and line breaks, not below `floor`. */
export function trimBack(src: string, at: number, floor: number): number {
  let i = at;
  while (i > floor && /[ \t\r\n]/.test(src.charAt(i - 1))) i--;
  return i;
}

/** True when `src` from `from` to `to` holds only spaces and tabs. */
export function isBlank(src: string, from: number, to: number): boolean {
  return /^[ \t]*$/.test(src.slice(from, to));
}

/** Replaces `src[start, end)` with `insert`. */
export function splice(src: string, start: number, end: number, insert: string): string {
  return src.slice(0, start) + insert + src.slice(end);
}
