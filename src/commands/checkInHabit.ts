import type { Command } from 'obsidian';
import type { PluginContext } from '../obsidian/PluginContext';
import { habitChoices } from './habitChoices';
import { chooseItem } from './itemChoices';

/** Checks a habit in for today; habits due today come first. */
export function checkInHabitCommand(ctx: PluginContext): Command {
  return {
    id: 'check-in-habit',
    name: 'Check in a habit',
    callback: () => {
      const today = ctx.clock.today();
      const choices = habitChoices(ctx.source.index.byKind('habit'), today);
      chooseItem(ctx, choices, 'Habit to check in today…', 'No habits yet: add a note with `stack: habit`.', (habit) =>
        ctx.actions.checkInHabit(habit.path, ctx.clock.today()),
      );
    },
  };
}
