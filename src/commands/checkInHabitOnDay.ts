import type { Command } from 'obsidian';
import { compareDateTimes } from '../core/dates/dateTime';
import { parseDate } from '../core/dates/parseDate';
import { TextPromptModal } from '../obsidian/modals/TextPromptModal';
import type { PluginContext } from '../obsidian/PluginContext';
import { habitChoices } from './habitChoices';
import { chooseItem } from './itemChoices';

/** Checks a habit in for a day the user types (`YYYY-MM-DD`, today or earlier). */
export function checkInHabitOnDayCommand(ctx: PluginContext): Command {
  return {
    id: 'check-in-habit-on-day',
    name: 'Check in a habit on a chosen day',
    callback: () => {
      const choices = habitChoices(ctx.source.index.byKind('habit'), ctx.clock.today());
      chooseItem(ctx, choices, 'Habit to check in…', 'No habits yet: add a note with `stack: habit`.', (habit) => {
        new TextPromptModal(ctx.app, {
          title: `Check in "${habit.title}"`,
          label: 'Day',
          placeholder: 'YYYY-MM-DD',
          value: ctx.clock.today(),
          submitText: 'Check in',
          validate: (value) => dayProblem(value.trim(), ctx.clock.today()),
          onSubmit: (value) => ctx.actions.checkInHabit(habit.path, value.trim()),
        }).open();
      });
    },
  };
}

/**
 * Why a typed day cannot be checked in, or null.
 * @example dayProblem('2026-02-30', '2026-11-28') // '2026-02-30 is not a date: use YYYY-MM-DD.'
 */
export function dayProblem(value: string, today: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || parseDate(value) === null)
    return `${value === '' ? 'An empty day' : value} is not a date: use YYYY-MM-DD.`;
  if (compareDateTimes(value, today) > 0) return `${value} is in the future (today is ${today}).`;
  return null;
}
