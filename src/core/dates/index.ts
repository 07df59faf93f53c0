/** Pure calendar arithmetic on `YYYY-MM-DD` / `YYYY-MM-DDTHH:mm` strings; no clock, no `Date`. */
export { DateError } from './DateError';
export { toDayNumber, fromDayNumber, civilFromDays, civilOf, formatCivil, isLeapYear, daysInMonth, type CivilDate } from './dayNumber';
export { parseDate, parseDateTime, hasTime } from './parseDate';
export { addDays, addMonths, addYears, differenceInCalendarDays, weekdayOf, isoWeekStart, monthStart } from './arithmetic';
export { toMinuteNumber, fromMinuteNumber, compareDateTimes, datePart } from './dateTime';
export { parseDuration, formatDuration, addDuration } from './duration';
export { parseRecurrence, addRecurrence } from './recurrence';
