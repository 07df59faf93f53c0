import type { Clock } from './clock';
import type { IndexSource } from './IndexSource';

/** What a drawn view depended on: the index revision, the day and minute (a due time may pass), and the display settings' version. */
export interface RenderStamp {
  revision: number;
  day: string;
  minute: string;
  settings: number;
}

/** The stamp a view drawn now would have. */
export function currentStamp(source: IndexSource, clock: Clock): RenderStamp {
  return { revision: source.index.revision, day: clock.today(), minute: clock.now(), settings: source.settingsVersion };
}

/** Whether a view drawn with `a` is still up to date at `b`. */
export function sameStamp(a: RenderStamp | null, b: RenderStamp): boolean {
  return (
    a !== null && a.revision === b.revision && a.day === b.day && a.minute === b.minute && a.settings === b.settings
  );
}
