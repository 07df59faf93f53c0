const STACK_KEY = /^(?:stack|"stack"|'stack')[ \t]*:/m;

/** True when frontmatter text has a top-level `stack:` key; a cheap test before any YAML parse. */
export function declaresStack(yaml: string): boolean {
  return STACK_KEY.test(yaml);
}
