/** A checklist line a reader found in a note: its 1-based line number and its text (no line ending). */
export interface TaskLineRef {
  line: number;
  text: string;
  /**
   * The task's time entries (`start/end` intervals) as written on its `⏱` sub-items, in note
   * order (`core/inline/taskTimeLines`); absent when it has none.
   */
  time?: readonly string[];
}
