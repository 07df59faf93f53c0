import type * as O from 'obsidian';
import { notImplemented } from './HostError';
import type { MetadataCache } from './MetadataCache';
import { joinPath, parentPath } from './paths';
import { TAbstractFile, TFile, TFolder } from './TAbstractFile';
import type { Vault } from './Vault';
import { getFrontMatterInfo, parseYaml, stringifyYaml } from './yaml';

/** Obsidian's FileManager: frontmatter edits, link-updating renames, trash, markdown links. */
export class FileManager implements O.FileManager {
  constructor(
    private readonly vault: Vault,
    private readonly metadataCache: MetadataCache,
  ) {}

  /** New notes go to the vault root (Obsidian's default "vault folder" setting). */
  getNewFileParent(_sourcePath: string, _newFilePath?: string): TFolder {
    return this.vault.getRoot();
  }

  /** Renames, then rewrites `[[links]]` to the file in every note that resolved to it. */
  async renameFile(file: O.TAbstractFile, newPath: string): Promise<void> {
    const target = file as TAbstractFile;
    const linkers = target instanceof TFile ? this.notesLinkingTo(target) : [];
    const oldPath = target.path;
    await this.vault.rename(target, newPath);
    if (!(target instanceof TFile)) return;
    for (const source of linkers) {
      const cache = this.metadataCache.getFileCache(source);
      const refs = [...(cache?.links ?? []), ...(cache?.embeds ?? []), ...(cache?.frontmatterLinks ?? [])];
      const sourcePath = source.path;
      await this.vault.process(source, (text) => {
        let out = text;
        for (const ref of refs) {
          const { path, subpath } = splitLink(ref.link);
          if (!sameTarget(path, oldPath)) continue;
          const alias = ref.original.includes('|') ? ref.original.slice(ref.original.indexOf('|'), -2) : '';
          const replacement = `${ref.original.startsWith('!') ? '!' : ''}[[${this.metadataCache.fileToLinktext(target, sourcePath)}${subpath}${alias}]]`;
          if (ref.original.startsWith('[[') || ref.original.startsWith('![['))
            out = out.split(ref.original).join(replacement);
        }
        return out;
      });
    }
  }

  /** Not emulated: there is no user to prompt. */
  async promptForDeletion(_file: O.TAbstractFile): Promise<boolean> {
    throw notImplemented('FileManager.promptForDeletion');
  }

  /** Moves a file or folder to the vault's `.trash/` folder. */
  async trashFile(file: O.TAbstractFile): Promise<void> {
    await this.vault.hostTrashLocal(file);
  }

  /** A wikilink (Obsidian's default link format), with subpath and alias. */
  generateMarkdownLink(file: O.TFile, sourcePath: string, subpath?: string, alias?: string): string {
    const linktext = this.metadataCache.fileToLinktext(file, sourcePath, true);
    const embed =
      file.extension !== 'md' && /^(png|jpe?g|gif|svg|webp|bmp|pdf|mp3|mp4|webm|wav|ogg)$/i.test(file.extension)
        ? '!'
        : '';
    return `${embed}[[${linktext}${subpath ?? ''}${alias ? `|${alias}` : ''}]]`;
  }

  /**
   * Atomically parses the frontmatter with yaml, lets `fn` mutate it, and writes it back re-serialized.
   * Throws the YAML parse error for malformed frontmatter, and whatever `fn` throws (the file is then untouched).
   */
  async processFrontMatter(
    file: O.TFile,
    fn: (frontmatter: Record<string, unknown>) => void,
    options?: O.DataWriteOptions,
  ): Promise<void> {
    await this.vault.process(
      file,
      (text) => {
        const info = getFrontMatterInfo(text);
        const parsed: unknown = info.exists ? parseYaml(info.frontmatter) : {};
        const fm =
          parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
        fn(fm);
        if (!info.exists && Object.keys(fm).length === 0) return text;
        const yaml = Object.keys(fm).length === 0 ? '' : stringifyYaml(fm);
        const body = info.exists ? text.slice(info.contentStart) : text;
        return `---\n${yaml}---\n${body}`;
      },
      options,
    );
  }

  /** `<note folder>/<filename>`, de-duplicated with " 1", " 2"… (Obsidian's "same folder as note" setting). */
  async getAvailablePathForAttachment(filename: string, sourcePath?: string): Promise<string> {
    const folder = parentPath(sourcePath ?? '');
    const dot = filename.lastIndexOf('.');
    const stem = dot > 0 ? filename.slice(0, dot) : filename;
    const ext = dot > 0 ? filename.slice(dot) : '';
    let candidate = joinPath(folder, filename);
    for (let n = 1; this.vault.getAbstractFileByPath(candidate); n++)
      candidate = joinPath(folder, `${stem} ${n}${ext}`);
    return candidate;
  }

  private notesLinkingTo(file: TFile): TFile[] {
    const out: TFile[] = [];
    for (const [source, dests] of Object.entries(this.metadataCache.resolvedLinks)) {
      if (dests[file.path] === undefined) continue;
      const f = this.vault.getFileByPath(source);
      if (f) out.push(f);
    }
    return out;
  }
}

function splitLink(link: string): { path: string; subpath: string } {
  const i = link.indexOf('#');
  return i < 0 ? { path: link, subpath: '' } : { path: link.slice(0, i), subpath: link.slice(i) };
}

function sameTarget(linkpath: string, oldPath: string): boolean {
  const lower = linkpath.toLowerCase();
  const old = oldPath.toLowerCase();
  const oldBare = old.endsWith('.md') ? old.slice(0, -3) : old;
  return old === lower || oldBare === lower || oldBare.endsWith(`/${lower}`) || old.endsWith(`/${lower}`);
}
