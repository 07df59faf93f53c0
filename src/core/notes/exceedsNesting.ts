/**
 * Whether YAML text may nest deeper than `limit` levels, judged from the text alone (indentation,
 * `- ` markers and flow brackets outside quotes and comments) so that a hostile note never reaches
 * the parser, whose recursion exhausts the stack or memory long before the size limit.
 * @example exceedsNesting('a: ' + '['.repeat(200), 100) // → true
 */
export function exceedsNesting(yaml: string, limit: number): boolean {
  const indents: number[] = [];
  let flow = 0;
  for (const row of yaml.split('\n')) {
    let i = 0;
    while (row.charCodeAt(i) === 32) i++;
    if (i >= row.length || row.charCodeAt(i) === 35 || row.charCodeAt(i) === 13) continue;
    let block = 0;
    if (flow === 0) {
      while (indents.length > 0 && indents[indents.length - 1] > i) indents.pop();
      if (indents.length === 0 || indents[indents.length - 1] < i) indents.push(i);
      // Compact sequences (`- - - x`) nest once per marker on one line.
      while (row.charCodeAt(i) === 45 && (i + 1 === row.length || row.charCodeAt(i + 1) === 32)) {
        block++;
        i += 2;
        while (row.charCodeAt(i) === 32) i++;
      }
      block += indents.length;
    }
    flow = flowDepthAfter(row, i, flow, limit - block);
    if (flow < 0 || block + flow > limit) return true;
  }
  return false;
}

/** The flow depth at the end of a row, or -1 as soon as it passes `room`. */
function flowDepthAfter(row: string, from: number, start: number, room: number): number {
  let flow = start;
  let quote = 0;
  for (let i = from; i < row.length; i++) {
    const c = row.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
      continue;
    }
    const prev = i === 0 ? 32 : row.charCodeAt(i - 1);
    const atToken = prev === 32 || prev === 9 || prev === 91 || prev === 123 || prev === 44 || prev === 58;
    if ((c === 34 || c === 39) && atToken) quote = c;
    else if (c === 35 && (prev === 32 || prev === 9)) return flow;
    else if (c === 91 || c === 123) {
      if (++flow > room) return -1;
    } else if ((c === 93 || c === 125) && flow > 0) flow--;
  }
  return flow;
}
