import {
  PluginSettingTab,
  requireApiVersion,
  SecretComponent,
  Setting,
  type App,
  type Plugin,
  type SettingDefinitionItem,
} from 'obsidian';
import { DASHBOARD_SECTIONS, type DashboardSection, type DateDisplay } from '../core/dashboard/DashboardOptions';
import { calendarPath, type VaultStackSettings } from './settings';
import { observeRows } from './observeRows';
import { relationCheckRows } from './relationCheckRows';

/** What the settings tab changes and how it saves. */
export interface SettingsTabDeps {
  settings(): VaultStackSettings;
  /** Saves the settings with `saveData`. */
  save(): Promise<void>;
  /** Re-indexes when the ignored folders changed; called when the tab closes. */
  reindexIfIgnoreChanged(): Promise<void>;
}

const SECTION_NAMES: Record<DashboardSection, string> = {
  attention: 'Needs attention',
  today: 'Today',
  reading: 'Reading',
  infrastructure: 'Infrastructure',
  problems: 'Problems',
  impact: 'Impact of the open note',
};

const DATE_DISPLAYS: Record<DateDisplay, string> = {
  iso: 'ISO (2026-11-28)',
  relative: 'Relative (in 3 days)',
  locale: 'Your locale (28 Nov 2026)',
};

/** One settings row: drawn by `display()` before Obsidian 1.13, and handed to Obsidian as a `render` definition from 1.13 on. */
interface Row {
  name: string;
  desc?: string;
  render(setting: Setting): void;
}

/** Rows under a heading (none for the first group). */
interface Group {
  heading?: string;
  rows: Row[];
}

/**
 * The plugin's settings tab: indexing, dashboard and versioning. The same rows serve `display()`
 * (minAppVersion is below 1.13) and `getSettingDefinitions()` (searchable from 1.13 on). Tokens live
 * in Obsidian's secret storage, never in the settings.
 */
export class SettingsTab extends PluginSettingTab {
  private drawn = false;

  constructor(
    app: App,
    plugin: Plugin,
    private readonly deps: SettingsTabDeps,
  ) {
    super(app, plugin);
  }

  override display(): void {
    this.draw();
  }

  override getSettingDefinitions(): SettingDefinitionItem[] {
    return this.groups().map((group): SettingDefinitionItem => {
      const items = group.rows.map((row) => ({
        name: row.name,
        ...(row.desc === undefined ? {} : { desc: row.desc }),
        render: (setting: Setting) => row.render(setting),
      }));
      return group.heading === undefined ? { type: 'group', items } : { type: 'group', heading: group.heading, items };
    });
  }

  override hide(): void {
    this.drawn = false;
    super.hide();
    void this.deps.reindexIfIgnoreChanged();
  }

  private get settings(): VaultStackSettings {
    return this.deps.settings();
  }

  private draw(): void {
    const { containerEl } = this;
    containerEl.empty();
    for (const group of this.groups()) {
      if (group.heading !== undefined) new Setting(containerEl).setName(group.heading).setHeading();
      for (const row of group.rows) {
        const setting = new Setting(containerEl).setName(row.name);
        if (row.desc !== undefined) setting.setDesc(row.desc);
        row.render(setting);
      }
    }
    this.drawn = true;
  }

  /** Shows rows again after the section order changed. */
  private redraw(): void {
    if (this.drawn) this.draw();
    else if (requireApiVersion('1.13.0')) this.update();
  }

  private groups(): Group[] {
    return [
      { rows: [this.ignoreRow()] },
      { heading: 'Dashboard', rows: this.dashboardRows() },
      {
        heading: 'Relation checks',
        rows: relationCheckRows(
          () => this.settings,
          () => this.deps.save(),
        ),
      },
      { heading: 'Versioning', rows: this.versioningRows() },
      { heading: 'Calendar', rows: this.calendarRows() },
      { heading: 'Time tracking', rows: [this.concurrentTimersRow()] },
      {
        heading: 'Observation',
        rows: observeRows(
          this.app,
          () => this.settings.observe,
          () => this.deps.save(),
        ),
      },
    ];
  }

  private concurrentTimersRow(): Row {
    return {
      name: 'Several timers at once',
      desc: 'Let a new timer start while another runs. When off, starting a timer stops the running one.',
      render: (setting) => {
        setting.addToggle((t) =>
          t.setValue(this.settings.concurrentTimers).onChange((on) => {
            this.settings.concurrentTimers = on;
            void this.deps.save();
          }),
        );
      },
    };
  }

  private ignoreRow(): Row {
    return {
      name: 'Folders to ignore',
      desc: 'Notes in these folders are never indexed. One folder per line, relative to the vault root.',
      render: (setting) => {
        setting.addTextArea((text) =>
          text
            .setPlaceholder('Templates')
            .setValue(this.settings.ignoreFolders.join('\n'))
            .onChange((value) => {
              this.settings.ignoreFolders = folderLines(value);
              void this.deps.save();
            }),
        );
      },
    };
  }

  private dashboardRows(): Row[] {
    const shown = this.settings.sections;
    const ordered = [...shown, ...DASHBOARD_SECTIONS.filter((s) => !shown.includes(s))];
    const rows: Row[] = ordered.map((section) => ({
      name: SECTION_NAMES[section],
      render: (setting) => {
        const at = this.settings.sections.indexOf(section);
        if (at >= 0) {
          setting.addExtraButton((b) =>
            b
              .setIcon('arrow-up')
              .setTooltip('Move up')
              .setDisabled(at === 0)
              .onClick(() => void this.moveSection(at, -1)),
          );
          setting.addExtraButton((b) =>
            b
              .setIcon('arrow-down')
              .setTooltip('Move down')
              .setDisabled(at === this.settings.sections.length - 1)
              .onClick(() => void this.moveSection(at, 1)),
          );
        }
        setting.addToggle((t) => t.setValue(at >= 0).onChange((on) => void this.showSection(section, on)));
      },
    }));
    rows.push({
      name: 'Date display',
      desc: 'How dates appear on the dashboard and in query blocks.',
      render: (setting) => {
        setting.addDropdown((d) =>
          d
            .addOptions(DATE_DISPLAYS)
            .setValue(this.settings.dateDisplay)
            .onChange((value) => {
              if (value === 'iso' || value === 'relative' || value === 'locale') this.settings.dateDisplay = value;
              void this.deps.save();
            }),
        );
      },
    });
    rows.push(
      this.numberRow(
        'Due-soon horizon',
        'Days ahead that count as due soon, and how far ahead expiring domains, certificates and secrets show.',
        1,
        () => this.settings.horizonDays,
        (n) => (this.settings.horizonDays = n),
      ),
    );
    return rows;
  }

  private calendarRows(): Row[] {
    const calendar = (): VaultStackSettings['calendar'] => this.settings.calendar;
    return [
      {
        name: 'Keep a calendar file up to date',
        desc: 'Rewrite the calendar file a few seconds after items change, so a sync service or Git remote can publish it as a subscribed calendar. The "Export calendar (ICS)" command writes it once.',
        render: (setting) => {
          setting.addToggle((t) =>
            t.setValue(calendar().keepUpdated).onChange((on) => {
              calendar().keepUpdated = on;
              void this.deps.save();
            }),
          );
        },
      },
      {
        name: 'Calendar file',
        desc: 'Where the calendar is written, relative to the vault root; it must end in .ics.',
        render: (setting) => {
          setting.addText((text) =>
            text
              .setPlaceholder('stack.ics')
              .setValue(calendar().path)
              .onChange((value) => {
                const path = calendarPath(value);
                if (path === undefined) return;
                calendar().path = path;
                void this.deps.save();
              }),
          );
        },
      },
    ];
  }

  private versioningRows(): Row[] {
    const git = (): VaultStackSettings['git'] => this.settings.git;
    return [
      {
        name: 'Record changes with Git',
        desc: 'Commit changed notes to a Git repository at the vault root.',
        render: (setting) => {
          setting.addToggle((t) => t.setValue(git().enabled).onChange((on) => void this.saveGit({ enabled: on })));
        },
      },
      this.numberRow(
        'Commit after edits settle',
        'Seconds without edits before a commit; 0 turns it off.',
        0,
        () => git().autoCommitDelaySeconds,
        (n) => (git().autoCommitDelaySeconds = n),
      ),
      this.numberRow(
        'Commit every',
        'Minutes between commits of pending changes; 0 turns it off.',
        0,
        () => git().autoCommitIntervalMinutes,
        (n) => (git().autoCommitIntervalMinutes = n),
      ),
      this.textRow(
        'Author name',
        'Name on the commits.',
        () => git().authorName,
        (v) => ({ authorName: v }),
      ),
      this.textRow(
        'Author email',
        'Email on the commits.',
        () => git().authorEmail,
        (v) => ({ authorEmail: v }),
      ),
      this.textRow(
        'Remote URL',
        'An http or https address to pull from and push to; empty for none.',
        () => git().remoteUrl,
        (v) => ({ remoteUrl: v }),
      ),
      this.textRow(
        'Username',
        'The remote account name (some hosts accept any name with a token).',
        () => git().username,
        (v) => ({ username: v }),
      ),
      {
        name: 'Access token',
        desc: "The secret holding the remote's token. It stays in Obsidian's secret storage and is never written to the vault.",
        render: (setting) => {
          setting.addComponent((el) =>
            new SecretComponent(this.app, el)
              .setValue(git().tokenSecret)
              .onChange((name) => void this.saveGit({ tokenSecret: name })),
          );
        },
      },
    ];
  }

  private numberRow(name: string, desc: string, min: number, get: () => number, set: (n: number) => void): Row {
    return {
      name,
      desc,
      render: (setting) => {
        setting.addText((text) => {
          text.inputEl.type = 'number';
          text.setValue(String(get())).onChange((value) => {
            const n = wholeNumber(value, min);
            if (n === null) return;
            set(n);
            void this.deps.save();
          });
        });
      },
    };
  }

  private textRow(
    name: string,
    desc: string,
    get: () => string,
    patch: (v: string) => Partial<VaultStackSettings['git']>,
  ): Row {
    const render = (setting: Setting): void => {
      setting.addText((text) => text.setValue(get()).onChange((v) => void this.saveGit(patch(v.trim()))));
    };
    return { name, desc, render };
  }

  private async saveGit(patch: Partial<VaultStackSettings['git']>): Promise<void> {
    Object.assign(this.settings.git, patch);
    await this.deps.save();
  }

  private async moveSection(at: number, by: -1 | 1): Promise<void> {
    const sections = this.settings.sections;
    const to = at + by;
    if (to < 0 || to >= sections.length) return;
    [sections[at], sections[to]] = [sections[to], sections[at]];
    await this.deps.save();
    this.redraw();
  }

  private async showSection(section: DashboardSection, on: boolean): Promise<void> {
    const sections = this.settings.sections.filter((s) => s !== section);
    if (on) sections.push(section);
    this.settings.sections = sections;
    await this.deps.save();
    this.redraw();
  }
}

/**
 * The folders in a text area: one a line, trimmed, without leading or trailing slashes, no blanks or repeats.
 * @example folderLines(' Templates/\n\nArchive\n') // ['Templates', 'Archive']
 */
export function folderLines(value: string): string[] {
  const folders = value
    .split(/\r?\n/)
    .map((line) => line.trim().replace(/^\/+|\/+$/g, ''))
    .filter((line) => line !== '');
  return [...new Set(folders)];
}

/** A whole number at least `min` typed in a field, or null. */
function wholeNumber(value: string, min: number): number | null {
  if (!/^\s*\d+\s*$/.test(value)) return null;
  const n = Number(value);
  return Number.isSafeInteger(n) && n >= min ? n : null;
}
