/** Builds a note's text from frontmatter lines and a body, as a person would type it. */
export function noteText(frontmatter: readonly string[] | null, body = 'Some prose.\n', eol = '\n'): string {
  const head = frontmatter === null ? '' : ['---', ...frontmatter, '---', ''].join(eol);
  return head + body.split('\n').join(eol);
}
