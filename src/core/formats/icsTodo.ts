import type { TaskStatus } from '../model/Item';
import { dateLine, pushSummary, pushTaskDetails, type IcsTaskWriter } from './ics';
import { CRLF } from './icsText';
import { icsRecurrence } from './icsRecurrence';
import { icsUid } from './icsUid';

const VTODO_STATUS: Record<TaskStatus, string> = {
  todo: 'NEEDS-ACTION',
  doing: 'IN-PROCESS',
  waiting: 'NEEDS-ACTION',
  done: 'COMPLETED',
  cancelled: 'CANCELLED',
};

/**
 * A task as a VTODO (the `todo` of IcsOptions: `vault-stack export ics --todo` and the CalDAV
 * publish): DUE, DTSTART (its `start`, or the series' first date when it recurs) and STATUS, for
 * task apps. Only the CLI imports this module.
 * @example icsFeed(items, { stamp: '20261203T000000Z', todo: icsTodo }).todos
 */
export const icsTodo: IcsTaskWriter = (lines, item, shared) => {
  const d = item.data;
  const uid = icsUid(item.path, 'task');
  const ref = d.due ?? d.scheduled;
  lines.push(`BEGIN:VTODO${CRLF}UID:${uid}${CRLF}${shared.stamp}`);
  const rule = d.every !== undefined && ref !== undefined ? icsRecurrence(d.every, ref) : null;
  const recurs = rule !== null;
  // DTSTART and DUE must have the same value type, DUE on or after DTSTART (RFC 5545 §3.8.2.3).
  const start = recurs ? ref : d.start;
  if (start !== undefined && (d.due === undefined || (start.length === d.due.length && start <= d.due)))
    lines.push(dateLine(shared.starts, 'DTSTART', start));
  if (d.due !== undefined) lines.push(dateLine(shared.dues, 'DUE', d.due));
  pushSummary(lines, item.title);
  lines.push(`STATUS:${VTODO_STATUS[d.status]}`);
  if (d.status === 'done') lines.push('PERCENT-COMPLETE:100');
  pushTaskDetails(lines, item, rule);
  lines.push('END:VTODO');
  return uid;
};
