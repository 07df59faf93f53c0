import { describe, expect, test } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exampleCopy } from './exampleCopy';

const { root, cli } = exampleCopy();
const note = join(root, 'Stack overview.md');

describe('vault-stack overview', () => {
  test('prints the overview without --write and writes nothing', () => {
    const result = cli('overview', root, '--today', '2026-11-28');

    expect(result.code).toBe(0);
    expect(result.out).toContain('```mermaid\nflowchart LR\n');
    expect(result.out).toContain('### service (6)');
  });

  test('--write creates the note, then leaves it alone when nothing changed', () => {
    const first = cli('overview', root, '--write', '--today', '2026-11-28');
    const written = readFileSync(note, 'utf8');
    const second = cli('overview', root, '--write', '--today', '2026-11-28');

    expect([first.code, first.err]).toEqual([0, 'Stack overview.md: created\n']);
    expect(written).toMatch(/^# Stack overview\n\n%% vault-stack:begin overview hash=\w+ %%\n/);
    expect([second.code, second.err]).toEqual([0, 'Stack overview.md: up to date, nothing written\n']);
    expect(readFileSync(note, 'utf8')).toBe(written);
  });

  test('text around the region survives an update; a hand edit inside it is reported and kept', () => {
    writeFileSync(note, `My intro.\n\n${readFileSync(note, 'utf8')}\nMy notes after.\n`);
    writeFileSync(join(root, 'Infra/Devices/router.md'), '---\nstack: device\nos: OpenWrt\n---\n');

    const updated = cli('overview', root, '--write', '--today', '2026-11-28');
    const text = readFileSync(note, 'utf8');
    writeFileSync(note, text.replace('### device (5)', '### my devices'));
    const refused = cli('overview', root, '--write', '--today', '2026-11-28');

    expect(updated.err).toBe('Stack overview.md: updated\n');
    expect(text.startsWith('My intro.\n\n# Stack overview\n')).toBe(true);
    expect(text.endsWith('%% vault-stack:end %%\n\nMy notes after.\n')).toBe(true);
    expect(text).toContain('[[Infra/Devices/router\\|router]] | OpenWrt');
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('edited by hand');
    expect(readFileSync(note, 'utf8')).toContain('### my devices');
  });
});
