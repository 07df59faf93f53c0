import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { parse } from 'yaml';
import { editFrontmatter } from '../../../src/core/frontmatter/editFrontmatter';
import { Edits, type FrontmatterEdit } from '../../../src/core/frontmatter/FrontmatterEdit';
import { parseFrontmatter } from '../../../src/core/notes/parseFrontmatter';
import { expectedData } from './dataModel';
import { KEY_POOL, noteArbitrary, renderNote, scalarValue, type RenderedNote } from './frontmatterArbitrary';

const YAML = { schema: 'core' } as const;

/** True for the values an edit can write as a list item. */
function isScalar(value: unknown): value is string | number | boolean | null {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

/** An edit aimed at a key the note has, a pool key, or a new key; values from the realistic pools. */
function editArbitrary(note: RenderedNote): fc.Arbitrary<FrontmatterEdit> {
  const existing = Object.keys(note.data);
  const key = fc.oneof(
    {
      weight: existing.length > 0 ? 4 : 0,
      arbitrary: existing.length > 0 ? fc.constantFrom(...existing) : fc.constant('stack'),
    },
    { weight: 2, arbitrary: fc.constantFrom(...KEY_POOL, 'new-field', 'last-result') },
  );
  const oldItems = Object.values(note.data).flatMap((v) => (Array.isArray(v) ? (v as unknown[]).filter(isScalar) : []));
  const item = oldItems.length > 0 ? fc.oneof(scalarValue, fc.constantFrom(...oldItems)) : scalarValue;
  return fc.oneof(
    fc.tuple(key, fc.oneof(scalarValue, fc.array(scalarValue, { maxLength: 3 }))).map(([k, v]) => Edits.set(k, v)),
    key.map((k) => Edits.delete(k)),
    fc.tuple(key, item, fc.boolean()).map(([k, v, unique]) => Edits.append(k, v, unique)),
    fc.tuple(key, item).map(([k, v]) => Edits.removeItem(k, v)),
  );
}

const noteWithEdit = noteArbitrary.map(renderNote).chain((note) => fc.tuple(fc.constant(note), editArbitrary(note)));

/** True when `after` is `before` with text inserted at one line boundary (or unchanged). */
function isLineInsertion(before: string, after: string): boolean {
  const added = after.length - before.length;
  if (added < 0) return false;
  for (let at = 0; at <= before.length; at = before.indexOf('\n', at) + 1 || before.length + 1) {
    if (
      after.startsWith(before.slice(0, at)) &&
      after.endsWith(before.slice(at)) &&
      (added === 0 || after.slice(at, at + added).endsWith('\n'))
    )
      return true;
  }
  return false;
}

/** The frontmatter source and body of an edited note, checked to keep the head and tail bytes. */
function splitEdited(note: RenderedNote, text: string): string {
  expect(text.startsWith(note.head)).toBe(true);
  expect(text.endsWith(note.tail)).toBe(true);
  return text.slice(note.head.length, text.length - note.tail.length);
}

describe('editFrontmatter on generated notes', () => {
  it('generates notes whose frontmatter yaml reads as the model data', () => {
    fc.assert(
      fc.property(noteArbitrary.map(renderNote), (note) => {
        expect(parse(note.source, YAML) ?? {}).toEqual(note.data);
      }),
      { numRuns: 200 },
    );
  });

  it('gives exactly the old data with the edit applied, and refuses list edits on non-lists', () => {
    fc.assert(
      fc.property(noteWithEdit, ([note, edit]) => {
        const expected = expectedData(note.data, edit);
        const result = editFrontmatter(note.text, [edit]);
        if (expected === 'not-a-list') {
          expect(result).toMatchObject({ ok: false, code: 'not-a-list' });
          return;
        }
        if (!result.ok) throw new Error(`refused ${JSON.stringify(edit)}: ${result.reason}\n${note.text}`);
        expect(parse(splitEdited(note, result.text), YAML) ?? {}).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('leaves every byte outside the edited key entry identical and writes the note line endings', () => {
    // Precisely: with the old YAML source = P + E + S, where E is the edited key's lines (key line,
    // its value's lines and their inline comments, line endings included; comment and blank lines
    // around it belong to P and S), the new source is P + E' + S. For a key that was absent, E is an
    // empty range at a line boundary (the end, or below a commented-out `# key:` line), so the new
    // source is the old one with whole lines inserted at one place.
    fc.assert(
      fc.property(noteWithEdit, ([note, edit]) => {
        const result = editFrontmatter(note.text, [edit]);
        if (!result.ok) return;
        const source = splitEdited(note, result.text);
        const range = note.ranges.get(edit.key);
        if (range === undefined) {
          expect(isLineInsertion(note.source, source)).toBe(true);
        } else {
          const before = note.source.slice(0, range[0]);
          const after = note.source.slice(range[1]);
          expect(source.startsWith(before)).toBe(true);
          expect(source.endsWith(after)).toBe(true);
          expect(source.length).toBeGreaterThanOrEqual(before.length + after.length);
        }
        const lineBreaks = source.match(/\r?\n/g) ?? [];
        expect(lineBreaks.every((lineBreak) => lineBreak === (note.head.endsWith('\r\n') ? '\r\n' : '\n'))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('returns the identical text for an edit that changes nothing', () => {
    const noOp = noteArbitrary.map(renderNote).chain((note) => {
      const keys = Object.keys(note.data);
      const options: Array<fc.Arbitrary<FrontmatterEdit>> = [
        fc.constant(Edits.delete('absent-key')),
        fc.constant(Edits.removeItem('absent-key', 'x')),
      ];
      for (const key of keys) {
        const value = note.data[key];
        if (value === null || typeof value !== 'object')
          options.push(fc.constant(Edits.set(key, value as string | number | boolean | null)));
        if (Array.isArray(value)) {
          const items = (value as unknown[]).filter(isScalar);
          if (items.length === value.length) options.push(fc.constant(Edits.set(key, items)));
          options.push(fc.constant(Edits.removeItem(key, 'never-an-item')));
          if (items.length > 0) options.push(fc.constantFrom(...items).map((item) => Edits.append(key, item, true)));
        }
      }
      return fc.tuple(fc.constant(note), fc.oneof(...options));
    });
    fc.assert(
      fc.property(noOp, ([note, edit]) => {
        const result = editFrontmatter(note.text, [edit]);
        expect(result).toEqual({ ok: true, text: note.text, changed: false, created: false });
      }),
      { numRuns: 300 },
    );
  });

  it('applies a sequence of edits as if applied one by one to the data', () => {
    const noteWithEdits = noteArbitrary
      .map(renderNote)
      .chain((note) => fc.tuple(fc.constant(note), fc.array(editArbitrary(note), { minLength: 2, maxLength: 4 })));
    fc.assert(
      fc.property(noteWithEdits, ([note, edits]) => {
        let expected: Record<string, unknown> | 'not-a-list' = note.data;
        for (const edit of edits) if (expected !== 'not-a-list') expected = expectedData(expected, edit);
        const result = editFrontmatter(note.text, edits);
        if (expected === 'not-a-list') {
          expect(result).toMatchObject({ ok: false, code: 'not-a-list' });
          return;
        }
        if (!result.ok) throw new Error(`refused ${JSON.stringify(edits)}: ${result.reason}\n${note.text}`);
        expect(parse(splitEdited(note, result.text), YAML) ?? {}).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  it('puts a new block on top of a note without frontmatter and keeps the note after it identical', () => {
    const bare = fc.record({
      bom: fc.boolean(),
      eol: fc.constantFrom('\n', '\r\n'),
      lines: fc.array(fc.constantFrom('Text.', '---', '', '# Title', 'a: b'), { maxLength: 4 }),
    });
    const edit = fc
      .tuple(fc.constantFrom(...KEY_POOL), fc.oneof(scalarValue, fc.array(scalarValue, { maxLength: 2 })))
      .map(([k, v]) => Edits.set(k, v));
    fc.assert(
      fc.property(bare, edit, ({ bom, eol: noteEol, lines }, anEdit) => {
        const rest = lines.map((line) => line + noteEol).join('');
        // A note without any line break gives no line ending to follow: the block uses \n.
        const eol = rest === '' ? '\n' : noteEol;
        fc.pre(!rest.startsWith('---'));
        const head = bom ? '\uFEFF' : '';
        const result = editFrontmatter(head + rest, [anEdit]);
        if (!result.ok) throw new Error(result.reason);
        expect(result.created).toBe(true);
        expect(result.text.startsWith(`${head}---${eol}`)).toBe(true);
        expect(result.text.endsWith(`${eol}---${eol}${rest}`)).toBe(true);
        const source = result.text.slice(
          head.length + 3 + eol.length,
          result.text.length - rest.length - 3 - eol.length,
        );
        expect(parse(source, YAML)).toEqual({ [anEdit.key]: anEdit.op === 'set' ? anEdit.value : undefined });
      }),
      { numRuns: 200 },
    );
  });

  it('writes frontmatter that the vault note reader reads exactly as the YAML parser does', () => {
    fc.assert(
      fc.property(noteWithEdit, ([note, edit]) => {
        const result = editFrontmatter(note.text, [edit]);
        if (!result.ok) return;
        const source = splitEdited(note, result.text);
        const data: unknown = parse(source, YAML);
        // The reader reports an empty (or comments-only) block as a problem: not the editor's concern here.
        if (data === null) return;
        const read = parseFrontmatter(source, 2);
        expect(read.ok ? read.frontmatter : read).toEqual(data);
      }),
      { numRuns: 300 },
    );
  });
});
