import type { App } from 'obsidian';
import type { Finding } from '../../core/guard/Finding';
import { findingRefusal } from '../../core/guard/findingRefusal';
import { refusal } from '../../core/model/Refusal';
import { reportFailure } from '../reportFailure';
import { ListModal } from './ListModal';

/** Tells the user the secret guard blocked a commit: a Notice naming the first finding, and with `modal` a list of all. */
export function showGuardFindings(app: App, findings: readonly Finding[], modal: boolean): void {
  const first = findingRefusal(findings[0]);
  const more = findings.length > 1 ? ` (and ${findings.length - 1} more)` : '';
  reportFailure(
    'Commit blocked by the secret guard',
    refusal(first.code, `${first.message}${more}. Nothing was committed.`, { line: first.line }),
  );
  if (!modal) return;
  const rows = findings.map((f) => ({ text: `${f.path}, line ${f.line}`, detail: f.reason }));
  new ListModal(
    app,
    'Commit blocked: possible secrets',
    rows,
    'Remove these values (keep a reference to where the secret lives instead), or allow the file in settings. Nothing was committed.',
  ).open();
}
