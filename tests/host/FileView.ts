import type * as O from 'obsidian';
import { ItemView } from './ItemView';
import type { Public } from './Public';
import type { TFile } from './TAbstractFile';

/** Obsidian's FileView: an ItemView showing one file, set through the `file` view state. */
export abstract class FileView extends ItemView implements Public<O.FileView> {
  allowNoFile = false;
  file: TFile | null = null;
  override navigation = true;

  /** The file's basename, or a placeholder. */
  getDisplayText(): string {
    return this.file ? this.file.basename : 'No file';
  }

  /** `{ file: path }`. */
  override getState(): Record<string, unknown> {
    return this.file ? { file: this.file.path } : {};
  }

  /** Loads the file named by `state.file`. */
  override async setState(state: unknown, _result: O.ViewStateResult): Promise<void> {
    const file0 = state && typeof state === 'object' ? (state as Record<string, unknown>).file : undefined;
    const path = typeof file0 === 'string' ? file0 : null;
    const file = path ? this.app.vault.getFileByPath(path) : null;
    if (file === this.file) return;
    if (this.file) await this.onUnloadFile(this.file);
    this.file = file;
    if (file) await this.onLoadFile(file);
    this.titleEl.setText(this.getDisplayText());
  }

  /** Override: a file was loaded. */
  async onLoadFile(_file: O.TFile): Promise<void> {}

  /** Override: a file is being unloaded. */
  async onUnloadFile(_file: O.TFile): Promise<void> {}

  /** Override: the file was renamed. */
  async onRename(_file: O.TFile): Promise<void> {}

  /** Whether this view can show files with the extension. */
  canAcceptExtension(_extension: string): boolean {
    return false;
  }
}
