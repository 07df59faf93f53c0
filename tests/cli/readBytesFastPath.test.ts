import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { frontmatterEnd, readBytes } from '../../src/cli/vault/readNoteFile';
import { decodeNote } from '../../src/core/notes/decodeNote';
import { findFrontmatter } from '../../src/core/notes/findFrontmatter';
import { readNote, type NoteRead } from '../../src/core/notes/readNote';
import { defaultShape, generateVault } from '../../bench/generateVault';
import { planCorpus } from '../support/describeWithCorpus';
import { TempVault } from './support/TempVault';

/** The full read: decode every byte, then `readNote` (what `readBytes` did before its fast paths). */
function fullRead(path: string, bytes: Uint8Array): NoteRead {
  const text = decodeNote(bytes);
  if (text === null) return readBytes(path, Buffer.from([0xff]));
  return readNote(path, text);
}

function* markdownFiles(root: string, rel = ''): Generator<string> {
  for (const entry of readdirSync(join(root, rel), { withFileTypes: true })) {
    const path = rel === '' ? entry.name : `${rel}/${entry.name}`;
    if (entry.isDirectory()) yield* markdownFiles(root, path);
    else if (entry.name.endsWith('.md')) yield path;
  }
}

/** Lines a note's head is made of: delimiters in every spelling, YAML, checklists, non-ASCII text. */
const FRAGMENTS = [
  '---',
  '--- ',
  '---\t',
  '---\r',
  '---x',
  ' ---',
  '----',
  '...',
  'stack: task',
  'Stack: task',
  'due: 2026-12-01',
  'tags: [a, b]',
  'title: café 📅',
  'bad: [',
  '- [ ] Pay rent 📅 2026-12-01',
  '  * [x] done',
  '1. [/] half',
  'prose [[link]] and [x] mid-line',
  '- [é] accented box',
  '- [📅] wide box [',
  '日本語 ---',
  '',
  // Checklist lines deep in a note without frontmatter are decoded from their line on: what could
  // make a line before them matter (fences, line breaks other than \n, `⏱` entries, a delimiter).
  '```',
  '~~~ts',
  '  ``',
  '- [ ] task 🆔 a1\r- [ ] after a lone CR',
  'text\u2028- [ ] after a line separator',
  '    - ⏱ 2026-12-03T09:00/2026-12-03T10:15',
  '--- [ ] dashes and a box',
  '\ufeff- [ ] a byte order mark mid-note',
  '｜ [x] a wide bar',
];

describe('readBytes fast paths', () => {
  it('finds the end of the frontmatter block where findFrontmatter ends it', () => {
    const text = '---\r\nstack: task\r\n---  \r\nbody';
    const end = frontmatterEnd(Buffer.from(text));
    const block = findFrontmatter(text);
    expect(block.type).toBe('block');
    expect(end).toBe(text.indexOf('body'));
    expect(frontmatterEnd(Buffer.from('---\nstack: task\n---'))).toBe(-1);
    expect(frontmatterEnd(Buffer.from('---x\nstack: task\n---\n'))).toBe(-1);
    // A byte order mark is three bytes.
    expect(frontmatterEnd(Buffer.from('\ufeff---\n---\nbody'))).toBe(11);
  });

  it('reads a frontmatter block naming stack in any case as the full decode does (only one without it skips the decode)', () => {
    const keys = ['stack: task', 'Stack: task', 'STACK: task', '"stack": task', "'Stack': task", 'sTaCk: task'];
    for (const key of [...keys, 'note: not a stack', 'title: plain']) {
      const bytes = Buffer.from(`---\ntitle: x\n${key}\n---\nbody [[link]]\n`);
      expect({ key, read: readBytes('n.md', bytes) }).toEqual({ key, read: fullRead('n.md', bytes) });
    }
    // Every key above but the last two makes the note more than plain.
    const notPlain = keys.filter((key) => readBytes('n.md', Buffer.from(`---\n${key}\n---\n`)).type !== 'plain');
    expect(notPlain).toEqual(keys);
  });

  it('reads generated notes of every shape as the full decode does', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 12 }),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        fc.boolean(),
        fc.option(fc.nat()),
        (lines, eol, bom, latin1Tail, latin1At) => {
          const text = (bom ? '\ufeff' : '') + lines.join(eol);
          let bytes: Uint8Array = Buffer.from(text);
          // A byte that is not UTF-8 after the frontmatter must still make the whole note a problem.
          if (latin1Tail) bytes = Buffer.concat([bytes, Buffer.from([0xe9])]);
          // So must one before a checklist line (the note is then decoded from that line only).
          if (latin1At !== null) {
            const at = latin1At % (bytes.length + 1);
            bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from([0xe9]), bytes.subarray(at)]);
          }
          expect(readBytes('n.md', bytes)).toEqual(fullRead('n.md', bytes));
          // A plain byte array (not a Buffer) reads the same.
          expect(readBytes('n.md', new Uint8Array(bytes))).toEqual(fullRead('n.md', bytes));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('reads every note of a generated vault as the full decode does', () => {
    const vault = new TempVault();
    try {
      generateVault(vault.root, { ...defaultShape(600), inlineTasks: 200 });
      let withFrontmatter = 0;
      for (const path of markdownFiles(vault.root)) {
        const bytes = readFileSync(join(vault.root, path));
        if (frontmatterEnd(bytes) !== -1) withFrontmatter++;
        expect({ path, read: readBytes(path, bytes) }).toEqual({ path, read: fullRead(path, bytes) });
      }
      expect(withFrontmatter).toBeGreaterThan(100);
    } finally {
      vault.remove();
    }
  });

  const corpus = planCorpus('kepano-obsidian');
  (corpus.run ? it : it.skip)('reads every note of the corpora as the full decode does', () => {
    if (!corpus.run) return;
    let notes = 0;
    for (const path of markdownFiles(corpus.root)) {
      const bytes = readFileSync(join(corpus.root, path));
      expect({ path, read: readBytes(path, bytes) }).toEqual({ path, read: fullRead(path, bytes) });
      notes++;
    }
    expect(notes).toBeGreaterThan(100);
  });
});
