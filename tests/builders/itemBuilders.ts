import type { BuiltinKind, ItemOf, ParseResult } from '../../src/core/model/Item';
import { parseItem, type ParseInput, type UserKinds } from '../../src/core/kinds/parseItem';

/**
 * A fluent builder of one note's frontmatter. Items are made by the real parser, so a builder
 * can never produce an item the parser would not: `aTask().with('due', '2026-12-01').item()`.
 */
export class NoteBuilder {
  private fm: Record<string, unknown>;
  private notePath: string;
  private fieldLines: Record<string, number> | undefined;

  constructor(stack: unknown, defaults: Record<string, unknown> = {}, path = 'Notes/Item.md') {
    this.fm = { stack, ...defaults };
    this.notePath = path;
  }

  /** Sets a field (undefined removes it). */
  with(field: string, value: unknown): this {
    if (value === undefined) delete this.fm[field];
    else Object.defineProperty(this.fm, field, { value, enumerable: true, writable: true, configurable: true });
    return this;
  }

  /** Removes a field. */
  without(field: string): this {
    delete this.fm[field];
    return this;
  }

  /** Sets the note's vault path. */
  at(path: string): this {
    this.notePath = path;
    return this;
  }

  /** Gives each field a line (as a host would). */
  lines(lines: Record<string, number>): this {
    this.fieldLines = lines;
    return this;
  }

  /** The ParseInput for parseItem. */
  input(): ParseInput {
    const input: ParseInput = { path: this.notePath, frontmatter: { ...this.fm } };
    if (this.fieldLines) input.lines = this.fieldLines;
    return input;
  }

  /** Parses the note. */
  parse(userKinds: UserKinds = new Map()): ParseResult {
    return parseItem(this.input(), userKinds);
  }

  /** Parses and returns the item, throwing (a broken test, not a product bug) when there is none. */
  item<K extends BuiltinKind>(userKinds: UserKinds = new Map()): ItemOf<K> {
    const result = this.parse(userKinds);
    if (result.item === null) throw new Error(`builder made no item: ${JSON.stringify(result.problems)}`);
    return result.item as ItemOf<K>;
  }
}

/** A note with any `stack:` value and no other field. */
export function aNote(stack: unknown, path?: string): NoteBuilder {
  return new NoteBuilder(stack, {}, path);
}
/** A valid bookmark (url https://example.com/article). */
export function aBookmark(): NoteBuilder {
  return new NoteBuilder('bookmark', { url: 'https://example.com/article' }, 'Bookmarks/Article.md');
}
/** A daily habit with an empty log. */
export function aHabit(): NoteBuilder {
  return new NoteBuilder('habit', { goal: 'daily' }, 'Habits/Meditate.md');
}
/** A todo task with no dates. */
export function aTask(): NoteBuilder {
  return new NoteBuilder('task', {}, 'Tasks/Pay rent.md');
}
/** A service with no fields. */
export function aService(): NoteBuilder {
  return new NoteBuilder('service', {}, 'Infra/Nextcloud.md');
}
/** A daily restic backup. */
export function aBackup(): NoteBuilder {
  return new NoteBuilder('backup', { tool: 'restic', every: 'day' }, 'Infra/NAS nightly.md');
}
/** A secret kept in pass. */
export function aSecret(): NoteBuilder {
  return new NoteBuilder('secret', { store: 'pass', ref: 'infra/nas/restic' }, 'Infra/Restic password.md');
}
/** The domain example.org. */
export function aDomain(): NoteBuilder {
  return new NoteBuilder('domain', { name: 'example.org' }, 'Infra/example.org.md');
}
/** A device with no fields. */
export function aDevice(): NoteBuilder {
  return new NoteBuilder('device', {}, 'Infra/NAS.md');
}
/** A user kind declaration: `aKind('recipe', { cuisine: ['thai', 'italian'], serves: 'number!' })`. */
export function aKind(name: string, fields: Record<string, unknown> = {}): NoteBuilder {
  return new NoteBuilder('kind', { name, fields }, `Kinds/${name}.md`);
}

/** The UserKinds map for some `stack: kind` items. */
export function userKindsOf(...kinds: ItemOf<'kind'>[]): UserKinds {
  return new Map(kinds.map((k) => [k.data.name, k]));
}
