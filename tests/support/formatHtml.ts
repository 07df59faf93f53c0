const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

/**
 * HTML with one tag or text run per line, indented by depth, so that an approval diff shows the
 * element that changed. For reading only: the whitespace it adds is not the page's.
 */
export function formatHtml(html: string): string {
  const out: string[] = [];
  let depth = 0;
  for (const token of html.split(/(<[^>]+>)/)) {
    const text = token.trim();
    if (text === '') continue;
    const name = /^<\/?([a-zA-Z][\w-]*)/.exec(text)?.[1]?.toLowerCase();
    if (text.startsWith('</')) depth = Math.max(0, depth - 1);
    out.push(`${'  '.repeat(depth)}${text}`);
    if (name !== undefined && !text.startsWith('</') && !text.endsWith('/>') && !VOID.has(name)) depth++;
  }
  return `${out.join('\n')}\n`;
}
