import type { YAMLMap } from 'yaml';
import { applyToData } from './applyToData';
import type { EditContext } from './EditStep';
import { Edits, type FrontmatterValue } from './FrontmatterEdit';
import { defaultItemPrefix, mapIndent } from './pairRegion';
import { parseFrontmatterSource } from './parseFrontmatterSource';
import { blockListText } from './renderList';
import { renderKey, renderScalar } from './renderScalar';
import { sameData } from './sameData';
import { nextLineStart, splice } from './sourceText';

/**
 * Adds `key: value` as a new entry at the map's indentation: just below a commented-out line for
 * the same key (`# due: YYYY-MM-DD`, as templates write) when there is one, else after the last line.
 */
export function insertPair(ctx: EditContext, key: string, value: FrontmatterValue): string {
  const { src, eol } = ctx;
  const map = ctx.parsed.map;
  const entry = `${mapIndent(src, map)}${renderKey(key)}:${valueText(src, map, value, eol)}${eol}`;
  const below = placeholderEnd(src, mapIndent(src, map), key);
  if (below !== null) {
    const candidate = splice(src, below, below, entry);
    // The comment might sit inside a multi-line value; only keep this placement when it reads right.
    const parsed = parseFrontmatterSource(candidate);
    if (!('ok' in parsed) && sameData(parsed.data, applyToData(ctx.parsed.data, Edits.set(key, value))))
      return candidate;
  }
  const separator = src === '' || src.endsWith('\n') ? '' : eol;
  return `${src}${separator}${entry}`;
}

/** The value part of a new entry, starting after the colon. */
function valueText(src: string, map: YAMLMap | null, value: FrontmatterValue, eol: string): string {
  if (value === null) return '';
  if (!Array.isArray(value)) return ` ${renderScalar(value, 'PLAIN', 'block')}`;
  if (value.length === 0) return ' []';
  return blockListText(value, defaultItemPrefix(src, map), eol, () => 'PLAIN');
}

/**
 * The offset just past a comment line `# key: …` at the map's indentation that is followed (after
 * blank and comment lines) by another key line or the end; null when there is none.
 */
function placeholderEnd(src: string, indent: string, key: string): number | null {
  const names = [key, renderKey(key)].map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const placeholder = new RegExp(`^${indent}#[ \\t]*(?:${names.join('|')})[ \\t]*:(?:[ \\t]|\\r?$)`);
  const keyLine = new RegExp(`^${indent}(?:"[^"]*"|'[^']*'|[^\\s#\\-[\\]{},'"][^:]*):(?:[ \\t]|\\r?$)`);
  let at = 0;
  while (at < src.length) {
    const next = nextLineStart(src, at);
    if (src[next - 1] === '\n' && placeholder.test(src.slice(at, next - 1))) {
      let probe = next;
      while (probe < src.length && /^[ \t]*(#.*)?\r?\n?$/.test(src.slice(probe, nextLineStart(src, probe))))
        probe = nextLineStart(src, probe);
      if (probe >= src.length || keyLine.test(src.slice(probe, nextLineStart(src, probe)).replace(/\n$/, '')))
        return next;
    }
    at = next;
  }
  return null;
}
