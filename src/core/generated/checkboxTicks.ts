const TASK = /^(\s*[-*+] )\[([^\]])\]( .*)?$/;

/** A task line with its box emptied (`- [x] a` → `- [ ] a`); other lines unchanged. */
export function normaliseTicks(line: string): string {
  const m = TASK.exec(line);
  return m ? `${m[1]}[ ]${m[3] ?? ''}` : line;
}

/**
 * Carries ticks from the lines written before into freshly generated lines: a generated
 * `- [ ] step` becomes `- [x] step` when the old region had that very step ticked (same text,
 * same indentation). Steps that are gone lose their tick; new steps start unticked.
 */
export function carryTicks(previous: readonly string[], next: readonly string[]): string[] {
  const marks = new Map<string, string>();
  for (const line of previous) {
    const m = TASK.exec(line);
    if (m && m[2] !== ' ') marks.set(normaliseTicks(line), m[2]);
  }
  if (marks.size === 0) return [...next];
  return next.map((line) => {
    const mark = marks.get(normaliseTicks(line));
    const m = TASK.exec(line);
    return mark === undefined || !m ? line : `${m[1]}[${mark}]${m[3] ?? ''}`;
  });
}
