/** Builds note text from frontmatter lines and a body, with the chosen line ending and BOM. */
export function note(
  frontmatter: readonly string[] | null,
  body: readonly string[] = ['Body text.'],
  options: { eol?: string; bom?: boolean } = {},
): string {
  const eol = options.eol ?? '\n';
  const head = options.bom === true ? '\uFEFF' : '';
  const block = frontmatter === null ? '' : ['---', ...frontmatter, '---'].map((line) => line + eol).join('');
  return head + block + body.map((line) => line + eol).join('');
}
