import { describe, expect, test } from '@jest/globals';
import { BOOKMARK_STATUS_PHRASE, CHANGE_PHRASES, TASK_STATUS_PHRASE } from '../../src/core/actions/changePhrases';
import { ENUMS } from '../../src/core/kinds/registry';
import { commitMessage, type MessageChange } from '../../src/git/commitMessage';
import type { ItemSummary } from '../../src/git/itemChangePhrase';

const item = (kind: string, fields: Record<string, unknown>): ItemSummary => ({
  kind,
  title: 'X',
  fields: { stack: kind, ...fields },
});
const modified = (kind: string, before: Record<string, unknown>, after: Record<string, unknown>): MessageChange => ({
  path: `${kind}.md`,
  status: 'modified',
  before: item(kind, before),
  after: item(kind, after),
});

describe("git's change phrases are the core's words", () => {
  test.each(ENUMS.taskStatus.filter((s) => s !== 'todo'))(
    'a task moved to %s is described with the core phrase for it',
    (status) => {
      expect(commitMessage([modified('task', {}, { status })])).toBe(`task: X ${TASK_STATUS_PHRASE[status]}`);
    },
  );

  test('a task with no status reads as the registry default (todo), so removing a status reopens it', () => {
    expect(commitMessage([modified('task', { status: 'done' }, {})])).toBe(`task: X ${TASK_STATUS_PHRASE.todo}`);
  });

  test.each(ENUMS.bookmarkStatus.filter((s) => s !== 'inbox'))(
    'a bookmark moved to %s is described with the core phrase for it',
    (status) => {
      expect(commitMessage([modified('bookmark', {}, { status })])).toBe(
        `bookmark: X ${BOOKMARK_STATUS_PHRASE[status]}`,
      );
    },
  );

  test('a check-in reads as the habit action says it', () => {
    expect(commitMessage([modified('habit', { log: [] }, { log: ['2026-11-28'] })])).toBe(
      `habit: X ${CHANGE_PHRASES.checkedIn('2026-11-28')}`,
    );
  });
});
