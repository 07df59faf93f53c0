import { civilFromDays } from '../dates';
import { pad2 } from '../dates/dayNumber';
import { MONTH_NAMES } from '../dates/parseDate';

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const TOKENS = /\[([^\]]*)\]|YYYY|YY|MMMM|MMM|MM|M|DDDD|Do|DD|D|dddd|ddd|d|HH|H|hh|h|mm|m|ss|s|A|a|Q|X|x/g;

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/**
 * Formats a minute number with Moment.js tokens, as Bases' `date.format()` does (English names):
 * `YYYY YY MMMM MMM MM M DD D Do dddd ddd d HH H hh h mm m ss s A a Q X x`, `[literal]`.
 * @example formatMoment(0, 'YYYY-MM-DD HH:mm') // '1970-01-01 00:00'
 */
export function formatMoment(minutes: number, pattern: string): string {
  const days = Math.floor(minutes / 1440);
  const c = civilFromDays(days);
  const minuteOfDay = minutes - days * 1440;
  const hour = Math.floor(minuteOfDay / 60);
  const minute = Math.floor(minuteOfDay % 60);
  const weekday = (((days + 3) % 7) + 7) % 7; // 1970-01-01 was a Thursday (index 3, Monday first)
  const h12 = hour % 12 === 0 ? 12 : hour % 12;
  return pattern.replace(TOKENS, (token: string, literal: string | undefined) => {
    if (literal !== undefined) return literal;
    switch (token) {
      case 'YYYY':
        return String(c.year).padStart(4, '0');
      case 'YY':
        return pad2(c.year % 100);
      case 'MMMM':
        return MONTH_NAMES[c.month - 1];
      case 'MMM':
        return MONTH_NAMES[c.month - 1].slice(0, 3);
      case 'MM':
        return pad2(c.month);
      case 'M':
        return String(c.month);
      case 'DD':
        return pad2(c.day);
      case 'D':
        return String(c.day);
      case 'Do':
        return ordinal(c.day);
      case 'dddd':
        return WEEKDAYS[weekday];
      case 'ddd':
        return WEEKDAYS[weekday].slice(0, 3);
      case 'd':
        return String((weekday + 1) % 7);
      case 'HH':
        return pad2(hour);
      case 'H':
        return String(hour);
      case 'hh':
        return pad2(h12);
      case 'h':
        return String(h12);
      case 'mm':
        return pad2(minute);
      case 'm':
        return String(minute);
      case 'ss':
        return '00';
      case 's':
        return '0';
      case 'A':
        return hour < 12 ? 'AM' : 'PM';
      case 'a':
        return hour < 12 ? 'am' : 'pm';
      case 'Q':
        return String(Math.ceil(c.month / 3));
      case 'X':
        return String(minutes * 60);
      case 'x':
        return String(minutes * 60_000);
      default:
        return token;
    }
  });
}
