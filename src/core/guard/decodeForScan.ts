const utf8 = new TextDecoder('utf-8');
const utf16le = new TextDecoder('utf-16le');
const utf16be = new TextDecoder('utf-16be');

/** How many leading bytes decide whether a file without a byte order mark is UTF-16. */
const SNIFF_BYTES = 4096;

/**
 * Decodes a file's bytes for the secret guard, never refusing: UTF-16 LE or BE when a byte order
 * mark says so, or when NUL bytes sit in every other position the way UTF-16 puts them around
 * ASCII; otherwise UTF-8, with U+FFFD for bytes that are not (Latin-1, a stray NUL, binary).
 * A secret is ASCII in every encoding a vault holds, so it survives a lenient decode.
 * @example decodeForScan(new Uint8Array([0xff, 0xfe, 0x41, 0x00])) // 'A'
 */
export function decodeForScan(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16le.decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16be.decode(bytes);
  const order = utf16WithoutBom(bytes);
  if (order === 'le') return utf16le.decode(bytes);
  if (order === 'be') return utf16be.decode(bytes);
  return utf8.decode(bytes);
}

/**
 * `le` or `be` when the first bytes look like UTF-16 text without a byte order mark: most code
 * units of ASCII text have a NUL high byte, so NULs fill one parity and (almost) never the other.
 */
function utf16WithoutBom(bytes: Uint8Array): 'le' | 'be' | null {
  const end = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (end < 4) return null;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < end; i += 2) {
    if (bytes[i] === 0) evenNuls++;
    if (bytes[i + 1] === 0) oddNuls++;
  }
  const units = end / 2;
  if (oddNuls >= units * 0.4 && evenNuls <= units * 0.05) return 'le';
  if (evenNuls >= units * 0.4 && oddNuls <= units * 0.05) return 'be';
  return null;
}
