import { Plugin } from 'obsidian';
import { registerCommands } from './commands/registerCommands';
import { registerBasesViews } from './obsidian/bases/registerBasesViews';
import { registerCalendarFeed, type CalendarFeed } from './obsidian/calendarFile';
import { systemClock } from './obsidian/clock';
import { DASHBOARD_VIEW_TYPE, DashboardView } from './obsidian/DashboardView';
import { FrontmatterWriter } from './obsidian/FrontmatterWriter';
import { registerVersioning } from './obsidian/git/registerVersioning';
import type { VersioningController } from './obsidian/git/VersioningController';
import { IndexSource } from './obsidian/IndexSource';
import { registerObservation } from './obsidian/observe/registerObservation';
import { openDashboard } from './obsidian/openDashboard';
import { PluginActions } from './obsidian/PluginActions';
import type { PluginContext } from './obsidian/PluginContext';
import { activeNoteOf, dashboardActionsOf, dashboardRenderer, queryBlockRenderer } from './obsidian/renderers';
import { registerStackBlocks } from './obsidian/StackBlockProcessor';
import { resolveSettings, type VaultStackSettings } from './settings/settings';
import { SettingsTab } from './settings/SettingsTab';
import { registerTimerStatusBar } from './obsidian/TimerStatusBar';

/** Composition root: builds adapters and the core, registers views and commands. No logic. */
export default class VaultStackPlugin extends Plugin {
  override settings!: VaultStackSettings;
  context!: PluginContext;
  calendarFeed!: CalendarFeed;

  override async onload(): Promise<void> {
    this.settings = resolveSettings(await this.loadData());
    const source = new IndexSource(this.app, this, () => this.settings);
    const writer = new FrontmatterWriter(this.app);
    let versioning: VersioningController | null = null;
    const observation = registerObservation(this, {
      index: source.index,
      clock: () => ctx.clock,
      settings: () => this.settings.observe,
    });
    const ctx: PluginContext = {
      app: this.app,
      source,
      clock: systemClock,
      observation,
      actions: new PluginActions({
        app: this.app,
        index: source.index,
        writer,
        clock: () => ctx.clock,
        concurrentTimers: () => this.settings.concurrentTimers,
      }),
      settings: () => this.settings,
      saveSettings: async () => {
        await this.saveData(this.settings);
        source.settingsChanged();
        versioning?.settingsChanged();
        observation.settingsChanged();
      },
      openDashboard: async (section) => void (await openDashboard(this.app, section)),
    };
    this.context = ctx;
    const clock = (): PluginContext['clock'] => ctx.clock;
    this.registerView(
      DASHBOARD_VIEW_TYPE,
      (leaf) =>
        new DashboardView(leaf, {
          source,
          clock,
          render: dashboardRenderer(ctx),
          activeNote: () => activeNoteOf(ctx),
          observations: observation.store,
        }),
    );
    registerStackBlocks(this, { source, clock, render: queryBlockRenderer(ctx) });
    registerBasesViews(this, { source, clock, actions: dashboardActionsOf(ctx.actions) });
    registerCommands(this, ctx);
    registerTimerStatusBar(this, ctx);
    this.addRibbonIcon('layout-dashboard', 'Open dashboard', () => ctx.openDashboard());
    this.addSettingTab(
      new SettingsTab(this.app, this, {
        settings: () => this.settings,
        save: () => ctx.saveSettings(),
        reindexIfIgnoreChanged: () => source.reindexIfIgnoreChanged(),
      }),
    );
    versioning = registerVersioning(this, { settings: () => this.settings, writer });
    this.calendarFeed = registerCalendarFeed(this, ctx);
    source.start();
  }
}
