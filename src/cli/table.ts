/** Formats rows as an aligned text table with a header; on a terminal the last column is cut to fit. */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[], width?: number): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string => {
    let text = cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]))).join('  ');
    if (width && text.length > width) text = text.slice(0, Math.max(width - 1, 0)) + '…';
    return text.trimEnd();
  };
  return [line(header), ...rows.map(line)].join('\n') + '\n';
}

/** One line of text: newlines and tabs in note values become spaces. */
export function oneLine(text: string): string {
  return text.replace(/[\r\n\t]+/g, ' ');
}
