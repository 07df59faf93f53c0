import type { AttentionEntry } from '../../core/attention/AttentionEntry';
import { SCORES } from '../../core/attention/scores';
import { basenameOf } from '../../core/index/linkPath';
import type { Problem } from '../../core/model/Problem';

/**
 * Attention entries for problems found while reading notes (YAML errors, not UTF-8, too large):
 * the index never sees those notes, so the CLI ranks them as `attention` ranks an index
 * problem — a `note` entry at the problem score.
 */
export function readerProblemEntries(problems: readonly Problem[]): AttentionEntry[] {
  return problems
    .filter((p) => p.severity === 'error')
    .map((p) => {
      const entry: AttentionEntry = { path: p.path, title: basenameOf(p.path), kind: 'note', reason: p.field === '' ? p.message : `${p.field}: ${p.message}`, severity: 'warning', score: SCORES.problem };
      if (p.field !== '') entry.field = p.field;
      return entry;
    });
}
