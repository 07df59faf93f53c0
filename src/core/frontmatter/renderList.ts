import { isScalar, type Node } from 'yaml';
import type { FrontmatterScalar } from './FrontmatterEdit';
import { renderScalar, styleOf, type ScalarStyle } from './renderScalar';

/** The style of an existing list item or value: its quote style when a scalar, else plain. */
export function styleOfNode(node: unknown): ScalarStyle {
  return isScalar(node as Node) ? styleOf((node as { type?: string }).type) : 'PLAIN';
}

/** Picks, for the i-th new item, the style of the old item at i, else of the last old item. */
export function styleFromOld(oldItems: readonly unknown[]): (i: number) => ScalarStyle {
  return (i) => (oldItems.length === 0 ? 'PLAIN' : styleOfNode(oldItems[Math.min(i, oldItems.length - 1)]));
}

/**
 * Writes list items one per line, each starting with a line break: `\n  - a\n  - b`.
 * @example blockListText(['a'], '  - ', '\n', () => 'PLAIN') // '\n  - a'
 */
export function blockListText(
  values: readonly FrontmatterScalar[],
  prefix: string,
  eol: string,
  style: (i: number) => ScalarStyle,
): string {
  return values.map((value, i) => `${eol}${prefix}${renderScalar(value, style(i), 'block')}`).join('');
}

/**
 * Writes a flow list: `[a, "[[b]]"]`.
 * @example flowListText(['a', 'b'], () => 'PLAIN') // '[a, b]'
 */
export function flowListText(values: readonly FrontmatterScalar[], style: (i: number) => ScalarStyle): string {
  return `[${values.map((value, i) => renderScalar(value, style(i), 'flow')).join(', ')}]`;
}
