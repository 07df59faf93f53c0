import { describe, expect, it } from '@jest/globals';
import { inlineTasksOf } from '../../../src/core/inline/inlineTaskItem';
import { DEFAULT_TASKS_SETTINGS } from '../../../src/core/inline/TasksSettings';
import { parseQuery } from '../../../src/core/query/parseQuery';
import { runQuery } from '../../../src/core/query/runQuery';
import { CLOCK } from './evaluate';

const items = inlineTasksOf(
  'Daily/Week.md',
  [
    { line: 3, text: '- [ ] Pay rent #home 📅 2026-12-01 ⏫' },
    { line: 4, text: '- [x] Call mum ✅ 2026-11-27' },
  ],
  DEFAULT_TASKS_SETTINGS,
).items;

function titles(yaml: string): string[] {
  const parsed = parseQuery(yaml);
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('\n'));
  return runQuery(parsed.query, items, CLOCK).rows.map((r) => r.item.title);
}

describe('queries over inline tasks', () => {
  it('read their fields as a task note’s properties, and file.* as the note holding them', () => {
    expect(titles('kind: task\nfilters:\n  and:\n    - status == "todo"\n    - priority == "high"')).toEqual([
      'Pay rent #home',
    ]);
    expect(titles('filters: due < "2026-12-02"')).toEqual(['Pay rent #home']);
    expect(titles('filters: file.inFolder("Daily")')).toEqual(['Pay rent #home', 'Call mum']);
    expect(titles('filters: file.name == "Week.md"')).toHaveLength(2);
    expect(titles('filters: file.hasTag("home")')).toEqual(['Pay rent #home']);
  });
});
