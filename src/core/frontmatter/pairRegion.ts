import { isScalar, isSeq, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { isBlank, lineStartOf, trimBack } from './sourceText';

/** The source offsets of one top-level `key: value` pair. */
export interface PairRegion {
  pair: Pair;
  /** Start of the key. */
  keyStart: number;
  /** Just past the `:` after the key. */
  colonEnd: number;
  /** Just past the value's last character (before a trailing comment); `colonEnd` when empty. */
  contentEnd: number;
  /** The value node, or null when the value is empty (`key:`). */
  value: Node | null;
}

/** Finds the pair for `key` in the root map and its source offsets; null when absent or not locatable. */
export function findPair(src: string, map: YAMLMap | null, key: string): PairRegion | 'absent' | 'unlocatable' {
  if (map === null) return 'absent';
  // Keys such as `1:` or `true:` are not strings in YAML but are the same key to a reader of the note.
  const pair = map.items.find((item) => isScalar(item.key) && String(item.key.value) === key);
  if (pair === undefined) return 'absent';
  const keyNode = pair.key as Node;
  const keyRange = keyNode.range;
  if (!keyRange || !isBlank(src, lineStartOf(src, keyRange[0]), keyRange[0])) return 'unlocatable';
  let colon = keyRange[1];
  while (src[colon] === ' ' || src[colon] === '\t') colon++;
  if (src[colon] !== ':') return 'unlocatable';
  const colonEnd = colon + 1;
  const valueNode = pair.value as Node | null;
  const value =
    valueNode && !(isScalar(valueNode) && valueNode.value === null && valueNode.range?.[0] === valueNode.range?.[1])
      ? valueNode
      : null;
  if (value !== null && !value.range) return 'unlocatable';
  const contentEnd = value?.range ? trimBack(src, value.range[1], value.range[0]) : colonEnd;
  return { pair, keyStart: keyRange[0], colonEnd, contentEnd, value };
}

/** The column at which the root map's keys start (0 for an empty map). */
export function mapIndent(src: string, map: YAMLMap | null): string {
  const start = map?.range?.[0];
  if (start === undefined || map === null || map.items.length === 0) return '';
  return src.slice(lineStartOf(src, start), start);
}

/** The text before each item of a block list, such as `  - `; null when the list is not laid out one item per line. */
export function blockItemPrefix(src: string, seq: YAMLSeq): string | null {
  const start = seq.range?.[0];
  if (start === undefined || src[start] !== '-') return null;
  const indent = src.slice(lineStartOf(src, start), start);
  if (!/^[ \t]*$/.test(indent)) return null;
  const spacing = /^-([ \t]+)/.exec(src.slice(start))?.[1] ?? ' ';
  return `${indent}-${spacing}`;
}

/** The item prefix to use for new block lists: the first block list's in this frontmatter, else `  - `. */
export function defaultItemPrefix(src: string, map: YAMLMap | null): string {
  for (const pair of map?.items ?? []) {
    if (isSeq(pair.value) && pair.value.flow !== true) {
      const prefix = blockItemPrefix(src, pair.value);
      if (prefix !== null) return prefix;
    }
  }
  return `${mapIndent(src, map)}  - `;
}

/** True when the node is a block (not flow) list. */
export function isBlockSeq(node: Node | null): node is YAMLSeq {
  return isSeq(node) && node.flow !== true;
}

/** True when the node is a flow list `[a, b]`. */
export function isFlowSeq(node: Node | null): node is YAMLSeq {
  return isSeq(node) && node.flow === true;
}
