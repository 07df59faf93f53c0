import { Modal, Setting, type App } from 'obsidian';
import { planCounts, type ImportPlan, type PlannedNote } from '../../core/formats/ImportPlan';

/** Options of an ImportPreviewModal. */
export interface ImportPreviewOptions {
  title: string;
  /** The file the plan came from, for the summary line. */
  source: string;
  plan: ImportPlan;
  /** Applies the plan (only offered when it changes something and has no problems). */
  onApply(): unknown;
}

/** How a value from a note or a file reads in the preview. */
function shown(value: unknown): string {
  return value === undefined || value === null ? '(none)' : JSON.stringify(value);
}

/**
 * Shows what an import would do before anything is written: the entries that cannot be read (then
 * nothing can be imported), else the notes to create, to update (with their fields) and the conflicts
 * left as they are (each field with the vault's and the file's value), with Import and Cancel.
 */
export class ImportPreviewModal extends Modal {
  constructor(
    app: App,
    private readonly options: ImportPreviewOptions,
  ) {
    super(app);
  }

  override onOpen(): void {
    const { plan, source } = this.options;
    this.setTitle(this.options.title);
    const el = this.contentEl;
    if (plan.problems.length > 0) {
      el.createEl('p', { text: `${source} cannot be imported; nothing was changed. Fix these entries and try again:` });
      this.list('vault-stack-import-problems', plan.problems);
      new Setting(el).addButton((b) => b.setButtonText('Close').onClick(() => this.close()));
      return;
    }
    const counts = planCounts(plan);
    el.createEl('p', {
      cls: 'vault-stack-import-summary',
      text: `${source}: ${counts.create} to create, ${counts.update} to update, ${counts.unchanged} unchanged, ${counts.conflict} conflict${counts.conflict === 1 ? '' : 's'}.`,
    });
    for (const notice of plan.notices ?? []) el.createEl('p', { text: notice });
    this.section('New notes', plan.notes, 'create', (n) => n.path);
    this.section('Updated notes', plan.notes, 'update', (n) =>
      n.action === 'update' ? `${n.path} (${n.fields.join(', ')})` : '',
    );
    this.section('Conflicts, left as they are', plan.notes, 'conflict', (n) =>
      n.action === 'conflict'
        ? `${n.path}: ${n.conflicts.map((c) => `${c.field}: vault ${shown(c.vault)}, file ${shown(c.incoming)}`).join('; ')}`
        : '',
    );
    const changes = counts.create + counts.update;
    new Setting(el)
      .addButton((b) => b.setButtonText('Cancel').onClick(() => this.close()))
      .addButton((b) => {
        b.setButtonText(changes === 0 ? 'Nothing to import' : 'Import')
          .setDisabled(changes === 0)
          .onClick(() => {
            this.close();
            void this.options.onApply();
          });
        if (changes > 0) b.setCta();
      });
  }

  override onClose(): void {
    this.contentEl.empty();
  }

  private section(
    heading: string,
    notes: readonly PlannedNote[],
    action: PlannedNote['action'],
    line: (n: PlannedNote) => string,
  ): void {
    const mine = notes.filter((n) => n.action === action);
    if (mine.length === 0) return;
    this.contentEl.createEl('h4', { text: `${heading} (${mine.length})` });
    this.list(`vault-stack-import-${action}`, mine.map(line));
  }

  private list(cls: string, lines: readonly string[]): void {
    const ul = this.contentEl.createEl('ul', { cls });
    for (const text of lines) ul.createEl('li', { text });
  }
}
