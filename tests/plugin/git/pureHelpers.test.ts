import { describe, expect, it } from '@jest/globals';
import { ignoredByDefault } from '../../../src/obsidian/git/ignoredByDefault';
import { statusText } from '../../../src/obsidian/git/statusText';
import { gitignoreLines } from '../../../src/git/gitignore';

const CONFIG = '.vault-config';

describe('ignoredByDefault', () => {
  it.each([
    [`${CONFIG}/workspace.json`, true],
    [`${CONFIG}/workspace-mobile.json`, true],
    [`${CONFIG}/plugins/vault-stack/data.json`, true],
    [`${CONFIG}/plugins/vault-stack/state/health.json`, true],
    [`${CONFIG}/cache`, true],
    ['.trash/Old note.md', true],
    ['.git/index', true],
    [`${CONFIG}/app.json`, false],
    [`${CONFIG}/plugins/other-plugin/data.json`, false],
    ['Notes/workspace.json', false],
    ['Trash talk.md', false],
  ])('%s → %s', (path, ignored) => {
    expect(ignoredByDefault(path, CONFIG)).toBe(ignored);
  });

  it('agrees with every path rule the .gitignore writer emits for the config folder', () => {
    const rules = gitignoreLines(CONFIG).filter((l) => l.startsWith(`${CONFIG}/`));

    const examples = rules.map((r) => r.replace('*', '-mobile').replace(/\/$/, '/x.json'));

    expect(examples.every((p) => ignoredByDefault(p, CONFIG))).toBe(true);
  });
});

describe('statusText', () => {
  const now = new Date(2026, 10, 28, 15, 0);

  it('counts pending changes and names the time of a commit made today', () => {
    expect(statusText(3, new Date(2026, 10, 28, 14, 2), now)).toBe('3 changes · committed 14:02');
    expect(statusText(1, new Date(2026, 10, 28, 9, 5), now)).toBe('1 change · committed 09:05');
    expect(statusText(0, new Date(2026, 10, 28, 9, 5), now)).toBe('No changes · committed 09:05');
  });

  it('names the date of an older commit, and says when there is no repository', () => {
    expect(statusText(2, new Date(2026, 10, 27, 23, 59), now)).toBe('2 changes · committed 2026-11-27');
    expect(statusText(2, null, now)).toBe('2 changes');
    expect(statusText(null, null, now)).toBe('Not versioned');
  });
});
