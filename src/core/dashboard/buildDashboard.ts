import { attention } from '../attention/attention';
import type { ItemIndex } from '../index/ItemIndex';
import type { Problem } from '../model/Problem';
import type { DashboardOptions, DashboardSection } from './DashboardOptions';
import type { Observation } from '../observe/Observation';
import { attentionRows } from './attentionRows';
import { driftRows } from './driftRows';
import type { AttentionRow, DashboardModel, DashboardSectionModel } from './DashboardModel';
import { longDate } from './formatDate';
import { impactSection } from './impactSection';
import { infrastructureSection } from './infrastructureSection';
import { problemsSection } from './problemsSection';
import { readingSection } from './readingSection';
import { ROW_LIMIT } from './rowLimit';
import { todaySection } from './todaySection';
import { ALL_RELATION_CHECKS, relationWarnings } from '../relations/relationWarnings';

/** What `buildDashboard` needs besides the index. */
export interface DashboardContext {
  /** `YYYY-MM-DD`. */
  today: string;
  /** `YYYY-MM-DDTHH:mm`. */
  now: string;
  /** The person's choices: the plugin passes its settings, the CLI the vault's. */
  settings: DashboardOptions;
  /** Every problem to list, when the host knows more than the index (the CLI's unreadable notes); default `index.problems()`. */
  problems?: readonly Problem[];
  /**
   * The note open in the editor, for the impact section: a path, or null when none is open. A host
   * without an editor (the CLI's page) leaves it out, and the impact section with it.
   */
  activePath?: string | null;
  /** The stored observations by `observationKey` (the plugin's state file): status dots, newest snapshots, drift rows. */
  observations?: ReadonlyMap<string, Observation>;
}

/**
 * The dashboard as plain data: the sections of `settings.sections`, in that order, each list
 * holding its first `ROW_LIMIT` rows and its full count, with dates
 * shown per `settings.dateDisplay`, expiries looked for `settings.horizonDays` ahead, and the
 * relation warnings of `settings.relationChecks` listed among the problems.
 * @example buildDashboard(index, { today: '2026-11-28', now: '2026-11-28T09:00', settings: DEFAULT_SETTINGS }).sections[0]?.id // 'attention'
 */
export function buildDashboard(index: ItemIndex, ctx: DashboardContext): DashboardModel {
  const { today, now, settings } = ctx;
  const display = settings.dateDisplay;
  const problems = [
    ...(ctx.problems ?? index.problems()),
    ...relationWarnings(index, settings.relationChecks ?? ALL_RELATION_CHECKS),
  ];
  const entries = attention(index, { today, now, horizonDays: settings.horizonDays });
  const drifted = driftRows(index, ctx.observations);
  const queue: AttentionRow[] = [
    ...drifted,
    ...attentionRows(index, entries.slice(0, Math.max(ROW_LIMIT - drifted.length, 0))),
  ].slice(0, ROW_LIMIT);
  const attentionTotal = entries.length + drifted.length;
  const build: Record<DashboardSection, () => DashboardSectionModel> = {
    attention: () => ({
      id: 'attention',
      heading: 'Needs attention',
      entries: queue,
      totals: { entries: attentionTotal },
    }),
    today: () => todaySection(index, today, display, now),
    reading: () => readingSection(index, today, display),
    infrastructure: () =>
      infrastructureSection(index, {
        today,
        now,
        horizonDays: settings.horizonDays,
        display,
        ...(ctx.observations ? { observations: ctx.observations } : {}),
      }),
    problems: () => problemsSection(problems),
    impact: () => impactSection(index, ctx.activePath ?? null),
  };
  let errors = 0;
  for (const p of problems) if (p.severity === 'error') errors++;
  const counts = { items: index.stats().items, attention: attentionTotal, errors, warnings: problems.length - errors };
  return assembleDashboard(ctx, counts, build);
}

/**
 * The model from its counts and section builders: the sections the settings name, in their order
 * (impact only with an active note). Shared by the full build and DashboardTracker's update.
 */
export function assembleDashboard(
  ctx: DashboardContext,
  counts: DashboardModel['counts'],
  build: Record<DashboardSection, () => DashboardSectionModel>,
): DashboardModel {
  return {
    today: ctx.today,
    now: ctx.now,
    todayLabel: longDate(ctx.today),
    counts,
    sections: ctx.settings.sections
      .filter((id) => id !== 'impact' || ctx.activePath !== undefined)
      .map((id) => build[id]()),
  };
}
