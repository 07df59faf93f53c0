import { describe, expect, it } from '@jest/globals';
import { folderOfMostItems, freeNotePath, noteNameFor } from '../../../src/core/notes/newNotePath';

describe('new note paths', () => {
  it('names a note after its title without the characters Obsidian refuses', () => {
    expect(noteNameFor('Renew: passport?')).toBe('Renew passport');
    expect(noteNameFor('..hidden')).toBe('hidden');
  });

  it('takes the first free name, numbering from 2, and calls an empty name Untitled', () => {
    const taken = new Set(['Tasks/Pay rent.md', 'Tasks/Pay rent 2.md']);
    expect(freeNotePath('Tasks', 'Pay rent', (p) => taken.has(p))).toBe('Tasks/Pay rent 3.md');
    expect(freeNotePath('', '#?', () => false)).toBe('Untitled.md');
  });

  it('puts a new item in the folder holding most items of its kind, ties by name', () => {
    expect(folderOfMostItems([{ path: 'B/x.md' }, { path: 'A/y.md' }, { path: 'B/z.md' }])).toBe('B');
    expect(folderOfMostItems([{ path: 'B/x.md' }, { path: 'A/y.md' }])).toBe('A');
    expect(folderOfMostItems([])).toBeNull();
  });
});
