import { TFile, TFolder, type TAbstractFile } from 'obsidian';

/** The file paths a vault event about `file` stands for: the file, or every file under a folder. */
export function filePaths(file: TAbstractFile): string[] {
  if (file instanceof TFile) return [file.path];
  if (!(file instanceof TFolder)) return [];
  return file.children.flatMap(filePaths);
}
