import { habitStats } from '../core/kinds/habitStats';
import { isKind, type Item } from '../core/model/Item';
import type { Choice } from '../obsidian/modals/ChoiceModal';
import { itemChoice } from './itemChoices';

/** Habits to check in: due today and not done first, then the others, then done today, paused last; ties by title. */
export function habitChoices(items: readonly Item[], today: string): Choice<Item>[] {
  const ranked = items.flatMap((h) => {
    if (!isKind(h, 'habit')) return [];
    const stats = habitStats(h.data, today);
    const rank = stats.paused ? 3 : stats.dueToday && !stats.doneToday ? 0 : stats.doneToday ? 2 : 1;
    const note = stats.paused ? 'paused' : stats.doneToday ? 'done today' : stats.dueToday ? 'due today' : undefined;
    return [{ h, rank, note }];
  });
  ranked.sort((a, b) => a.rank - b.rank || (a.h.title < b.h.title ? -1 : a.h.title > b.h.title ? 1 : 0));
  return ranked.map(({ h, note }) => itemChoice(h, note));
}
