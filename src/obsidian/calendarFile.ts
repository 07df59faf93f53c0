import { debounce, TFile, type App, type Plugin } from 'obsidian';
import { icsFeed } from '../core/formats/ics';
import { icsUtcStamp, sameIcsContent } from '../core/formats/icsText';
import type { ItemIndex } from '../core/index/ItemIndex';
import { refusal } from '../core/model/Refusal';
import type { CalendarSettings } from '../settings/settings';
import type { Clock } from './clock';
import type { PluginContext } from './PluginContext';
import { reportFailure } from './reportFailure';

/** How long items must stay unchanged before the kept calendar file is rewritten. */
export const CALENDAR_DELAY_MS = 2_000;

/** What writing the calendar file did, and how many events it holds. */
export interface CalendarWrite {
  /** `blocked`: a folder has the file's name (reported in a notice). */
  outcome: 'created' | 'updated' | 'unchanged' | 'blocked';
  events: number;
}

/**
 * Writes the vault's calendar (`exportIcs`: dated tasks as all-day events, infra deadlines with
 * alarms) to `path` through the vault API, creating its folder when missing. The file is left alone
 * when only the DTSTAMPs would change, so a sync service or git sees a change only when there is one.
 */
export async function writeCalendarFile(
  app: App,
  index: ItemIndex,
  path: string,
  clock: Clock,
): Promise<CalendarWrite> {
  const { text, events } = icsFeed(index.items(), { stamp: icsUtcStamp(new Date(clock.now()).toISOString()) });
  const existing = app.vault.getAbstractFileByPath(path);
  if (existing === null) {
    const folder = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
    if (folder !== '' && app.vault.getAbstractFileByPath(folder) === null) await app.vault.createFolder(folder);
    await app.vault.create(path, text);
    return { outcome: 'created', events };
  }
  if (!(existing instanceof TFile)) {
    const why = `${path} is a folder: move it away, or choose another calendar file in the settings.`;
    reportFailure('', refusal('FOLDER_IN_THE_WAY', why));
    return { outcome: 'blocked', events };
  }
  let changed = false;
  await app.vault.process(existing, (old) => {
    if (sameIcsContent(old, text)) return old;
    changed = true;
    return text;
  });
  return { outcome: changed ? 'updated' : 'unchanged', events };
}

/** Keeps the calendar file in step with the items while the setting is on: debounced, one write at a time. */
export class CalendarFeed {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly soon = debounce(() => void this.write(), CALENDAR_DELAY_MS, true);

  constructor(
    private readonly app: App,
    private readonly index: ItemIndex,
    private readonly settings: () => CalendarSettings,
    private readonly clock: () => Clock,
  ) {}

  /** The items (or the settings) changed: rewrite the file once they settle, when the setting is on. */
  changed(): void {
    if (this.settings().keepUpdated) this.soon();
  }

  /** Runs a pending rewrite now and waits for every write so far. */
  async flush(): Promise<void> {
    this.soon.run();
    await this.queue;
  }

  /** Drops a pending rewrite (the plugin unloads). */
  cancel(): void {
    this.soon.cancel();
  }

  private write(): Promise<unknown> {
    const path = this.settings().path;
    this.queue = this.queue
      .then(() => writeCalendarFile(this.app, this.index, path, this.clock()))
      .catch((error: unknown) => reportFailure(`Could not update ${path}`, error));
    return this.queue;
  }
}

/** Starts the kept calendar file: rewritten after each index revision (and settings change) while the setting is on. */
export function registerCalendarFeed(plugin: Plugin, ctx: PluginContext): CalendarFeed {
  const feed = new CalendarFeed(
    ctx.app,
    ctx.source.index,
    () => ctx.settings().calendar,
    () => ctx.clock,
  );
  plugin.registerEvent(ctx.source.onRevision(() => feed.changed()));
  plugin.register(() => feed.cancel());
  return feed;
}
