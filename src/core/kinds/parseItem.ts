import {
  BUILTIN_KINDS,
  type BuiltinKind,
  type Item,
  type ItemData,
  type ItemOf,
  type ParseResult,
} from '../model/Item';
import { parseBackup } from './backup';
import { parseBookmark } from './bookmark';
import { parseCommon, type CommonFields } from './common';
import { parseCustom } from './custom';
import { parseDevice } from './device';
import { parseDomain } from './domain';
import { collectLinks } from './fields/collectLinks';
import { describeValue, isRecord, ownValue } from './fields/describeValue';
import { FieldReader } from './fields/FieldReader';
import { parseHabit } from './habit';
import { parseKindDeclaration } from './kind';
import { COMMON_FIELDS } from './KindSpec';
import { KIND_SPECS, isBuiltinKind } from './registry';
import { parseSecret } from './secret';
import { parseService } from './service';
import { parseTask } from './task';
import { declaredKind } from '../notes/declaredKind';
import { suggestField } from './typos';

/** One note to parse: its path, its frontmatter as the YAML parser gave it, and optionally each field's 1-based line. */
export interface ParseInput {
  path: string;
  frontmatter: Record<string, unknown> | null | undefined;
  lines?: Readonly<Record<string, number>>;
}

/** The user-defined kinds: lowercase kind name → the `stack: kind` item declaring it. */
export type UserKinds = ReadonlyMap<string, ItemOf<'kind'>>;

/** Reads one builtin kind's data; null when the note is not meaningful as that kind. */
type KindParser = (r: FieldReader, common: CommonFields) => ItemData | null;

const PARSERS: Record<BuiltinKind, KindParser> = {
  bookmark: (r) => parseBookmark(r),
  habit: (r) => parseHabit(r),
  task: (r) => parseTask(r),
  service: (r) => parseService(r),
  backup: (r) => parseBackup(r),
  secret: (r) => parseSecret(r),
  domain: (r, common) => parseDomain(r, common.title),
  device: (r) => parseDevice(r),
  kind: (r) => parseKindDeclaration(r),
};

/**
 * Parses one note into an item. Never throws: every bad value becomes a problem (messages name
 * no field; `problem.field` does). A note without a `stack:` key is not an item and gives no
 * problems. Severity policy: a value that cannot be used is an `error` and that field is dropped
 * (the item is kept unless its kind is meaningless without it: a bookmark without `url`, a backup
 * without `every`, a kind declaration without a valid `name`); an unquoted `[[link]]` and a
 * probable typo in a field name are `warning`s.
 * @example parseItem({ path: 'Read/Article.md', frontmatter: { stack: 'bookmark', url: 'https://example.com' } }, new Map())
 */
export function parseItem(input: ParseInput, userKinds: UserKinds): ParseResult {
  const fm = input.frontmatter;
  if (!isRecord(fm) || !Object.prototype.hasOwnProperty.call(fm, 'stack')) return { item: null, problems: [] };
  const r = new FieldReader(String(input.path), fm, isRecord(input.lines) ? input.lines : undefined);
  const stack = ownValue(fm, 'stack');
  const name = declaredKind(fm);
  const declaration = name === undefined || isBuiltinKind(name) ? undefined : findUserKind(userKinds, name);
  if (name === undefined || (!isBuiltinKind(name) && declaration === undefined)) {
    r.report('stack', unknownKindMessage(stack, userKinds));
    return { item: null, problems: r.problems };
  }
  const common = parseCommon(r);
  const data = isBuiltinKind(name) ? PARSERS[name](r, common) : parseCustom(r, (declaration as ItemOf<'kind'>).data);
  const { links, unquotedFields } = collectLinks(fm, SKIP_STACK);
  for (const field of unquotedFields) {
    r.report(
      field,
      'has an unquoted [[link]]: YAML reads it as a nested list; write it in quotes, such as "[[Note]]"',
      'warning',
    );
  }
  warnTypos(
    r,
    fm,
    typoCheckerFor(isBuiltinKind(name) ? KIND_SPECS[name].fields : (declaration as ItemOf<'kind'>).data.fields),
  );
  if (data === null) return { item: null, problems: r.problems };
  const group = isBuiltinKind(name) ? KIND_SPECS[name].group : (declaration as ItemOf<'kind'>).data.group;
  const item: Item = {
    path: r.path,
    kind: name,
    group,
    title: common.title,
    tags: common.tags,
    links,
    data,
    frontmatter: fm,
  };
  if (common.created !== undefined) item.created = common.created;
  return { item, problems: r.problems };
}

const SKIP_STACK: ReadonlySet<string> = new Set(['stack']);

function findUserKind(userKinds: UserKinds, name: string): ItemOf<'kind'> | undefined {
  const direct = userKinds.get(name);
  if (direct !== undefined) return direct;
  for (const [key, item] of userKinds) if (key.toLowerCase() === name) return item;
  return undefined;
}

function unknownKindMessage(stack: unknown, userKinds: UserKinds): string {
  const yours = [...userKinds.keys()].sort();
  const known = `known kinds: ${BUILTIN_KINDS.join(', ')}${yours.length > 0 ? `; yours: ${yours.join(', ')}` : ''}`;
  const wanted =
    typeof stack === 'string' && /^[a-z][a-z0-9_-]*$/i.test(stack.trim()) ? stack.trim().toLowerCase() : '<name>';
  const how = `to declare a new kind, add a note with "stack: kind" and "name: ${wanted}"`;
  if (typeof stack !== 'string' || stack.trim() === '')
    return `${describeValue(stack)} is not a kind name (${known}); ${how}`;
  return `${describeValue(stack)} is not a known kind (${known}); ${how}`;
}

/** The fields a kind knows (common ones first) and the suggestion already worked out for each unknown name. */
interface TypoChecker {
  list: readonly string[];
  set: ReadonlySet<string>;
  suggestions: Map<string, string | null>;
}

/** One checker per kind schema, so the known names and their edit distances are computed once per schema, not per note. */
const checkers = new WeakMap<object, TypoChecker>();

function typoCheckerFor(fields: object): TypoChecker {
  let checker = checkers.get(fields);
  if (checker === undefined) {
    const list = [...Object.keys(COMMON_FIELDS), ...Object.keys(fields)];
    checker = { list, set: new Set(list), suggestions: new Map() };
    checkers.set(fields, checker);
  }
  return checker;
}

function warnTypos(r: FieldReader, fm: Record<string, unknown>, checker: TypoChecker): void {
  for (const field of Object.keys(fm)) {
    if (checker.set.has(field)) continue;
    let suggestion = checker.suggestions.get(field);
    if (suggestion === undefined) {
      suggestion = suggestField(field, checker.list);
      checker.suggestions.set(field, suggestion);
    }
    if (suggestion !== null) r.report(field, `unknown field; did you mean "${suggestion}"?`, 'warning');
  }
}
