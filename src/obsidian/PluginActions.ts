import { MarkdownView, Notice, TFile, type App } from 'obsidian';
import { isRefusal, refusal, RefusalError, type Refusal } from '../core/model/Refusal';
import type { InlineTaskEdit } from '../core/inline/completeInlineTask';
import type { ActionPlan } from '../core/actions/ActionPlan';
import { checkInHabit } from '../core/actions/checkInHabit';
import { Edits } from '../core/frontmatter/FrontmatterEdit';
import { completeTask } from '../core/actions/completeTask';
import { markSecretRotated } from '../core/actions/markSecretRotated';
import { recordBackupRun } from '../core/actions/recordBackupRun';
import { setBookmarkStatus } from '../core/actions/setBookmarkStatus';
import type { ItemIndex } from '../core/index/ItemIndex';
import { basenameOf, fieldBase } from '../core/index/linkPath';
import { isKind, type BookmarkStatus, type BuiltinKind, type InlineTask, type ItemOf } from '../core/model/Item';
import { readNote } from '../core/notes/readNote';
import { planTimerStart, planTimerStop, runningTimers, timedItem, type TimerNoteEdit } from '../core/time/timerActions';
import { completeTimedInlineTask } from '../core/time/inlineTimer';
import type { Clock } from './clock';
import type { FrontmatterWriter, WriteOutcome } from './FrontmatterWriter';
import { reportFailure } from './reportFailure';

/** What an action needs from the plugin; `clock` is read on every call. */
export interface ActionEnv {
  app: App;
  index: ItemIndex;
  writer: FrontmatterWriter;
  clock(): Clock;
  /** Whether several timers may run at once (the `concurrentTimers` setting); false when absent. */
  concurrentTimers?(): boolean;
}

/**
 * The actions behind the dashboard's buttons and the commands: each plans its edit with
 * `core/actions` from the indexed item, writes it through the FrontmatterWriter, and says what
 * happened in a Notice.
 */
export class PluginActions {
  constructor(private readonly env: ActionEnv) {}

  /** Opens a note; with a field (or a line), puts the cursor on that line. */
  async openNote(path: string, field?: string, line?: number): Promise<void> {
    const inline = this.env.index.get(path)?.inline;
    if (inline !== undefined) return this.openNote(inline.note, undefined, inline.line);
    const target = line ?? (field === undefined ? undefined : await this.fieldLine(path, field));
    const state = target === undefined ? { active: true } : { active: true, eState: { line: target - 1 } };
    await this.env.app.workspace.openLinkText(path, '', false, state);
    if (target === undefined) return;
    const view = this.env.app.workspace.getActiveViewOfType(MarkdownView);
    if (view?.file?.path === path && view.getMode() === 'source') view.editor.setCursor({ line: target - 1, ch: 0 });
  }

  /** Checks a habit in for a day (`YYYY-MM-DD`, not in the future). */
  checkInHabit(path: string, day: string): Promise<WriteOutcome> {
    return this.run(path, 'habit', (data, clock) => checkInHabit(data, { day }, clock.today()));
  }

  /** Completes a task today; a recurring task moves to its next occurrence. */
  completeTask(path: string): Promise<WriteOutcome> {
    const item = this.env.index.get(path);
    if (item?.inline !== undefined) return this.completeInline(item.title, item.inline);
    return this.run(path, 'task', (data, clock) => completeTask(data, {}, clock.today()));
  }

  /** Moves a bookmark to another status. */
  setBookmarkStatus(path: string, status: BookmarkStatus): Promise<WriteOutcome> {
    return this.run(path, 'bookmark', (data, clock) => setBookmarkStatus(data, { status }, clock.today()));
  }

  /** Records a backup run now. */
  recordBackupRun(path: string, result: 'ok' | 'failed'): Promise<WriteOutcome> {
    return this.run(path, 'backup', (data, clock) => recordBackupRun(data, { result }, clock.now()));
  }

  /** Records that a secret was rotated today. */
  markSecretRotated(path: string): Promise<WriteOutcome> {
    return this.run(path, 'secret', (data, clock) => markSecretRotated(data, {}, clock.today()));
  }

  /** Starts a timer on a task or habit now, stopping the running one unless concurrent timers are allowed. */
  async startTimer(path: string): Promise<WriteOutcome> {
    const item = this.env.index.get(path);
    const target = item === undefined ? null : timedItem(item);
    if (target === null) return this.refuse('', refusal('NOT_THAT_KIND', `"${basenameOf(path)}" has no timer`));
    const plan = planTimerStart(target, runningTimers(this.env.index), this.env.clock().now(), {
      concurrent: this.env.concurrentTimers?.() ?? false,
    });
    if (!plan.ok)
      return this.refuse(`Could not start a timer on "${target.title}"`, refusal('ACTION_REFUSED', plan.message));
    const outcome = await this.applyTimerNotes(plan.notes, `Could not start a timer on "${target.title}"`);
    if (outcome.ok) new Notice(`${target.title}: ${plan.summary}`);
    return outcome.ok ? { ok: true, changed: outcome.changed } : outcome;
  }

  /** Stops the timer running on a task or habit (a note or an inline task) now. */
  async stopTimer(path: string): Promise<WriteOutcome> {
    const item = this.env.index.get(path);
    const timed = item === undefined ? null : timedItem(item);
    if (timed === null)
      return this.refuse('', refusal('NOT_THAT_KIND', `"${basenameOf(path)}" is not a task or habit: it has no timer`));
    const what = `Could not update "${timed.title}"`;
    const plan = planTimerStop(timed, this.env.clock().now());
    if (!plan.ok)
      return this.refuse(what, refusal('ACTION_REFUSED', `${plan.field}: ${plan.message}`, { field: plan.field }));
    const outcome = await this.applyTimerNotes(plan.notes, what);
    if (outcome.ok) new Notice(`${timed.title}: ${outcome.summary ?? plan.summary}`);
    return outcome.ok ? { ok: true, changed: outcome.changed } : outcome;
  }

  /**
   * Writes a timer plan's notes in order: frontmatter edits through the writer, an inline task's
   * note through `Vault.process`. `summary` is what the last note's write said (an inline task's
   * rewrite knows the minutes its stop closed).
   */
  private async applyTimerNotes(
    notes: readonly TimerNoteEdit[],
    what: string,
  ): Promise<WriteOutcome & { summary?: string }> {
    let changed = false;
    let summary: string | undefined;
    for (const note of notes) {
      const outcome =
        note.inline === undefined
          ? await this.env.writer.apply(note.path, note.edits, note.title)
          : await this.rewriteNote(note.inline.note, what, note.inline.rewrite);
      if (!outcome.ok) return outcome;
      changed ||= outcome.changed;
      summary = (outcome as { summary?: string }).summary ?? note.summary;
    }
    return summary === undefined ? { ok: true, changed } : { ok: true, changed, summary };
  }

  /** Rewrites a note atomically (`Vault.process`); a refusal leaves it untouched and is reported. */
  private async rewriteNote(
    note: string,
    what: string,
    rewrite: (text: string) => InlineTaskEdit | Refusal,
  ): Promise<WriteOutcome & { summary?: string }> {
    const file = this.env.app.vault.getAbstractFileByPath(note);
    if (!(file instanceof TFile)) return this.refuse(what, refusal('NOTE_GONE', 'the note no longer exists'));
    let edit: InlineTaskEdit | undefined;
    try {
      await this.env.app.vault.process(file, (text) => {
        const result = rewrite(text);
        // Thrown to leave the file untouched inside Vault.process; caught just below.
        if (isRefusal(result)) throw new RefusalError(result);
        edit = result;
        return result.text;
      });
    } catch (error) {
      if (error instanceof RefusalError) return this.refuse(what, error.refusal);
      throw error;
    }
    if (edit === undefined) return { ok: true, changed: false };
    return { ok: true, changed: edit.changed, summary: edit.summary };
  }

  /** Writes an observed value into a note's field (a drift row's "Update the note"). */
  async updateNote(path: string, field: string, value: string | number | boolean): Promise<WriteOutcome> {
    const item = this.env.index.get(path);
    if (item === undefined)
      return this.refuse('', refusal('NOT_THAT_KIND', `"${basenameOf(path)}" is not an item (check its frontmatter)`));
    const outcome = await this.env.writer.apply(path, [Edits.set(field, value)], item.title);
    if (outcome.ok) new Notice(`${item.title}: ${field} set to ${String(value)}`);
    return outcome;
  }

  private async run<K extends BuiltinKind>(
    path: string,
    kind: K,
    plan: (data: ItemOf<K>['data'], clock: Clock) => ActionPlan,
  ): Promise<WriteOutcome> {
    const item = this.env.index.get(path);
    if (item === undefined || !isKind(item, kind))
      return this.refuse(
        '',
        refusal('NOT_THAT_KIND', `"${basenameOf(path)}" is not a ${kind} (check its frontmatter)`),
      );
    const planned = plan(item.data, this.env.clock());
    if (!planned.ok)
      return this.refuse(
        `Could not update "${item.title}"`,
        refusal('ACTION_REFUSED', `${planned.field}: ${planned.message}`, { field: planned.field }),
      );
    if (planned.edits.length === 0) {
      new Notice(`${item.title}: ${planned.summary}`);
      return { ok: true, changed: false };
    }
    const outcome = await this.env.writer.apply(path, planned.edits, item.title);
    if (outcome.ok) new Notice(`${item.title}: ${planned.summary}`);
    return outcome;
  }

  /**
   * Completes an inline task in its note as Obsidian Tasks would (`core/inline/completeInlineTask`),
   * atomically; a timer running on it stops first, in the same write (`completeTimedInlineTask`).
   */
  private async completeInline(title: string, task: InlineTask): Promise<WriteOutcome> {
    const clock = this.env.clock();
    const moment = { day: clock.today(), now: clock.now() };
    const settings = this.env.index.tasksSettings;
    const outcome = await this.rewriteNote(task.note, `Could not complete "${title}"`, (text) =>
      completeTimedInlineTask(text, task, moment, settings),
    );
    if (outcome.ok && outcome.summary !== undefined) new Notice(`${title}: ${outcome.summary}`);
    return outcome.ok ? { ok: true, changed: outcome.changed } : outcome;
  }

  private refuse(what: string, refused: Refusal): WriteOutcome {
    reportFailure(what, refused);
    return { ok: false, refusal: refused };
  }

  /** The 1-based line of a frontmatter field in the note's current text. */
  private async fieldLine(path: string, field: string): Promise<number | undefined> {
    const file = this.env.app.vault.getFileByPath(path);
    if (file === null) return undefined;
    const read = readNote(path, await this.env.app.vault.cachedRead(file));
    if (read.type !== 'item') return undefined;
    return read.lines[field] ?? read.lines[fieldBase(field)];
  }
}
