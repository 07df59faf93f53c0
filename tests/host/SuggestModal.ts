import type * as O from 'obsidian';
import { Modal } from './Modal';
import { prepareFuzzySearch, renderResults } from './search';

/** Obsidian's SuggestModal: an input and a result list; tests drive it with `hostSetQuery` and `hostChoose`. */
export abstract class SuggestModal<T> extends Modal implements O.SuggestModal<T> {
  limit = 100;
  emptyStateText = 'No results found.';
  inputEl: HTMLInputElement;
  resultContainerEl: HTMLElement;
  /** Host-only: the suggestions currently shown. */
  suggestions: T[] = [];
  private selected = 0;
  private readonly instructionsEl: HTMLElement;

  constructor(app: O.App) {
    super(app);
    this.modalEl.addClass('prompt');
    this.inputEl = this.modalEl.createEl('input', { cls: 'prompt-input', type: 'text' });
    this.resultContainerEl = this.modalEl.createDiv({ cls: 'prompt-results' });
    this.instructionsEl = this.modalEl.createDiv({ cls: 'prompt-instructions' });
    this.inputEl.addEventListener('input', () => void this.updateSuggestions());
  }

  /** Sets the input placeholder. */
  setPlaceholder(placeholder: string): void {
    this.inputEl.placeholder = placeholder;
  }

  /** Shows keyboard instructions. */
  setInstructions(instructions: O.Instruction[]): void {
    this.instructionsEl.empty();
    for (const i of instructions) {
      const el = this.instructionsEl.createDiv({ cls: 'prompt-instruction' });
      el.createSpan({ cls: 'prompt-instruction-command', text: i.command });
      el.createSpan({ text: i.purpose });
    }
  }

  /** Shows the empty state. */
  onNoSuggestion(): void {
    this.resultContainerEl.empty();
    this.resultContainerEl.createDiv({ cls: 'suggestion-empty', text: this.emptyStateText });
  }

  /** Closes the modal, then calls `onChooseSuggestion`. */
  selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void {
    this.close();
    this.onChooseSuggestion(value, evt);
  }

  /** Chooses the highlighted suggestion. */
  selectActiveSuggestion(evt: MouseEvent | KeyboardEvent): void {
    const value = this.suggestions[this.selected];
    if (value !== undefined) this.selectSuggestion(value, evt);
  }

  abstract getSuggestions(query: string): T[] | Promise<T[]>;
  abstract renderSuggestion(value: T, el: HTMLElement): void;
  abstract onChooseSuggestion(item: T, evt: MouseEvent | KeyboardEvent): void;

  override onOpen(): Promise<void> | void {
    return this.updateSuggestions();
  }

  /** Host-only: types a query and waits for the list to update. */
  async hostSetQuery(query: string): Promise<T[]> {
    this.inputEl.value = query;
    await this.updateSuggestions();
    return this.suggestions;
  }

  /** Host-only: chooses the suggestion at an index (or the first one matching a predicate), as a click would. */
  hostChoose(which: number | ((item: T) => boolean)): T {
    const index = typeof which === 'number' ? which : this.suggestions.findIndex(which);
    const value = this.suggestions[index];
    if (value === undefined)
      throw new Error(`test host: no suggestion ${String(which)} among ${this.suggestions.length}`);
    this.selected = index;
    this.selectSuggestion(value, new MouseEvent('click'));
    return value;
  }

  /** Re-runs getSuggestions for the input and re-renders the list. */
  private async updateSuggestions(): Promise<void> {
    const results = await this.getSuggestions(this.inputEl.value);
    this.suggestions = results.slice(0, this.limit);
    this.selected = 0;
    this.resultContainerEl.empty();
    if (this.suggestions.length === 0) {
      this.onNoSuggestion();
      return;
    }
    this.suggestions.forEach((value, i) => {
      const el = this.resultContainerEl.createDiv({ cls: i === 0 ? 'suggestion-item is-selected' : 'suggestion-item' });
      this.renderSuggestion(value, el);
      el.addEventListener('click', (evt) => this.selectSuggestion(value, evt));
    });
  }
}

/** Obsidian's FuzzySuggestModal: fuzzy-filters `getItems()` by `getItemText()`. */
export abstract class FuzzySuggestModal<T> extends SuggestModal<O.FuzzyMatch<T>> implements O.FuzzySuggestModal<T> {
  /** Every item for an empty query; otherwise fuzzy matches, best first. */
  getSuggestions(query: string): O.FuzzyMatch<T>[] {
    const search = prepareFuzzySearch(query);
    const out: O.FuzzyMatch<T>[] = [];
    for (const item of this.getItems()) {
      const match = search(this.getItemText(item));
      if (match) out.push({ item, match });
    }
    return query.trim() === '' ? out : out.sort((a, b) => b.match.score - a.match.score);
  }

  /** The item text with matches highlighted. */
  renderSuggestion(item: O.FuzzyMatch<T>, el: HTMLElement): void {
    renderResults(el, this.getItemText(item.item), item.match);
  }

  /** Forwards to `onChooseItem`. */
  onChooseSuggestion(item: O.FuzzyMatch<T>, evt: MouseEvent | KeyboardEvent): void {
    this.onChooseItem(item.item, evt);
  }

  abstract getItems(): T[];
  abstract getItemText(item: T): string;
  abstract onChooseItem(item: T, evt: MouseEvent | KeyboardEvent): void;
}
