import type { DashboardActions } from '../DashboardActions';
import type { ViewElement } from '../dom/ViewElement';
import { actionButton } from '../parts';

/**
 * A task's or habit's timer on its dashboard row: "timer since 09:15" in the meta line while one
 * runs, and a start or stop button when the host can act (the CLI's static page draws none).
 */
export function timerControl(
  row: ViewElement,
  meta: ViewElement,
  item: { path: string; title: string; timerSince?: string },
  actions: DashboardActions,
): void {
  const running = item.timerSince !== undefined;
  if (item.timerSince !== undefined)
    meta.createSpan({ cls: 'vault-stack-timer-since', text: `timer since ${item.timerSince.slice(11)}` });
  const act = running ? actions.stopTimer?.bind(actions) : actions.startTimer?.bind(actions);
  if (!act) return;
  actionButton(row, {
    text: running ? 'Stop timer' : 'Start timer',
    label: `${running ? 'Stop the timer on' : 'Start a timer on'} ${item.title}`,
    cls: running ? 'vault-stack-timer-stop' : 'vault-stack-timer-start',
    run: () => act(item.path),
  });
}
