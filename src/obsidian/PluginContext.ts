import type { App } from 'obsidian';
import type { VaultStackSettings } from '../settings/settings';
import type { Clock } from './clock';
import type { IndexSource } from './IndexSource';
import type { PluginObservation } from './observe/registerObservation';
import type { PluginActions } from './PluginActions';

/** What commands, views and the settings tab share; built once in main.ts. The clock may be swapped (tests). */
export interface PluginContext {
  app: App;
  source: IndexSource;
  actions: PluginActions;
  clock: Clock;
  /** The observation state the dashboard shows and the verifier behind "Verify stack now". */
  observation: PluginObservation;
  settings(): VaultStackSettings;
  /** Saves the settings (and re-indexes when the ignored folders changed). */
  saveSettings(): Promise<void>;
  /** Opens the dashboard pane (reusing an open one); `section` scrolls to a section. */
  openDashboard(section?: string): Promise<void>;
}
