/** Test helpers: read a realistic note the way the plugin does, and apply an action plan to it. */
import { expect } from '@jest/globals';
import { parse } from 'yaml';
import type { ActionPlan } from '../../../src/core/actions/ActionPlan';
import { editFrontmatter } from '../../../src/core/frontmatter/editFrontmatter';
import { locateFrontmatter } from '../../../src/core/frontmatter/locateFrontmatter';
import { parseItem } from '../../../src/core/kinds/parseItem';
import type { BuiltinKind, KindData } from '../../../src/core/model/Item';

/** Builds note text from frontmatter lines and body lines. */
export function noteText(frontmatter: readonly string[], body: readonly string[] = ['Notes go here.']): string {
  return ['---', ...frontmatter, '---', ...body].map((line) => `${line}\n`).join('');
}

/** The kind data of a note, through the real YAML parser and the real kind parser. */
export function dataOf<K extends BuiltinKind>(text: string, kind: K): KindData[K] {
  const location = locateFrontmatter(text);
  if (location.kind !== 'block') throw new Error('test note has no frontmatter');
  const frontmatter = parse(text.slice(location.start, location.end), { schema: 'core' }) as Record<string, unknown>;
  const { item } = parseItem({ path: 'Test.md', frontmatter }, new Map());
  if (item === null || item.data.type !== kind) throw new Error(`test note is not a ${kind}`);
  return item.data as KindData[K];
}

/** The note after applying a plan (which must succeed), with the plan's summary. */
export function applyPlan(text: string, plan: ActionPlan): { text: string; summary: string } {
  if (!plan.ok) throw new Error(`plan refused: ${plan.message}`);
  const result = editFrontmatter(text, plan.edits);
  if (!result.ok) throw new Error(`edit refused: ${result.reason}`);
  expect(result.changed).toBe(plan.edits.length > 0);
  return { text: result.text, summary: plan.summary };
}
