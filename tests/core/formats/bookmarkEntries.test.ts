import { describe, expect, it } from '@jest/globals';
import { bookmarkEntries } from '../../../src/core/formats/bookmarkEntries';
import { yamlIndex } from '../../builders/yamlIndex';

describe('bookmarkEntries', () => {
  it('gives each bookmark note its url, title, tags, status, dates, folder and description, by path', () => {
    const index = yamlIndex({
      'B/Two.md': [
        'stack: bookmark',
        'url: https://two.example/',
        'status: archived',
        'tags: [dev, rust]',
        'added: 2026-01-02',
        'modified: 2026-02-03',
        'folder: Dev/Rust',
        'description: Long read',
      ].join('\n'),
      'A/One.md': 'stack: bookmark\nurl: https://one.example/\ncreated: 2025-12-01T10:00\nmodified: soon',
      'T.md': 'stack: task',
    });
    expect(bookmarkEntries(index)).toEqual([
      { url: 'https://one.example/', title: 'One', tags: [], status: 'inbox', added: '2025-12-01' },
      {
        url: 'https://two.example/',
        title: 'Two',
        tags: ['dev', 'rust'],
        status: 'archived',
        added: '2026-01-02',
        modified: '2026-02-03',
        folder: 'Dev/Rust',
        description: 'Long read',
      },
    ]);
  });
});
