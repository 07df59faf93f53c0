import type * as O from 'obsidian';
import type { App } from './App';
import { Scope } from './Keymap';
import type { Public } from './Public';

/** Obsidian's PopoverSuggest: a suggestion popover (`.suggestion-container`) attached to the document while open. */
export abstract class PopoverSuggest<T> implements Public<O.PopoverSuggest<T>> {
  app: App;
  scope: Scope;
  /** Host-only: the popover element. */
  readonly suggestEl: HTMLElement;
  /** Host-only: whether the popover is open. */
  isOpen = false;

  constructor(app: O.App, scope?: O.Scope) {
    this.app = app as unknown as App;
    this.scope = new Scope(scope);
    this.suggestEl = createDiv({ cls: 'suggestion-container' });
  }

  /** Shows the popover. */
  open(): void {
    if (this.isOpen) return;
    this.isOpen = true;
    activeDocument.body.appendChild(this.suggestEl);
  }

  /** Hides the popover. */
  close(): void {
    this.isOpen = false;
    this.suggestEl.detach();
  }

  /** Back: closes. */
  onHistoryBack(): void {
    this.close();
  }

  abstract renderSuggestion(value: T, el: HTMLElement): void;
  abstract selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void;
}

/** Obsidian's AbstractInputSuggest: suggestions for a text input, refreshed on `input`; tests drive it with `hostSuggest`/`hostChoose`. */
export abstract class AbstractInputSuggest<T> extends PopoverSuggest<T> implements Public<O.AbstractInputSuggest<T>> {
  limit = 100;
  /** Host-only: the suggestions shown now. */
  suggestions: T[] = [];
  private selectCallback: ((value: T, evt: MouseEvent | KeyboardEvent) => unknown) | null = null;

  constructor(
    app: O.App,
    private readonly textInputEl: HTMLInputElement | HTMLDivElement,
  ) {
    super(app);
    textInputEl.addEventListener('input', () => void this.hostSuggest());
    textInputEl.addEventListener('focus', () => void this.hostSuggest());
  }

  /** Sets the input's text. */
  setValue(value: string): void {
    if (this.textInputEl instanceof HTMLInputElement) this.textInputEl.value = value;
    else this.textInputEl.setText(value);
  }

  /** The input's text. */
  getValue(): string {
    return this.textInputEl instanceof HTMLInputElement ? this.textInputEl.value : this.textInputEl.getText();
  }

  protected abstract getSuggestions(query: string): T[] | Promise<T[]>;

  /** Calls the select callback (subclasses usually also set the value and close). */
  selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void {
    void this.selectCallback?.(value, evt);
  }

  /** Registers the select callback. */
  onSelect(callback: (value: T, evt: MouseEvent | KeyboardEvent) => unknown): O.AbstractInputSuggest<T> {
    this.selectCallback = callback;
    // The declared class has a protected member, so only a cast makes this host object "the same type".
    return this as unknown as O.AbstractInputSuggest<T>;
  }

  /** Host-only: refreshes and renders the suggestions for the current input (what typing does). */
  async hostSuggest(): Promise<T[]> {
    this.suggestions = (await this.getSuggestions(this.getValue())).slice(0, this.limit);
    this.suggestEl.empty();
    for (const value of this.suggestions) {
      const el = this.suggestEl.createDiv({ cls: 'suggestion-item' });
      this.renderSuggestion(value, el);
      el.addEventListener('click', (evt) => this.selectSuggestion(value, evt));
    }
    this.open();
    return this.suggestions;
  }

  /** Host-only: chooses the suggestion at an index, as a click would. */
  hostChoose(index: number): T {
    const value = this.suggestions[index];
    if (value === undefined) throw new Error(`test host: no suggestion ${index} among ${this.suggestions.length}`);
    this.selectSuggestion(value, new MouseEvent('click'));
    return value;
  }
}
