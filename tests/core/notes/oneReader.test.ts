import { describe, expect, it } from '@jest/globals';
import { editFrontmatter, Edits } from '../../../src/core/frontmatter';
import { locateFrontmatter } from '../../../src/core/frontmatter/locateFrontmatter';
import { scanForSecrets } from '../../../src/core/guard/scanForSecrets';
import { findSecretItemValues } from '../../../src/core/guard/secretItemValues';
import { ItemIndex } from '../../../src/core/index/ItemIndex';
import { declaredKind } from '../../../src/core/notes/declaredKind';
import { readNote } from '../../../src/core/notes/readNote';
import { frontmatterOf } from '../../../src/git/frontmatterOf';

const SECRET = ['store: pass', 'ref: infra/db', 'password: hunter2'];

/** Notes whose frontmatter the old locators and kind readers disagreed on; `kind` is what the index reads. */
const TRICKY: { name: string; text: string; kind: string | null; block: 'block' | 'unclosed' | 'none' }[] = [
  {
    name: 'a `--- ` opener with a trailing space',
    text: ['--- ', 'stack: secret', ...SECRET, '---', 'body'].join('\n'),
    kind: 'secret',
    block: 'block',
  },
  {
    name: 'a closer with a trailing tab',
    text: ['---', 'stack: secret', ...SECRET, '---\t', 'body'].join('\n'),
    kind: 'secret',
    block: 'block',
  },
  {
    name: 'a `...` line, which does not close the block',
    text: ['---', 'stack: secret', ...SECRET, '...', 'body'].join('\n'),
    kind: null,
    block: 'unclosed',
  },
  {
    name: 'a `...` line before a real closer',
    text: ['---', 'stack: secret', ...SECRET, '...', 'more: 1', '---', 'body'].join('\n'),
    kind: null,
    block: 'block',
  },
  {
    name: 'CRLF line endings',
    text: ['---', 'stack: secret', ...SECRET, '---', 'body'].join('\r\n'),
    kind: 'secret',
    block: 'block',
  },
  {
    name: 'a byte order mark',
    text: '\uFEFF' + ['---', 'stack: secret', ...SECRET, '---', 'body'].join('\n'),
    kind: 'secret',
    block: 'block',
  },
  {
    name: 'BOM, CRLF and a trailing-space opener together',
    text: '\uFEFF' + ['---  ', 'stack: secret', ...SECRET, '---', ''].join('\r\n'),
    kind: 'secret',
    block: 'block',
  },
  {
    name: '`stack: Secret`',
    text: ['---', 'stack: Secret', ...SECRET, '---'].join('\n'),
    kind: 'secret',
    block: 'block',
  },
  {
    name: '`stack: SECRET`',
    text: ['---', 'stack: SECRET', ...SECRET, '---'].join('\n'),
    kind: 'secret',
    block: 'block',
  },
  {
    name: '`stack: " Secret "`',
    text: ['---', 'stack: " Secret "', ...SECRET, '---'].join('\n'),
    kind: 'secret',
    block: 'block',
  },
  {
    name: 'a quoted `"stack"` key',
    text: ['---', '"stack": secret', ...SECRET, '---'].join('\n'),
    kind: 'secret',
    block: 'block',
  },
  {
    name: 'a `Stack:` key (keys are case-sensitive)',
    text: ['---', 'Stack: secret', ...SECRET, '---'].join('\n'),
    kind: null,
    block: 'block',
  },
  { name: 'a `STACK:` key', text: ['---', 'STACK: secret', ...SECRET, '---'].join('\n'), kind: null, block: 'block' },
  {
    name: 'a flow-style value list',
    text: ['---', 'stack: secret', 'store: pass', 'ref: x', 'token: [a, b]', '---'].join('\n'),
    kind: 'secret',
    block: 'block',
  },
  {
    name: 'no frontmatter (a --- later)',
    text: ['# Title', '---', 'stack: secret', ...SECRET, '---'].join('\n'),
    kind: null,
    block: 'none',
  },
];

describe('one frontmatter and kind reader', () => {
  it.each(TRICKY)('index, editor, git history and guard agree on $name', ({ text, kind, block }) => {
    const read = readNote('Infra/DB.md', text);
    const index = new ItemIndex();
    index.upsert('Infra/DB.md', read);

    // The index: an item of the expected kind, or not an item.
    expect(index.get('Infra/DB.md')?.kind ?? null).toBe(kind);
    // The editor sees the same block (or refuses the same unclosed one).
    const location = locateFrontmatter(text);
    expect(location.kind).toBe(block);
    const edited = editFrontmatter(text, [Edits.set('rotated', '2026-01-01')]);
    // Git history reads the same values as the index, and what it cannot read the editor refuses.
    const history = frontmatterOf(text);
    expect(edited.ok).toBe(history !== null || block === 'none');
    if (read.type === 'item') {
      expect(history).toEqual(read.frontmatter);
      expect(declaredKind(history)).toBe(kind);
      if (edited.ok) expect(frontmatterOf(edited.text)).toEqual({ ...read.frontmatter, rotated: '2026-01-01' });
    }
    // The guard flags a value wherever the index sees a secret item holding one, and on a readable
    // note nowhere else (a declared secret that does not parse is still searched line by line).
    const flagged = scanForSecrets([{ path: 'Infra/DB.md', bytes: new TextEncoder().encode(text) }], {
      allowlist: [],
    }).filter((f) => f.rule === 'secret-item-value');
    if (kind === 'secret') expect(flagged.length).toBeGreaterThan(0);
    if (history !== null && kind === null) expect(flagged).toEqual([]);
    if (history === null && block !== 'none') expect(flagged.length).toBeGreaterThan(0);
  });

  it('blocks `stack: Secret` with a `password:` value, which the index reads as a secret (the bypass)', () => {
    const text = ['---', 'stack: Secret', 'store: pass', 'ref: infra/db', 'password: hunter2', '---', ''].join('\n');

    const findings = scanForSecrets([{ path: 'Infra/DB.md', bytes: new TextEncoder().encode(text) }], {
      allowlist: [],
    });

    expect(findings).toContainEqual(expect.objectContaining({ rule: 'secret-item-value', line: 5 }));
    expect(JSON.stringify(findings)).not.toContain('hunter2');
  });

  it('blocks a secret value behind a `--- ` opener with a trailing space', () => {
    const text = ['--- ', 'stack: secret', 'store: pass', 'ref: infra/db', 'value: hunter2', '---', ''].join('\n');

    expect(findSecretItemValues(text)).toEqual([{ field: 'value', line: 5 }]);
  });

  it('still blocks a value on a declared secret whose block never closes or does not parse', () => {
    expect(findSecretItemValues(['---', 'stack: secret', 'password: hunter2', '...', 'body'].join('\n'))).toEqual([
      { field: 'password', line: 3 },
    ]);
    expect(findSecretItemValues(['---', 'stack: Secret', 'token: abc', 'token: def', '---'].join('\n'))).toEqual([
      { field: 'token', line: 3 },
      { field: 'token', line: 4 },
    ]);
  });
});
