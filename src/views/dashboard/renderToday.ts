import type { HabitRow, TaskRow, TodaySection } from '../../core/dashboard/DashboardModel';
import type { DashboardActions } from '../DashboardActions';
import type { ViewElement } from '../dom/ViewElement';
import { actionButton, badge, dateEl, emptyNote, moreNote, noteLink, sectionShell, subheading } from '../parts';
import { timerControl } from './timerControl';
import { freshList, type DrawList } from './drawRows';

/** Today's tasks (each with a complete button) and habits (each with a check-in button, streak and last seven days). */
export function renderToday(
  parent: ViewElement,
  section: TodaySection,
  actions: DashboardActions,
  today: string,
  rows: DrawList = freshList,
): void {
  const body = sectionShell(parent, 'today', section.heading, section.totals.tasks + section.totals.habits);
  subheading(body, 'Tasks');
  if (section.tasks.length === 0) emptyNote(body, 'No task is due today or overdue.');
  else {
    rows(body, 'ul', 'vault-stack-list vault-stack-task-list', 'tasks', section.tasks, (l, task) =>
      taskRow(l, task, actions),
    );
    moreNote(body, section.tasks.length, section.totals.tasks, 'tasks');
  }
  subheading(body, 'Habits');
  if (section.habits.length === 0) emptyNote(body, 'No habit is due today.');
  else {
    rows(body, 'ul', 'vault-stack-list vault-stack-habit-list', 'habits', section.habits, (l, habit) =>
      habitRow(l, habit, actions, today),
    );
    moreNote(body, section.habits.length, section.totals.habits, 'habits');
  }
}

function taskRow(list: ViewElement, task: TaskRow, actions: DashboardActions): ViewElement {
  const li = list.createEl('li', { cls: ['vault-stack-row', 'vault-stack-task'] });
  li.toggleClass('is-overdue', task.overdue);
  const complete = actions.completeTask?.bind(actions);
  if (complete)
    actionButton(li, {
      text: '',
      label: `Complete ${task.title}`,
      cls: 'vault-stack-complete-box',
      run: () => complete(task.path),
    });
  const main = li.createDiv({ cls: 'vault-stack-row-main' });
  const titleLine = main.createDiv({ cls: 'vault-stack-row-title' });
  noteLink(titleLine, task.title, task.path, actions);
  if (task.priority) badge(titleLine, `${task.priority} priority`, `priority-${task.priority}`);
  const meta = main.createDiv({ cls: 'vault-stack-meta' });
  meta.createSpan({ cls: task.overdue ? 'vault-stack-when is-overdue' : 'vault-stack-when', text: task.when });
  dateEl(meta, task.due);
  if (task.every) meta.createSpan({ cls: 'vault-stack-recurrence', text: task.every });
  if (task.project) meta.createSpan({ cls: 'vault-stack-project', text: task.project });
  if (task.blocked) meta.createSpan({ cls: 'vault-stack-blocked', text: 'blocked' });
  timerControl(li, meta, task, actions);
  return li;
}

function habitRow(list: ViewElement, habit: HabitRow, actions: DashboardActions, today: string): ViewElement {
  const li = list.createEl('li', { cls: ['vault-stack-row', 'vault-stack-habit'] });
  li.toggleClass('is-done', habit.doneToday);
  if (habit.doneToday) {
    li.createSpan({ cls: 'vault-stack-done-mark', text: 'Done today' });
  } else {
    const checkIn = actions.checkInHabit?.bind(actions);
    if (checkIn)
      actionButton(li, {
        text: 'Check in',
        label: `Check in ${habit.title} for today`,
        cls: 'vault-stack-checkin',
        run: () => checkIn(habit.path, today),
      });
  }
  const main = li.createDiv({ cls: 'vault-stack-row-main' });
  const titleLine = main.createDiv({ cls: 'vault-stack-row-title' });
  noteLink(titleLine, habit.title, habit.path, actions, 'log');
  const meta = main.createDiv({ cls: 'vault-stack-meta' });
  meta.createSpan({ cls: 'vault-stack-goal', text: habit.progress ?? habit.goal });
  const unit = habit.streakUnit;
  meta.createSpan({
    cls: 'vault-stack-streak',
    text: habit.currentStreak > 0 ? `${habit.currentStreak}-${unit} streak` : 'no streak yet',
  });
  if (habit.longestStreak > habit.currentStreak)
    meta.createSpan({ cls: 'vault-stack-streak-best', text: `best ${habit.longestStreak}` });
  timerControl(li, meta, habit, actions);
  const strip = li.createDiv({
    cls: 'vault-stack-recent',
    attr: { role: 'list', 'aria-label': `${habit.title}, last ${habit.recent.length} days` },
  });
  for (const day of habit.recent) {
    const label = `${day.date}: ${day.done ? 'done' : 'not done'}`;
    strip.createSpan({
      cls: day.done ? 'vault-stack-day is-done' : 'vault-stack-day',
      attr: { role: 'listitem', title: label, 'aria-label': label },
    });
  }
  return li;
}
