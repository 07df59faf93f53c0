import type { Problem } from '../model/Problem';
import type { ProblemRow, ProblemsSection } from './DashboardModel';
import { firstRows } from './rowLimit';

/**
 * The first `ROW_LIMIT` problems as rows (path, field, line, message, severity), errors before warnings, each
 * group in the given order (the index sorts by path and line).
 * @example problemsSection(index.problems()).problems[0]?.severity // 'error'
 */
export function problemsSection(problems: readonly Problem[]): ProblemsSection {
  const ranked = [...problems.filter((p) => p.severity === 'error'), ...problems.filter((p) => p.severity !== 'error')];
  const rows = firstRows(ranked, (p): ProblemRow => {
    const row: ProblemRow = { path: p.path, field: p.field, message: p.message, severity: p.severity };
    if (p.line !== undefined) row.line = p.line;
    return row;
  });
  return { id: 'problems', heading: 'Problems', problems: rows, totals: { problems: problems.length } };
}
