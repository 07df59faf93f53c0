import type * as O from 'obsidian';
import type { App } from './App';
import { HostError, notImplemented } from './HostError';

/** A registered code block processor. */
export interface CodeBlockProcessor {
  language: string;
  handler: (source: string, el: HTMLElement, ctx: O.MarkdownPostProcessorContext) => Promise<unknown> | void;
  sortOrder: number;
}

/** A ribbon icon as registered. */
export interface RibbonIcon {
  icon: string;
  title: string;
  el: HTMLElement;
  callback: (evt: MouseEvent) => unknown;
}

/** Host-only: everything plugins registered with the app, so tests can find and run it. */
export class PluginRegistry {
  readonly commands = new Map<string, O.Command>();
  readonly ribbonIcons: RibbonIcon[] = [];
  readonly statusBarItems: HTMLElement[] = [];
  readonly settingTabs: O.PluginSettingTab[] = [];
  readonly codeBlockProcessors: CodeBlockProcessor[] = [];
  readonly postProcessors: O.MarkdownPostProcessor[] = [];
  readonly protocolHandlers = new Map<string, O.ObsidianProtocolHandler>();
  readonly cliHandlers = new Map<string, O.CliHandler>();
  readonly editorExtensions: unknown[] = [];
  readonly editorSuggests: unknown[] = [];
  readonly hoverLinkSources = new Map<string, O.HoverLinkSource>();
  /** Bases view types by id (`registerBasesView`). */
  readonly basesViews = new Map<string, O.BasesViewRegistration>();
  /** Whether the Bases core plugin is on (registerBasesView returns false when not). */
  basesEnabled = true;
  /** Loaded plugins by id. */
  readonly loaded = new Map<string, O.Plugin>();
  private ribbon: HTMLElement | null = null;
  private statusBar: HTMLElement | null = null;

  constructor(private readonly app: App) {}

  /** The left ribbon element (created on first use). */
  ribbonEl(): HTMLElement {
    this.ribbon ??= this.app.workspace.containerEl.createDiv({ cls: 'side-dock-ribbon mod-left', prepend: true });
    return this.ribbon;
  }

  /** The status bar element (created on first use). */
  statusBarEl(): HTMLElement {
    this.statusBar ??= this.app.workspace.containerEl.createDiv({ cls: 'status-bar' });
    return this.statusBar;
  }

  /** Whether a command (full id, "plugin-id:command-id") would show in the palette now. */
  isCommandAvailable(id: string): boolean {
    const command = this.command(id);
    if (command.checkCallback) return command.checkCallback(true) === true;
    if (command.editorCallback || command.editorCheckCallback) return false;
    return command.callback !== undefined;
  }

  /** Runs a command by full id like the palette does; returns false when its check says it is unavailable. */
  executeCommand(id: string): boolean {
    const command = this.command(id);
    if (command.editorCallback || command.editorCheckCallback) throw notImplemented(`Editor command ${id}`);
    if (command.checkCallback) {
      if (command.checkCallback(true) !== true) return false;
      command.checkCallback(false);
      return true;
    }
    void command.callback?.();
    return true;
  }

  /** The code block processors for a language, in sort order. */
  processorsFor(language: string): CodeBlockProcessor[] {
    return this.codeBlockProcessors.filter((p) => p.language === language).sort((a, b) => a.sortOrder - b.sortOrder);
  }

  private command(id: string): O.Command {
    const command = this.commands.get(id);
    if (!command)
      throw new HostError(
        'EINVAL',
        `No command "${id}"; registered: ${[...this.commands.keys()].join(', ') || 'none'}`,
      );
    return command;
  }
}
