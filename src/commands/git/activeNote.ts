import type { App, TFile } from 'obsidian';

/** The note open in the active pane, if it is markdown. */
export function activeNote(app: App): TFile | null {
  const file = app.workspace.getActiveFile();
  return file !== null && file.extension === 'md' ? file : null;
}

/** The frontmatter keys of a note as Obsidian has read them, for choosing a field. */
export function frontmatterKeys(app: App, file: TFile): string[] {
  const frontmatter = app.metadataCache.getFileCache(file)?.frontmatter ?? {};
  return Object.keys(frontmatter).filter((k) => k !== 'position');
}
