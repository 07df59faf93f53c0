/** A checklist line a reader found in a note: its 1-based line number and its text (no line ending). */
export interface TaskLineRef {
  line: number;
  text: string;
}
