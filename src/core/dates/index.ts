/** Pure calendar arithmetic on `YYYY-MM-DD` / `YYYY-MM-DDTHH:mm` strings; no clock (date-fns through dateFns.ts). */
export { DateError } from './DateError';
export {
  toDayNumber,
  fromDayNumber,
  civilFromDays,
  civilOf,
  formatCivil,
  isLeapYear,
  daysInMonth,
  type CivilDate,
} from './dayNumber';
export { parseDate, parseDateTime, hasTime, explainBadDate, digitsAt } from './parseDate';
export {
  addDays,
  addMonths,
  addYears,
  differenceInCalendarDays,
  weekdayOf,
  isoWeekStart,
  monthStart,
} from './arithmetic';
export { toMinuteNumber, fromMinuteNumber, compareDateTimes, datePart } from './dateTime';
export { parseDuration, formatDuration, addDuration, durationInWords, approxMinutes, DURATION_FORMS } from './duration';
export { parseRecurrence, addRecurrence, seriesAnchor, withAnchor, anchorText, RECURRENCE_FORMS } from './recurrence';
export { weekdayIndex } from './weekdays';
export { distanceInWords } from './dateFns';
