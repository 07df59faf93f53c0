import { describe, expect, it } from '@jest/globals';
import { editFrontmatter } from '../../../src/core/frontmatter/editFrontmatter';
import { Edits, wikilink } from '../../../src/core/frontmatter/FrontmatterEdit';
import { note } from './noteBuilder';

/** The edited text, failing the test with the refusal reason when the edit was refused. */
function edited(text: string, ...edits: Parameters<typeof editFrontmatter>[1]): string {
  const result = editFrontmatter(text, edits);
  if (!result.ok) throw new Error(result.reason);
  return result.text;
}

describe('editFrontmatter keeps the style of what it edits', () => {
  it('replaces a plain scalar in place and keeps its inline comment', () => {
    const text = note(['stack: task  # kind', 'status: todo # was doing', 'due: 2026-12-01']);
    expect(edited(text, Edits.set('status', 'done'))).toBe(
      note(['stack: task  # kind', 'status: done # was doing', 'due: 2026-12-01']),
    );
  });

  it('keeps single and double quotes on a replaced string', () => {
    const text = note(["title: 'Old title'", 'project: "[[Home]]"']);
    expect(edited(text, Edits.set('title', "Bob's list"), Edits.set('project', wikilink('Vault Stack')))).toBe(
      note(["title: 'Bob''s list'", 'project: "[[Vault Stack]]"']),
    );
  });

  it('quotes a new value that plain style cannot carry, in double quotes', () => {
    const text = note(['stack: task', 'project: home']);
    expect(edited(text, Edits.set('project', wikilink('Home')), Edits.set('priority', 'a: b'))).toBe(
      note(['stack: task', 'project: "[[Home]]"', 'priority: "a: b"']),
    );
  });

  it('quotes a string that would otherwise read as a number or a boolean', () => {
    const text = note(['code: abc', 'flag: x']);
    expect(edited(text, Edits.set('code', '42'), Edits.set('flag', 'true'))).toBe(note(['code: "42"', 'flag: "true"']));
  });

  it('appends to a flow list inside its brackets', () => {
    const text = note(['tags: [ home, "[[Work]]" ] # tags', 'empty: []']);
    expect(edited(text, Edits.append('tags', 'admin'), Edits.append('empty', '2026-11-28'))).toBe(
      note(['tags: [ home, "[[Work]]", "admin" ] # tags', 'empty: [2026-11-28]']),
    );
  });

  it('appends to a block list at its indentation, after the last item and its comment', () => {
    const text = note(['log:', '    - 2026-11-26', '    - 2026-11-27 # late', '# checked in by hand', 'goal: daily']);
    expect(edited(text, Edits.append('log', '2026-11-28', true))).toBe(
      note([
        'log:',
        '    - 2026-11-26',
        '    - 2026-11-27 # late',
        '    - 2026-11-28',
        '# checked in by hand',
        'goal: daily',
      ]),
    );
  });

  it('does nothing when appending an item that is already in the list with unique', () => {
    const text = note(['log:', '- 2026-11-28', 'goal: daily']);
    expect(editFrontmatter(text, [Edits.append('log', '2026-11-28', true)])).toEqual({
      ok: true,
      text,
      changed: false,
      created: false,
    });
  });

  it('removes a block list item with its line and keeps the comments around it', () => {
    const text = note(['log:', '  # November', '  - 2026-11-27', '  - 2026-11-28 # oops', 'goal: daily']);
    expect(edited(text, Edits.removeItem('log', '2026-11-28'))).toBe(
      note(['log:', '  # November', '  - 2026-11-27', 'goal: daily']),
    );
  });

  it('removes flow list items with their separators', () => {
    const text = note(['tags: [a, b, c, b]']);
    expect(edited(text, Edits.removeItem('tags', 'b'))).toBe(note(['tags: [a, c]']));
    expect(edited(text, Edits.removeItem('tags', 'a'))).toBe(note(['tags: [b, c, b]']));
  });

  it('writes an emptied list as [] so it stays a list', () => {
    const text = note(['log:', '  - 2026-11-28', 'goal: daily']);
    expect(edited(text, Edits.removeItem('log', '2026-11-28'))).toBe(note(['log: []', 'goal: daily']));
  });

  it('replaces a block list with a new one in the same layout, keeping the comment on the key line', () => {
    const text = note(['depends: # before this', '- "[[A]]"', '- "[[B]]"', 'status: todo']);
    expect(edited(text, Edits.set('depends', [wikilink('C'), wikilink('D')]))).toBe(
      note(['depends: # before this', '- "[[C]]"', '- "[[D]]"', 'status: todo']),
    );
  });

  it('turns a single value into a block list and keeps its comment on the key line', () => {
    const text = note(['tags: home # one for now', 'stack: device']);
    expect(edited(text, Edits.set('tags', ['home', 'lab']))).toBe(
      note(['tags: # one for now', '  - home', '  - lab', 'stack: device']),
    );
  });

  it('adds a new key after the last line of the frontmatter, lists in the block style already used', () => {
    const text = note(['stack: habit', 'tags:', '    - health', '# end']);
    expect(edited(text, Edits.set('started', '2026-11-28'), Edits.append('log', '2026-11-28'))).toBe(
      note(['stack: habit', 'tags:', '    - health', '# end', 'started: 2026-11-28', 'log:', '    - 2026-11-28']),
    );
  });

  it('adds a new key just below a commented-out line for it, as templates write them', () => {
    const text = note(['stack: task', '# due: YYYY-MM-DD (When it must be done)', 'priority: high']);
    expect(edited(text, Edits.set('due', '2026-12-01'))).toBe(
      note(['stack: task', '# due: YYYY-MM-DD (When it must be done)', 'due: 2026-12-01', 'priority: high']),
    );
  });

  it('adds a new key at the end when its commented-out line sits inside a list', () => {
    const text = note(['log:', '- 2026-11-27', '# due: old', '- 2026-11-28', 'goal: daily']);
    expect(edited(text, Edits.set('due', '2026-12-01'))).toBe(
      note(['log:', '- 2026-11-27', '# due: old', '- 2026-11-28', 'goal: daily', 'due: 2026-12-01']),
    );
  });

  it('fills an empty value in place and clears a value to empty', () => {
    const text = note(['done:', 'due: 2026-12-01 # soft', 'stack: task']);
    expect(edited(text, Edits.set('done', '2026-11-28'), Edits.set('due', null))).toBe(
      note(['done: 2026-11-28', 'due: # soft', 'stack: task']),
    );
  });

  it('deletes a key with its value lines but keeps the comment above it', () => {
    const text = note(['stack: task', '# when', 'scheduled:', '  - nope', 'due: 2026-12-01']);
    expect(edited(text, Edits.delete('scheduled'))).toBe(note(['stack: task', '# when', 'due: 2026-12-01']));
  });

  it('keeps CRLF line endings, the BOM and a body with --- lines byte for byte', () => {
    const options = { eol: '\r\n', bom: true };
    const body = ['---', 'Text with key: value', '---'];
    const text = note(['stack: habit', 'log: [2026-11-27]'], body, options);
    expect(edited(text, Edits.append('log', '2026-11-28'), Edits.set('paused', true))).toBe(
      note(['stack: habit', 'log: [2026-11-27, 2026-11-28]', 'paused: true'], body, options),
    );
  });

  it('keeps a quoted key as written', () => {
    const text = note(['"last-run": 2026-11-27T03:00']);
    expect(edited(text, Edits.set('last-run', '2026-11-28T03:00'))).toBe(note(['"last-run": 2026-11-28T03:00']));
  });

  it('replaces a literal block value with a one-line value', () => {
    const text = note(['notes: |', '  line one', '  line two', 'stack: device']);
    expect(edited(text, Edits.set('notes', 'short'))).toBe(note(['notes: short', 'stack: device']));
  });
});

describe('editFrontmatter on notes without frontmatter', () => {
  it('creates a block at the top and says so', () => {
    const text = note(null, ['# Heading', '---', 'text']);
    expect(editFrontmatter(text, [Edits.set('stack', 'habit'), Edits.append('log', '2026-11-28')])).toEqual({
      ok: true,
      text: note(['stack: habit', 'log:', '  - 2026-11-28'], ['# Heading', '---', 'text']),
      changed: true,
      created: true,
    });
  });

  it('creates the block after a BOM with the note line endings', () => {
    const text = note(null, ['text'], { eol: '\r\n', bom: true });
    expect(edited(text, Edits.set('stack', 'task'))).toBe(note(['stack: task'], ['text'], { eol: '\r\n', bom: true }));
  });

  it('leaves the note alone when the edits need no block', () => {
    const text = note(null, ['text']);
    expect(editFrontmatter(text, [Edits.delete('due'), Edits.removeItem('log', '2026-11-28')])).toEqual({
      ok: true,
      text,
      changed: false,
      created: false,
    });
  });
});

describe('editFrontmatter refuses what it cannot edit safely', () => {
  it.each([
    ['a block that never closes', '---\nstack: task\nstatus: todo\n', 'unclosed'],
    ['invalid YAML', note(['stack: task', 'tags: [a, b', 'due: 2026-12-01']), 'yaml-error'],
    ['a tab-indented value', note(['stack: task', 'nested:', '\tkey: 1']), 'yaml-error'],
    ['duplicate keys', note(['stack: task', 'status: todo', 'status: done']), 'duplicate-key'],
    ['a list at the top', note(['- stack', '- task']), 'not-a-map'],
    ['a flow map at the top', note(['{stack: task}']), 'not-a-map'],
    ['two YAML documents', note(['stack: task', '...', 'status: todo']), 'yaml-error'],
    ['an alias to a missing anchor', note(['stack: task', 'due: *when']), 'yaml-error'],
  ])('refuses %s and gives a reason', (_name, text, code) => {
    const result = editFrontmatter(text, [Edits.set('status', 'done')]);
    expect(result).toMatchObject({ ok: false, code });
    expect(result.ok ? '' : result.reason).toMatch(/frontmatter/);
  });

  it('refuses a list edit on a key that holds text', () => {
    const result = editFrontmatter(note(['log: 2026-11-27']), [Edits.append('log', '2026-11-28')]);
    expect(result).toEqual({
      ok: false,
      code: 'not-a-list',
      reason: 'cannot add to `log`: it holds the text "2026-11-27", not a list',
    });
  });

  it('refuses a malformed edit before touching anything', () => {
    expect(editFrontmatter(note(['a: 1']), [Edits.set('', 'x')])).toMatchObject({ ok: false, code: 'bad-edit' });
    expect(editFrontmatter(note(['a: 1']), [Edits.set('a', Number.NaN)])).toMatchObject({
      ok: false,
      code: 'bad-edit',
    });
  });

  it('refuses an edit to a value that an alias elsewhere depends on', () => {
    const text = note(['base: &b 2026-11-27', 'copy: *b']);
    expect(editFrontmatter(text, [Edits.set('base', '2026-11-28')])).toMatchObject({ ok: false, code: 'unsafe-edit' });
  });
});
