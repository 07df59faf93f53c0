/** Dashboard view models: plain data built from the index, no HTML. */
export { buildDashboard, type DashboardContext } from './buildDashboard';
export { derivedProperties, DERIVED_PROPERTIES } from './derivedProperties';
export { formatDate, longDate, monthLabel, relativeDays } from './formatDate';
export { firstRows, ROW_LIMIT } from './rowLimit';
export { goalText } from './todaySection';
export { safeHttpUrl, siteOf } from './safeUrl';
export type * from './DashboardModel';
export { DASHBOARD_SECTIONS, type DashboardOptions, type DashboardSection, type DateDisplay } from './DashboardOptions';
