/** Time tracking: `time` intervals on tasks and habits, timers and reports (the public surface of this folder). */
export { parseTimeInterval, formatInterval, formatMinutes, intervalMinutes, OPEN_END } from './timeInterval';
export { readTimeLog } from './readTimeLog';
export { readInlineTimeLog } from './inlineTimeLog';
export { startInlineTimer, stopInlineTimer, completeTimedInlineTask } from './inlineTimer';
export {
  planTimerStart,
  planTimerStop,
  stopTimer,
  timedItem,
  runningInterval,
  runningTimers,
  type TimedItem,
  type TimerPlan,
  type TimerNoteEdit,
  type StartTimerOptions,
} from './timerActions';
export {
  timeReport,
  timeOf,
  TIME_GROUPINGS,
  NO_GROUP,
  type TimeGrouping,
  type TimeReport,
  type TimeReportRow,
  type TimeReportOptions,
} from './timeReport';
