import type { ImportPlan } from './ImportPlan';
import { planImport, type PlanImportInput } from './planImport';
import type { TimeZone } from './taskwarriorDates';
import { readTaskwarrior } from './taskwarriorJson';
import { taskwarriorTarget } from './taskwarriorTarget';

/**
 * The plan of importing a Taskwarrior JSON text into task notes, for the CLI and the plugin alike:
 * bad entries are problems (nothing planned); recurring templates (`status: recurring`) are left
 * out, with a notice, since their pending instances are the tasks to do.
 * @example planTaskwarriorImport(text, { notes, readText, isTaken, folder: 'Tasks', today, last }, zone)
 */
export function planTaskwarriorImport(
  text: string,
  vault: Omit<PlanImportInput<unknown>, 'target' | 'records' | 'entryLabel'>,
  zone: TimeZone,
): ImportPlan {
  const read = readTaskwarrior(text);
  if (read.problems.length > 0) return { notes: [], problems: read.problems };
  const kept = read.tasks.flatMap((task, i) => (task.status === 'recurring' ? [] : [{ task, at: i }]));
  const { plan, state } = planImport({
    ...vault,
    target: taskwarriorTarget(zone),
    records: kept.map((k) => k.task),
    entryLabel: (i) => read.labelOf(kept[i].at),
  });
  const templates = read.tasks.length - kept.length;
  const notices =
    templates === 0
      ? []
      : [
          `left out ${templates} recurring template${templates === 1 ? '' : 's'} (status "recurring"): their instances are the tasks`,
        ];
  return { ...plan, state, notices };
}
