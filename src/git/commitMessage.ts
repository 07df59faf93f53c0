import { CHANGE_PHRASES as SAY } from '../core/actions/changePhrases';
import type { ItemSummary } from './itemChangePhrase';
import { changedFields, itemChangePhrase } from './itemChangePhrase';

/** One changed path as the message sees it; `before`/`after` are set when that version is an item. */
export interface MessageChange {
  path: string;
  status: 'added' | 'modified' | 'deleted' | 'renamed';
  /** For a rename: the old path. */
  from?: string;
  before?: ItemSummary | null;
  after?: ItemSummary | null;
  /** Changed fields, when the caller knows them; otherwise computed from `before`/`after`. */
  changedFields?: readonly string[];
}

/** Options of {@link commitMessage}. */
export interface CommitMessageOptions {
  /** Longest subject line. Default 72. */
  maxSubject?: number;
  /** List the files in the body when more than this many changed. Default 3. */
  listFilesOver?: number;
}

const STATUS_LETTER = { added: 'A', modified: 'M', deleted: 'D', renamed: 'R' } as const;

/**
 * Writes a commit message in item terms — `habit: meditate checked in 2026-11-28`,
 * `task: renew passport done`, `bookmark: 3 added`, `service: jellyfin port changed` — with a
 * plain file list for notes that are not items, and a body listing the files when many changed.
 */
export function commitMessage(changes: readonly MessageChange[], options: CommitMessageOptions = {}): string {
  const max = options.maxSubject ?? 72;
  const byKind = new Map<string, Map<string, string[]>>();
  const notes: MessageChange[] = [];
  for (const change of changes) {
    const described = describe(change);
    if (described === null) {
      notes.push(change);
      continue;
    }
    const phrases = byKind.get(described.kind) ?? new Map<string, string[]>();
    byKind.set(described.kind, phrases);
    phrases.set(described.phrase, [...(phrases.get(described.phrase) ?? []), described.title]);
  }
  const segments = [...byKind].map(
    ([kind, phrases]) => `${kind}: ${[...phrases].map(([phrase, titles]) => `${who(titles)} ${phrase}`).join('; ')}`,
  );
  if (notes.length > 0) segments.push(noteSegment(notes, segments.length === 0));
  let subject = segments.join('; ');
  if (subject.length > max) subject = summary(byKind, notes.length);
  if (subject.length > max) subject = `${subject.slice(0, max - 1)}…`;
  if (subject === '') subject = 'vault: no changes';
  const listOver = options.listFilesOver ?? 3;
  if (changes.length <= listOver) return subject;
  // In git's order (string order: byte order for names within U+FFFF), not localeCompare, whose
  // first call loads ICU's collator (3-7 ms of a `vault-stack commit` that lists its files).
  const body = [...changes]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((c) => `${STATUS_LETTER[c.status]} ${c.from === undefined ? c.path : `${c.from} -> ${c.path}`}`);
  return `${subject}\n\n${body.join('\n')}`;
}

function describe(change: MessageChange): { kind: string; title: string; phrase: string } | null {
  const { before, after } = change;
  const item = after ?? before;
  if (!item) return null;
  const title = clip(item.title);
  if (change.status === 'deleted' || !after) return { kind: item.kind, title, phrase: SAY.deleted };
  if (change.status === 'added' || !before) return { kind: after.kind, title, phrase: SAY.added };
  const fields = change.changedFields ?? changedFields(before, after);
  if (change.status === 'renamed' && fields.length === 0) {
    return {
      kind: after.kind,
      title: clip(before.title),
      phrase: before.title === after.title ? SAY.moved : SAY.renamedTo(clip(after.title)),
    };
  }
  return { kind: after.kind, title, phrase: itemChangePhrase(before, after, fields) };
}

function who(titles: readonly string[]): string {
  return titles.length <= 2 ? titles.join(', ') : String(titles.length);
}

function noteSegment(notes: readonly MessageChange[], alone: boolean): string {
  const names = notes.map((n) => n.path.slice(n.path.lastIndexOf('/') + 1).replace(/\.md$/, ''));
  const verb = notes.every((n) => n.status === 'added')
    ? 'add'
    : notes.every((n) => n.status === 'deleted')
      ? 'delete'
      : 'update';
  if (notes.length === 1) return alone ? `${verb} ${notes[0].path}` : `note ${names[0]}`;
  const list = notes.length <= 3 ? `: ${names.join(', ')}` : '';
  return alone ? `${verb} ${notes.length} notes${list}` : `${notes.length} notes`;
}

function summary(byKind: ReadonlyMap<string, ReadonlyMap<string, string[]>>, noteCount: number): string {
  const kinds = [...byKind].map(
    ([kind, phrases]) => `${[...phrases.values()].reduce((n, t) => n + t.length, 0)} ${kind}`,
  );
  const items = kinds.length === 0 ? '' : `items changed: ${kinds.join(', ')}`;
  const notes = noteCount === 0 ? '' : `${noteCount} note${noteCount === 1 ? '' : 's'}`;
  return [items, notes].filter((s) => s !== '').join('; ');
}

function clip(title: string): string {
  return title.length > 40 ? `${title.slice(0, 39)}…` : title;
}
