import type { BasesAllOptions, BasesViewConfig, Plugin } from 'obsidian';
import { rowsOf, type BaseProperty } from '../../core/bases/BaseRow';
import { buildBaseHeatmap, DEFAULT_HEATMAP_GRIDS, type BaseHeatmapModel } from '../../core/bases/heatmapModel';
import { buildBaseStatus, DEFAULT_STATUS_CARDS } from '../../core/bases/statusModel';
import { buildBaseTimeline, DEFAULT_TIMELINE_ROWS } from '../../core/bases/timelineModel';
import {
  buildBaseTimeReport,
  DEFAULT_TIME_REPORT_ROWS,
  TIME_REPORT_GROUPINGS,
  TIME_REPORT_PERIODS,
  type TimeReportPeriod,
} from '../../core/bases/timeReportModel';
import { BaseTimeReportRenderer } from '../../views/bases/renderBaseTimeReport';
import { BaseHeatmapRenderer } from '../../views/bases/renderBaseHeatmap';
import { BaseStatusRenderer } from '../../views/bases/renderBaseStatus';
import { BaseTimelineRenderer } from '../../views/bases/renderBaseTimeline';
import type { DashboardActions } from '../../views/DashboardActions';
import { observationKey } from '../../core/observe/Observation';
import { rowGroupsOf } from './entryRows';
import { VaultStackBasesView, type BasesViewDeps, type DrawBasesView } from './VaultStackBasesView';

/** The view type ids, as a `.base` file's `views[].type` names them. */
export const BASES_VIEW_TYPES = {
  heatmap: 'vault-stack-heatmap',
  timeline: 'vault-stack-timeline',
  status: 'vault-stack-status',
  timeReport: 'vault-stack-time-report',
} as const;

/** What the views need from the plugin: the index, the clock and the actions behind clicks. */
export interface BasesViewsDeps extends BasesViewDeps {
  actions: DashboardActions;
}

/**
 * Offers the Habit heatmap, Timeline, Stack status and Time report views in every Base's view
 * menu (Obsidian 1.10+, the `@since` of `registerBasesView` and the option types used). Returns false when Bases is turned off in this vault (nothing is registered then).
 */
export function registerBasesViews(plugin: Plugin, deps: BasesViewsDeps): boolean {
  const views: Array<[string, string, string, BasesAllOptions[], (d: BasesViewsDeps) => DrawBasesView]> = [
    [BASES_VIEW_TYPES.heatmap, 'Habit heatmap', 'calendar-check', HEATMAP_OPTIONS, heatmapDrawer],
    [BASES_VIEW_TYPES.timeline, 'Timeline', 'calendar-range', TIMELINE_OPTIONS, timelineDrawer],
    [BASES_VIEW_TYPES.status, 'Stack status', 'activity', STATUS_OPTIONS, statusDrawer],
    [BASES_VIEW_TYPES.timeReport, 'Time report', 'timer', TIME_REPORT_OPTIONS, timeReportDrawer],
  ];
  // registerBasesView is false when Bases is off: then nothing else is tried.
  return views.every(([type, name, icon, options, drawer]) =>
    plugin.registerBasesView(type, {
      name,
      icon,
      factory: (controller, el) => new VaultStackBasesView(controller, el, type, deps, drawer(deps)),
      options: () => options,
    }),
  );
}

const HEATMAP_OPTIONS: BasesAllOptions[] = [
  { type: 'property', key: 'dates', displayName: 'Date list property', default: 'note.log', placeholder: 'log' },
  { type: 'text', key: 'goal', displayName: 'Goal', placeholder: "The habit's own (daily, 3/week, mon, wed)" },
  { type: 'toggle', key: 'perGroup', displayName: 'One grid per group', default: false },
  {
    type: 'slider',
    key: 'rows',
    displayName: 'Grids shown',
    default: DEFAULT_HEATMAP_GRIDS,
    min: 10,
    max: 500,
    step: 10,
  },
];

const TIMELINE_OPTIONS: BasesAllOptions[] = [
  {
    type: 'property',
    key: 'dateProperty',
    displayName: 'Date property',
    placeholder: 'due, expires, warranty or tls-expires',
  },
  {
    type: 'slider',
    key: 'rows',
    displayName: 'Rows shown',
    default: DEFAULT_TIMELINE_ROWS,
    min: 50,
    max: 2000,
    step: 50,
  },
];

const STATUS_OPTIONS: BasesAllOptions[] = [
  {
    type: 'slider',
    key: 'rows',
    displayName: 'Cards shown',
    default: DEFAULT_STATUS_CARDS,
    min: 20,
    max: 1000,
    step: 20,
  },
];

function heatmapDrawer(deps: BasesViewsDeps): DrawBasesView {
  const renderer = new BaseHeatmapRenderer(deps.actions);
  let last: BaseHeatmapModel | null = null;
  return {
    draw: (view, root) => {
      const goal = view.config.get('goal');
      const options = {
        property: view.config.getAsPropertyId('dates') ?? 'note.log',
        goal: typeof goal === 'string' ? goal : null,
        perGroup: view.config.get('perGroup') === true,
        today: deps.clock().today(),
        maxGrids: numberOption(view.config, 'rows', DEFAULT_HEATMAP_GRIDS),
      };
      last = buildBaseHeatmap(rowGroupsOf(view.app, deps.source.index, view.data), options, last);
      return renderer.render(root, last);
    },
    reset: () => renderer.reset(),
  };
}

function timelineDrawer(deps: BasesViewsDeps): DrawBasesView {
  const renderer = new BaseTimelineRenderer(deps.actions);
  return {
    draw: (view, root) => {
      const model = buildBaseTimeline(rowGroupsOf(view.app, deps.source.index, view.data), {
        property: view.config.getAsPropertyId('dateProperty'),
        today: deps.clock().today(),
        maxRows: numberOption(view.config, 'rows', DEFAULT_TIMELINE_ROWS),
      });
      return renderer.render(root, model);
    },
    reset: () => renderer.reset(),
  };
}

function statusDrawer(deps: BasesViewsDeps): DrawBasesView {
  const renderer = new BaseStatusRenderer(deps.actions);
  return {
    draw: (view, root) => {
      const rows = rowGroupsOf(view.app, deps.source.index, view.data).flatMap(rowsOf);
      const properties: BaseProperty[] = view.config
        .getOrder()
        .filter((id) => id !== 'file.name' && id !== 'file.basename')
        .map((id) => ({ id, name: view.config.getDisplayName(id) }));
      const clock = deps.clock();
      const model = buildBaseStatus(rows, {
        index: deps.source.index,
        today: clock.today(),
        now: clock.now(),
        properties,
        observedHealth: (path) => deps.observations?.map.get(observationKey({ check: 'health', path })),
        maxCards: numberOption(view.config, 'rows', DEFAULT_STATUS_CARDS),
      });
      return renderer.render(root, model);
    },
    reset: () => renderer.reset(),
    // A task's due time or a backup's deadline passes with the minute: redraw each minute (only changed cards are drawn).
    ticking: () => true,
  };
}

const TIME_REPORT_OPTIONS: BasesAllOptions[] = [
  { type: 'dropdown', key: 'by', displayName: 'Group by', default: 'item', options: { ...TIME_REPORT_GROUPINGS } },
  { type: 'dropdown', key: 'period', displayName: 'Period', default: 'all', options: { ...TIME_REPORT_PERIODS } },
  {
    type: 'slider',
    key: 'rows',
    displayName: 'Rows shown',
    default: DEFAULT_TIME_REPORT_ROWS,
    min: 10,
    max: 1000,
    step: 10,
  },
];

function timeReportDrawer(deps: BasesViewsDeps): DrawBasesView {
  const renderer = new BaseTimeReportRenderer(deps.actions);
  let running = false;
  return {
    draw: (view, root) => {
      const clock = deps.clock();
      const index = deps.source.index;
      const model = buildBaseTimeReport(rowGroupsOf(view.app, index, view.data), {
        by: choiceOption(view.config, 'by', TIME_REPORT_GROUPINGS, 'item'),
        period: choiceOption<TimeReportPeriod>(view.config, 'period', TIME_REPORT_PERIODS, 'all'),
        today: clock.today(),
        now: clock.now(),
        inlineTasks: (path) => index.inlineTasks(path),
        maxRows: numberOption(view.config, 'rows', DEFAULT_TIME_REPORT_ROWS),
      });
      running = model.running;
      return renderer.render(root, model);
    },
    reset: () => renderer.reset(),
    // A running timer's time grows: redraw each minute while one runs.
    ticking: () => running,
  };
}

/** A dropdown's stored value when it is one of its choices, else the default. */
function choiceOption<K extends string>(
  config: BasesViewConfig,
  key: string,
  choices: Readonly<Record<K, string>>,
  fallback: K,
): K {
  const value = config.get(key);
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(choices, value) ? (value as K) : fallback;
}

/** A slider's stored value, or the default when unset or not a positive number. */
function numberOption(config: BasesViewConfig, key: string, fallback: number): number {
  const value = config.get(key);
  return typeof value === 'number' && value > 0 ? Math.floor(value) : fallback;
}
