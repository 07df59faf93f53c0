import type * as O from 'obsidian';
import type { Public } from './Public';

// Obsidian's Bases values (since 1.10). The host wraps frontmatter and file fields in them the way
// Bases does; `toString()` of a date is `YYYY-MM-DD` or `YYYY-MM-DD HH:mm` (the format `date()`
// parses), an approximation of Obsidian's own rendering.

/** Obsidian's Value: a wrapped property value that can be compared, tested for truth and rendered. */
export abstract class Value implements Public<O.Value> {
  static type = 'value';

  /** Strict equality: same class and same contents (two nulls are equal). */
  static equals(a: O.Value | null, b: O.Value | null): boolean {
    if (a === null || b === null) return a === b;
    return a.constructor === b.constructor && a.toString() === b.toString();
  }

  /** Loose equality: the same text (so a number equals its string). */
  static looseEquals(a: O.Value | null, b: O.Value | null): boolean {
    if (a === null || b === null) return a === b;
    return a.looseEquals(b);
  }

  abstract toString(): string;
  abstract isTruthy(): boolean;

  /** Same class and same text. */
  equals(other: this): boolean {
    return Value.equals(this, other);
  }

  /** Same text. */
  looseEquals(other: O.Value): boolean {
    return this.toString() === other.toString();
  }

  /** Appends the value as text. */
  renderTo(el: HTMLElement, _ctx: O.RenderContext): void {
    el.appendText(this.toString());
  }
}

/** A value that is not null. */
export abstract class NotNullValue extends Value implements Public<O.NotNullValue> {}

/** The null value (a missing property): empty text, falsy. */
export class NullValue extends Value implements Public<O.NullValue> {
  static override type = 'null';
  static value = new NullValue();

  toString(): string {
    return '';
  }

  isTruthy(): boolean {
    return false;
  }
}

/** A value wrapping one primitive. */
export abstract class PrimitiveValue<T> extends NotNullValue implements Public<O.PrimitiveValue<T>> {
  constructor(readonly value: T) {
    super();
  }

  toString(): string {
    return String(this.value);
  }

  isTruthy(): boolean {
    return Boolean(this.value);
  }
}

/** A string. */
export class StringValue extends PrimitiveValue<string> implements Public<O.StringValue> {
  static override type = 'string';
}

/** A number. */
export class NumberValue extends PrimitiveValue<number> implements Public<O.NumberValue> {
  static override type = 'number';
}

/** A boolean. */
export class BooleanValue extends PrimitiveValue<boolean> implements Public<O.BooleanValue> {
  static override type = 'boolean';
}

/** An external link (http/https text). */
export class UrlValue extends StringValue implements Public<O.UrlValue> {}

/** A tag (`#x` or `x`). */
export class TagValue extends StringValue implements Public<O.TagValue> {}

const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/** A date or datetime (local time); `toString()` is `YYYY-MM-DD` or `YYYY-MM-DD HH:mm`. */
export class DateValue extends NotNullValue implements Public<O.DateValue> {
  constructor(
    readonly date: Date,
    readonly hasTime: boolean,
  ) {
    super();
  }

  /** Parses `YYYY-MM-DD`, `YYYY-MM-DDTHH:mm` or `YYYY-MM-DDTHH:mm:ss` (local time); null otherwise. */
  static parseFromString(input: string): DateValue | null {
    const m = DATE.exec(input.trim());
    if (!m) return null;
    const [y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0] = m
      .slice(1)
      .map((part) => (part === undefined ? 0 : Number(part)));
    const date = new Date(y, mo - 1, d, h, mi, s);
    if (date.getMonth() !== mo - 1 || date.getDate() !== d) return null;
    return new DateValue(date, m[4] !== undefined);
  }

  toString(): string {
    const d = this.date;
    const day = `${String(d.getFullYear()).padStart(4, '0')}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
    return this.hasTime ? `${day} ${pad(d.getHours())}:${pad(d.getMinutes())}` : day;
  }

  /** The same day without its time. */
  dateOnly(): DateValue {
    const d = this.date;
    return new DateValue(new Date(d.getFullYear(), d.getMonth(), d.getDate()), false);
  }

  /** Not emulated: Obsidian words it relative to now. */
  relative(): string {
    return this.toString();
  }

  isTruthy(): boolean {
    return true;
  }
}

/** A date Obsidian shows relative to now. */
export class RelativeDateValue extends DateValue implements Public<O.RelativeDateValue> {}

/** A list; elements that are not Values are wrapped when read. */
export class ListValue extends NotNullValue implements Public<O.ListValue> {
  static override type = 'list';

  constructor(private readonly items: unknown[]) {
    super();
  }

  toString(): string {
    return this.items.map((v) => wrapValue(v).toString()).join(', ');
  }

  isTruthy(): boolean {
    return this.items.length > 0;
  }

  /** Whether any element loosely equals `value`. */
  includes(value: O.Value): boolean {
    return this.items.some((v) => wrapValue(v).looseEquals(value));
  }

  length(): number {
    return this.items.length;
  }

  /** The element at `index`, or the null value. */
  get(index: number): O.Value {
    return index >= 0 && index < this.items.length ? wrapValue(this.items[index]) : NullValue.value;
  }

  concat(other: O.ListValue): O.ListValue {
    const rest = Array.from({ length: other.length() }, (_, i) => other.get(i));
    return new ListValue([...this.items, ...rest]);
  }
}

/** A YAML mapping. */
export class ObjectValue extends NotNullValue implements Public<O.ObjectValue> {
  static override type = 'object';

  constructor(private readonly fields: Record<string, unknown>) {
    super();
  }

  toString(): string {
    return JSON.stringify(this.fields);
  }

  isTruthy(): boolean {
    return !this.isEmpty();
  }

  isEmpty(): boolean {
    return Object.keys(this.fields).length === 0;
  }

  get(key: string): O.Value | null {
    return Object.prototype.hasOwnProperty.call(this.fields, key) ? wrapValue(this.fields[key]) : NullValue.value;
  }
}

/** Host-only: wraps a frontmatter value (dates stay strings in YAML; ISO dates become DateValue). */
export function wrapValue(raw: unknown): O.Value {
  if (raw instanceof Value) return raw;
  if (raw === null || raw === undefined) return NullValue.value;
  if (typeof raw === 'number') return new NumberValue(raw);
  if (typeof raw === 'boolean') return new BooleanValue(raw);
  if (typeof raw === 'string') {
    if (/^https?:\/\//.test(raw)) return new UrlValue(raw);
    return DateValue.parseFromString(raw) ?? new StringValue(raw);
  }
  if (Array.isArray(raw)) return new ListValue([...(raw as unknown[])]);
  if (typeof raw === 'object') return new ObjectValue(raw as Record<string, unknown>);
  return new StringValue(typeof raw === 'bigint' ? raw.toString() : typeof raw);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
