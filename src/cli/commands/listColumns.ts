import { days, showDateTime } from '../../core/attention/phrases';
import { goalText } from '../../core/dashboard/todaySection';
import { isKind, type Item } from '../../core/model/Item';

/** An item's derived state under the names queries read (`derivedState`). */
export type ItemState = Readonly<Record<string, unknown>>;

/** The columns `list --kind K` shows between TITLE and PATH, and how to fill them. */
export interface KindColumns {
  header: readonly string[];
  cells(item: Item, state: ItemState): string[];
}

const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);
const yes = (v: unknown): string => (v === true ? 'yes' : '');

/** How far a date is from today: `in 4 days`, `today`, `3 days ago` (`overdue by 3 days` for what is due). */
function relative(inDays: number, past = (n: number): string => `${days(n)} ago`): string {
  if (inDays < 0) return past(-inDays);
  return inDays === 0 ? 'today' : `in ${days(inDays)}`;
}

const overdue = (n: number): string => `overdue by ${days(n)}`;

/** A date with how far it is: `2026-12-01 (due in 3 days)`. */
function dated(date: string | undefined, phrase: string | undefined): string {
  if (date === undefined) return '';
  return phrase === undefined ? showDateTime(date) : `${showDateTime(date)} (${phrase})`;
}

function taskCells(item: Item, s: ItemState): string[] {
  if (!isKind(item, 'task')) return [];
  const inDays = num(s.due_in);
  const open = item.data.status === 'todo' || item.data.status === 'doing' || item.data.status === 'waiting';
  return [
    item.data.status,
    dated(item.data.due, open && inDays !== undefined ? relative(inDays, overdue) : undefined),
    open ? String(s.urgency) : '',
    yes(s.blocked),
  ];
}

function habitCells(item: Item, s: ItemState): string[] {
  if (!isKind(item, 'habit')) return [];
  return [
    goalText(item.data.goal),
    s.paused === true ? 'paused' : String(s.streak),
    yes(s.done_today),
    yes(s.due_today),
  ];
}

function backupCells(item: Item, s: ItemState): string[] {
  if (!isKind(item, 'backup')) return [];
  return [
    String(s.state),
    item.data.lastRun === undefined ? '' : showDateTime(item.data.lastRun),
    typeof s.next_run === 'string' ? showDateTime(s.next_run) : '',
  ];
}

function secretCells(item: Item, s: ItemState): string[] {
  if (!isKind(item, 'secret')) return [];
  let rotation = '';
  if (typeof s.rotate_by === 'string')
    rotation = s.rotation_due === true ? `rotation due since ${s.rotate_by}` : `rotate by ${s.rotate_by}`;
  else if (item.data.rotate !== undefined) rotation = 'rotation date unknown (no rotated)';
  return [item.data.store, rotation, dated(item.data.expires, inWords(num(s.expires_in)))];
}

function domainCells(item: Item, s: ItemState): string[] {
  if (!isKind(item, 'domain')) return [];
  return [
    dated(item.data.expires, inWords(num(s.expires_in))),
    dated(item.data.tlsExpires, inWords(num(s.tls_expires_in))),
    yes(item.data.autoRenew),
  ];
}

function deviceCells(item: Item, s: ItemState): string[] {
  if (!isKind(item, 'device')) return [];
  return [item.data.role ?? '', dated(item.data.warranty, inWords(num(s.warranty_ends_in)))];
}

function bookmarkCells(item: Item): string[] {
  if (!isKind(item, 'bookmark')) return [];
  return [item.data.status, item.data.added ?? '', item.data.dead ?? ''];
}

function inWords(daysLeft: number | undefined): string | undefined {
  return daysLeft === undefined ? undefined : relative(daysLeft);
}

/** The columns of `list --kind K` for each builtin kind with more to show than its title. */
export const KIND_COLUMNS: Readonly<Record<string, KindColumns>> = {
  task: { header: ['STATUS', 'DUE', 'URGENCY', 'BLOCKED'], cells: taskCells },
  habit: { header: ['GOAL', 'STREAK', 'DONE TODAY', 'DUE TODAY'], cells: habitCells },
  backup: { header: ['STATE', 'LAST RUN', 'NEXT RUN'], cells: backupCells },
  secret: { header: ['STORE', 'ROTATION', 'EXPIRES'], cells: secretCells },
  domain: { header: ['EXPIRES', 'TLS EXPIRES', 'AUTO-RENEW'], cells: domainCells },
  device: { header: ['ROLE', 'WARRANTY'], cells: deviceCells },
  bookmark: { header: ['STATUS', 'ADDED', 'DEAD'], cells: bookmarkCells },
};

/**
 * An item's state in one cell, for the mixed-kind table: the columns of its kind that say
 * something, labelled, joined with `, ` (`todo, due 2026-12-01 (due in 3 days), urgency 8.2`).
 */
export function stateSummary(item: Item, state: ItemState): string {
  const columns = KIND_COLUMNS[item.data.type];
  if (!columns) return '';
  const cells = columns.cells(item, state);
  return columns.header
    .map((h, i) => summaryPart(h, cells[i] ?? ''))
    .filter((part) => part !== '')
    .join(', ');
}

/** One labelled cell: `yes` flags become their label (`blocked`), values get a lowercase label unless they speak for themselves. */
function summaryPart(header: string, cell: string): string {
  if (cell === '') return '';
  const label = header.toLowerCase();
  if (cell === 'yes') return label;
  if (SELF_EXPLAINING.has(label) || cell === 'paused') return cell;
  return `${label} ${cell}`;
}

const SELF_EXPLAINING = new Set(['status', 'state', 'goal', 'store', 'rotation']);
