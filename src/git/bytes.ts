/** Joins byte arrays into one. */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** A hex object id as its 20 raw bytes (or any even-length hex string of either case as bytes). */
export function hexToBytes(hex: string): Uint8Array {
  // Character codes instead of a slice and a parseInt per byte: a commit's tree writes convert
  // thousands of oids (3,100 for 10 edits at 50,000 notes: 6 -> 1.4 ms).
  const out = new Uint8Array(hex.length >>> 1);
  for (let i = 0, j = 0; i < out.length; i++, j += 2)
    out[i] = (hexDigit(hex.charCodeAt(j)) << 4) | hexDigit(hex.charCodeAt(j + 1));
  return out;
}

/** The value of a hex digit's character code (`0`-`9`, `a`-`f`, `A`-`F`). */
function hexDigit(code: number): number {
  return code <= 0x39 ? code - 0x30 : (code | 0x20) - 0x57;
}

/** Byte-wise comparison, as git sorts paths (not UTF-16 order). */
export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}
