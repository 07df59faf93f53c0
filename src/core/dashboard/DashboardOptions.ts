import type { RelationChecks } from '../relations/relationWarnings';

/** The dashboard's sections, in their default order. */
export const DASHBOARD_SECTIONS = ['attention', 'today', 'reading', 'infrastructure', 'problems', 'impact'] as const;

/** One section of the dashboard pane. */
export type DashboardSection = (typeof DASHBOARD_SECTIONS)[number];

/** How dates are shown in the dashboard and query blocks. */
export type DateDisplay = 'iso' | 'relative' | 'locale';

/** What the dashboard lets a person choose (the plugin's settings hold these). */
export interface DashboardOptions {
  /** Dashboard sections in display order; a section absent here is hidden. */
  sections: readonly DashboardSection[];
  dateDisplay: DateDisplay;
  /** Days ahead that count as "due soon" and the infrastructure expiry horizon. */
  horizonDays: number;
  /** Which relation warnings the Problems section lists; all of them when absent. */
  relationChecks?: RelationChecks;
}
