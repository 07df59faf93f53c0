import type { Command, Editor } from 'obsidian';

/** The block inserted: open tasks due within a week, most urgent first (see docs/queries.md). */
export const STARTER_QUERY = [
  '```stack',
  'kind: task',
  'filters:',
  '  and:',
  '    - status != "done" && status != "cancelled"',
  '    - due <= today() + "7d"',
  'sort: [-urgency]',
  'fields: [title, due, priority, urgency]',
  '```',
].join('\n');

/** Inserts a ```stack block with a starter query at the cursor, on lines of its own. */
export function insertQueryBlockCommand(): Command {
  return { id: 'insert-query-block', name: 'Insert query block', editorCallback: (editor) => insertQueryBlock(editor) };
}

/** Replaces the selection with the starter block, adding line breaks so the fence starts and ends a line. */
export function insertQueryBlock(editor: Editor): void {
  const from = editor.getCursor('from');
  const to = editor.getCursor('to');
  const before = editor.getLine(from.line).slice(0, from.ch);
  const after = editor.getLine(to.line).slice(to.ch);
  const text = `${before.trim() === '' ? '' : '\n'}${STARTER_QUERY}\n${after.trim() === '' ? '' : '\n'}`;
  editor.replaceSelection(text);
}
