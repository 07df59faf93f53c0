/** One ```stack fenced block of a note. */
export interface StackBlock {
  /** 1-based line of the opening fence in the note; the block's line k is the note's line `line + k`. */
  line: number;
  /** The text between the fences, as Obsidian hands it to the block processor. */
  source: string;
}

const OPEN = /^( {0,3})(`{3,}|~{3,})\s*stack(?:\s.*)?$/;

/**
 * The ```stack (or ~~~stack) fenced code blocks of a note, per CommonMark: an opening fence of
 * three or more backticks or tildes indented at most three spaces, closed by a fence of the same
 * character at least as long (or the end of the note). Other fenced blocks are skipped whole, so
 * a stack block quoted inside a longer fence is not one.
 * @example findStackBlocks('# Tasks\n```stack\nkind: task\n```\n') // [{ line: 2, source: 'kind: task' }]
 */
export function findStackBlocks(text: string): StackBlock[] {
  const lines = text.split(/\r?\n/);
  const blocks: StackBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const fence = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(lines[i]);
    if (!fence || (fence[1][0] === '`' && fence[2].includes('`'))) continue;
    const marker = fence[1];
    const close = new RegExp(`^ {0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}\\s*$`);
    let end = i + 1;
    while (end < lines.length && !close.test(lines[end])) end++;
    if (OPEN.test(lines[i])) blocks.push({ line: i + 1, source: lines.slice(i + 1, end).join('\n') });
    i = end;
  }
  return blocks;
}
