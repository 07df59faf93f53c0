import type { BasesAllOptions, BasesViewConfig, Plugin } from 'obsidian';
import { rowsOf, type BaseProperty } from '../../core/bases/BaseRow';
import { buildBaseHeatmap, DEFAULT_HEATMAP_GRIDS, type BaseHeatmapModel } from '../../core/bases/heatmapModel';
import { buildBaseStatus, DEFAULT_STATUS_CARDS } from '../../core/bases/statusModel';
import { buildBaseTimeline, DEFAULT_TIMELINE_ROWS } from '../../core/bases/timelineModel';
import { BaseHeatmapRenderer } from '../../views/bases/renderBaseHeatmap';
import { BaseStatusRenderer } from '../../views/bases/renderBaseStatus';
import { BaseTimelineRenderer } from '../../views/bases/renderBaseTimeline';
import type { DashboardActions } from '../../views/DashboardActions';
import { rowGroupsOf } from './entryRows';
import { VaultStackBasesView, type BasesViewDeps, type DrawBasesView } from './VaultStackBasesView';

/** The view type ids, as a `.base` file's `views[].type` names them. */
export const BASES_VIEW_TYPES = {
  heatmap: 'vault-stack-heatmap',
  timeline: 'vault-stack-timeline',
  status: 'vault-stack-status',
} as const;

/** What the views need from the plugin: the index, the clock and the actions behind clicks. */
export interface BasesViewsDeps extends BasesViewDeps {
  actions: DashboardActions;
}

/**
 * Offers the Habit heatmap, Timeline and Stack status views in every Base's view menu (Obsidian
 * 1.10+). Returns false when Bases is turned off in this vault (nothing is registered then).
 */
export function registerBasesViews(plugin: Plugin, deps: BasesViewsDeps): boolean {
  const heatmap = plugin.registerBasesView(BASES_VIEW_TYPES.heatmap, {
    name: 'Habit heatmap',
    icon: 'calendar-check',
    factory: (controller, el) =>
      new VaultStackBasesView(controller, el, BASES_VIEW_TYPES.heatmap, deps, heatmapDrawer(deps)),
    options: () => HEATMAP_OPTIONS,
  });
  if (!heatmap) return false;
  plugin.registerBasesView(BASES_VIEW_TYPES.timeline, {
    name: 'Timeline',
    icon: 'calendar-range',
    factory: (controller, el) =>
      new VaultStackBasesView(controller, el, BASES_VIEW_TYPES.timeline, deps, timelineDrawer(deps)),
    options: () => TIMELINE_OPTIONS,
  });
  plugin.registerBasesView(BASES_VIEW_TYPES.status, {
    name: 'Stack status',
    icon: 'activity',
    factory: (controller, el) =>
      new VaultStackBasesView(controller, el, BASES_VIEW_TYPES.status, deps, statusDrawer(deps)),
    options: () => STATUS_OPTIONS,
  });
  return true;
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
        // Seam: observed health comes here once the plugin keeps observations (DESIGN.md §5).
        observedHealth: undefined,
        maxCards: numberOption(view.config, 'rows', DEFAULT_STATUS_CARDS),
      });
      return renderer.render(root, model);
    },
    reset: () => renderer.reset(),
  };
}

/** A slider's stored value, or the default when unset or not a positive number. */
function numberOption(config: BasesViewConfig, key: string, fallback: number): number {
  const value = config.get(key);
  return typeof value === 'number' && value > 0 ? Math.floor(value) : fallback;
}
