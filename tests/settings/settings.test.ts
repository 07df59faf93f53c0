import { describe, expect, it } from '@jest/globals';
import { DEFAULT_SETTINGS, isIgnoredPath, resolveSettings } from '../../src/settings/settings';

describe('resolveSettings', () => {
  it('returns the defaults for missing or foreign data', () => {
    expect(resolveSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(resolveSettings('not an object')).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid stored values and drops values of the wrong type', () => {
    const settings = resolveSettings({
      ignoreFolders: ['Archive', ' Templates '],
      sections: ['problems', 'attention', 'nonsense', 'problems'],
      horizonDays: -3,
      git: { autoCommitDelaySeconds: 0, remoteUrl: 42, username: 'ada' },
    });
    expect(settings.ignoreFolders).toEqual(['Archive', 'Templates']);
    expect(settings.sections).toEqual(['problems', 'attention']);
    expect(settings.horizonDays).toBe(DEFAULT_SETTINGS.horizonDays);
    expect(settings.git.autoCommitDelaySeconds).toBe(0);
    expect(settings.git.remoteUrl).toBe('');
    expect(settings.git.username).toBe('ada');
  });

  it('does not share list objects with the defaults', () => {
    const settings = resolveSettings({});
    settings.ignoreFolders.push('X');
    expect(DEFAULT_SETTINGS.ignoreFolders).not.toContain('X');
  });
});

describe('isIgnoredPath', () => {
  it('matches a folder and what is inside it, not a sibling with the same prefix', () => {
    expect(isIgnoredPath('Templates/Task.md', ['Templates'])).toBe(true);
    expect(isIgnoredPath('Templates', ['Templates'])).toBe(true);
    expect(isIgnoredPath('Templates old/Task.md', ['Templates'])).toBe(false);
    expect(isIgnoredPath('Notes/a.md', [''])).toBe(false);
  });
});
