import { ItemIndex } from '../../src/core/index/ItemIndex';
import { noteReadOf } from '../../src/core/notes/readNote';
import { yamlNote } from './markdownNote';

/** An index of notes given as path → frontmatter YAML: `yamlIndex({ 'Job.md': 'stack: backup\ntool: restic\nevery: day' })`. */
export function yamlIndex(notes: Readonly<Record<string, string>>): ItemIndex {
  const index = new ItemIndex();
  for (const [path, yaml] of Object.entries(notes)) {
    const note = yamlNote(path, yaml);
    index.upsert(path, noteReadOf(note.frontmatter, note.lines));
  }
  return index;
}
