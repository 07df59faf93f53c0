/** Obsidian's SettingPage (API 1.13): a sub-page of a settings tab with a title bar and a content element. */
export abstract class SettingPage {
  rootEl: HTMLElement;
  titlebarEl: HTMLElement;
  containerEl: HTMLElement;
  title = '';

  constructor() {
    this.rootEl = createDiv({ cls: 'setting-page' });
    this.titlebarEl = this.rootEl.createDiv({ cls: 'setting-page-titlebar' });
    this.containerEl = this.rootEl.createDiv({ cls: 'setting-page-content' });
  }

  abstract display(): void;

  /** Empties the content. */
  hide(): void {
    this.containerEl.empty();
  }
}
