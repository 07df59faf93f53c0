import { FuzzySuggestModal, type App, type FuzzyMatch } from 'obsidian';

/** One entry of a ChoiceModal: the value chosen, the text searched and shown, and an optional hint line. */
export interface Choice<T> {
  value: T;
  label: string;
  hint?: string;
}

/** A fuzzy-searchable list to pick one value from (a habit, a status, a problem); calls `onChoose` with it. */
export class ChoiceModal<T> extends FuzzySuggestModal<Choice<T>> {
  constructor(
    app: App,
    private readonly choices: readonly Choice<T>[],
    placeholder: string,
    private readonly onChoose: (value: T) => unknown,
  ) {
    super(app);
    this.setPlaceholder(placeholder);
  }

  /** The choices, in the order given (the order shown for an empty query). */
  getItems(): Choice<T>[] {
    return [...this.choices];
  }

  /** The text the search matches. */
  getItemText(choice: Choice<T>): string {
    return choice.label;
  }

  /** The label with matches highlighted, then the hint. */
  override renderSuggestion(match: FuzzyMatch<Choice<T>>, el: HTMLElement): void {
    super.renderSuggestion(match, el);
    if (match.item.hint !== undefined) el.createDiv({ cls: 'vault-stack-choice-hint', text: match.item.hint });
  }

  /** Passes the chosen value on. */
  onChooseItem(choice: Choice<T>): void {
    void this.onChoose(choice.value);
  }
}
