import { refusal, type Refusal } from '../model/Refusal';
import { formatFinding, type Finding } from './Finding';

/** A secret guard finding as a {@link Refusal}: code `SECRET_FOUND`, `path:line: reason`, the line. */
export function findingRefusal(finding: Finding): Refusal {
  return refusal('SECRET_FOUND', formatFinding(finding), { line: finding.line });
}
