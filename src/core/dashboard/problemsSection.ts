import type { Problem } from '../model/Problem';
import type { ProblemRow, ProblemsSection } from './DashboardModel';

/**
 * Every problem as a row (path, field, line, message, severity), errors before warnings, each
 * group in the given order (the index sorts by path and line).
 * @example problemsSection(index.problems()).problems[0]?.severity // 'error'
 */
export function problemsSection(problems: readonly Problem[]): ProblemsSection {
  const rows: ProblemRow[] = problems.map((p) => {
    const row: ProblemRow = { path: p.path, field: p.field, message: p.message, severity: p.severity };
    if (p.line !== undefined) row.line = p.line;
    return row;
  });
  const ranked = [...rows.filter((r) => r.severity === 'error'), ...rows.filter((r) => r.severity !== 'error')];
  return { id: 'problems', heading: 'Problems', problems: ranked };
}
