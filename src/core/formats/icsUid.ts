/** Every UID Vault Stack writes starts with this, so a CalDAV publish deletes only its own resources. */
export const ICS_UID_PREFIX = 'vault-stack-';

/**
 * A stable UID for one date of one note: the same path and field give the same UID in every export
 * (calendar apps update an event by UID instead of duplicating it). The path enters as a 64-bit
 * hash (two FNV-1a lanes), so the UID is short and safe as a CalDAV resource name (`<uid>.ics`).
 * Renaming a note gives its events new UIDs.
 * @example icsUid('Tasks/Pay rent.md', 'due') // 'vault-stack-3f9c…-due'
 */
export function icsUid(path: string, field: string): string {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < path.length; i++) {
    const c = path.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x01000193) >>> 0;
    b = (b ^ (b >>> 15)) >>> 0;
  }
  // The 16 hex digits as one string made from their character codes (no pieces to join: exports make thousands).
  return `${ICS_UID_PREFIX}${String.fromCharCode(
    hex(a, 28),
    hex(a, 24),
    hex(a, 20),
    hex(a, 16),
    hex(a, 12),
    hex(a, 8),
    hex(a, 4),
    hex(a, 0),
    hex(b, 28),
    hex(b, 24),
    hex(b, 20),
    hex(b, 16),
    hex(b, 12),
    hex(b, 8),
    hex(b, 4),
    hex(b, 0),
  )}-${field}`;
}

/** The character code of the hex digit of `n` at bit `shift`: `0`–`9`, `a`–`f`. */
function hex(n: number, shift: number): number {
  const digit = (n >>> shift) & 15;
  return digit < 10 ? 48 + digit : 87 + digit;
}
