import type { Duration, Recurrence } from '../../model/Item';
import { problem, type Problem, type Severity } from '../../model/Problem';
import { ownValue } from './describeValue';
import { readLink } from './wikilink';
import {
  parseBooleanValue,
  parseDateTimeValue,
  parseDateValue,
  parseDurationValue,
  parseEnumValue,
  parseHttpUrlValue,
  parseCadenceValue,
  parseIntegerValue,
  parseLinkValue,
  parseNumberValue,
  parseRecurrenceValue,
  parseTextValue,
  type Parsed,
} from './valueParsers';

/** Options of a FieldReader read: `required` is the reason shown when the field is missing. */
export interface ReadOptions {
  required?: string;
}

/**
 * Reads typed fields from one note's frontmatter and collects a problem per bad field.
 * Absent, `null` and blank values count as missing. A bad optional field is an `error` and is
 * dropped (the read returns undefined); the caller decides whether the item survives.
 */
export class FieldReader {
  /**
   * One reader kept for the life of the module. V8 holds the shapes an object reaches by adding
   * fields (as this constructor does) only weakly: with no reader alive, a full collection frees
   * them and throws away the optimised code of every parser that checks them, which then runs
   * slowly until recompiled (3,000 notes parsed after a collection took about 16 ms of CPU instead
   * of 3.5). This reader keeps them alive.
   */
  static readonly kept = new FieldReader('', {});

  /** Problems found so far, in reading order. */
  readonly problems: Problem[] = [];

  constructor(
    readonly path: string,
    readonly frontmatter: Readonly<Record<string, unknown>>,
    private readonly lines?: Readonly<Record<string, number>>,
  ) {}

  /** The raw value of a field (own keys only). */
  raw(field: string): unknown {
    return ownValue(this.frontmatter, field);
  }

  /** Whether the field is missing, null or blank text. */
  isMissing(field: string): boolean {
    const v = this.raw(field);
    return v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
  }

  /** Records a problem on a field (`log[3]` takes the line of `log`). */
  report(field: string, message: string, severity: Severity = 'error'): void {
    const p = problem(this.path, field, message, severity);
    // `log[3]` takes the line of `log`, `fields.colour` the line of `fields`.
    const candidates = [field, field.replace(/\[\d+\]$/, ''), field.split('.')[0] ?? field];
    const lines = this.lines;
    const line = lines ? candidates.map((c) => ownValue(lines, c)).find((l) => typeof l === 'number') : undefined;
    if (typeof line === 'number') p.line = line;
    this.problems.push(p);
  }

  /** Reads a field with a value parser; reports and returns undefined when missing-but-required or bad. */
  read<T>(field: string, parse: (value: unknown) => Parsed<T>, options?: ReadOptions): T | undefined {
    const value = this.raw(field);
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
      if (options?.required !== undefined) this.report(field, `is required (${options.required})`);
      return undefined;
    }
    const result = parse(value);
    if (result.ok) return result.value;
    this.report(field, result.message);
    return undefined;
  }

  /** Text. */
  text(field: string, options?: ReadOptions): string | undefined {
    return this.read(field, parseTextValue, options);
  }

  /** A `YYYY-MM-DD` date. */
  date(field: string, options?: ReadOptions): string | undefined {
    return this.read(field, parseDateValue, options);
  }

  /** A date or `YYYY-MM-DDTHH:mm` datetime. */
  dateTime(field: string, options?: ReadOptions): string | undefined {
    return this.read(field, parseDateTimeValue, options);
  }

  /** A number. */
  number(field: string, options?: ReadOptions): number | undefined {
    return this.read(field, parseNumberValue, options);
  }

  /** A whole number within [min, max]. */
  integer(field: string, min: number, max: number, options?: ReadOptions): number | undefined {
    return this.read(field, (v) => parseIntegerValue(v, min, max), options);
  }

  /** `true` / `false`. */
  boolean(field: string, options?: ReadOptions): boolean | undefined {
    return this.read(field, parseBooleanValue, options);
  }

  /** One of the allowed values. */
  oneOf<T extends string>(field: string, allowed: readonly T[], options?: ReadOptions): T | undefined {
    return this.read(field, (v) => parseEnumValue(v, allowed), options);
  }

  /** An http(s) URL. */
  url(field: string, options?: ReadOptions): string | undefined {
    return this.read(field, parseHttpUrlValue, options);
  }

  /** A duration. */
  duration(field: string, options?: ReadOptions): Duration | undefined {
    return this.read(field, parseDurationValue, options);
  }

  /** A recurrence (no hour cadences: those are a problem saying hours are only for backups). */
  recurrence(field: string, options?: ReadOptions): Recurrence | undefined {
    return this.read(field, parseRecurrenceValue, options);
  }

  /** A backup cadence: a recurrence or an hour cadence (`6h`, `12 hours`). */
  cadence(field: string, options?: ReadOptions): Recurrence | undefined {
    return this.read(field, parseCadenceValue, options);
  }

  /** One wikilink target. */
  link(field: string, options?: ReadOptions): string | undefined {
    return this.read(field, parseLinkValue, options);
  }

  /** A list of wikilink targets; a single link is accepted; each bad entry is reported as `field[i]`. */
  links(field: string): string[] {
    return this.list(field, parseLinkValue, true);
  }

  /** A list of text entries; a single string is a one-entry list. */
  textList(field: string): string[] {
    return this.list(field, parseTextValue, false);
  }

  /** A list read entry by entry; bad entries are reported as `field[i]` and dropped. */
  list<T>(field: string, parse: (value: unknown) => Parsed<T>, linkList: boolean): T[] {
    if (this.isMissing(field)) return [];
    const value = this.raw(field);
    const entries: unknown[] = Array.isArray(value) && !(linkList && readLink(value) !== null) ? value : [value];
    const out: T[] = [];
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i];
      if (entry === null || entry === undefined) continue;
      const r = parse(entry);
      if (r.ok) out.push(r.value);
      else this.report(Array.isArray(value) ? `${field}[${i}]` : field, r.message);
    }
    return out;
  }
}
