import { normaliseTicks } from './checkboxTicks';

/**
 * The hash stored in a begin marker: FNV-1a (32 bit, hex) of the region's lines with every
 * checkbox unticked, so ticking a box is not an edit but changing a line is.
 * @example regionHash('- [x] a') === regionHash('- [ ] a')
 */
export function regionHash(lines: readonly string[]): string {
  let h = 0x811c9dc5;
  const text = lines.map(normaliseTicks).join('\n');
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}
