const STACK_KEY = /^(?:stack|"stack"|'stack')[ \t]*:/m;
const STACK_LINE = /^(?:stack|"stack"|'stack')[ \t]*:[ \t]*(["']?)([^\s"'#]+)\1[ \t]*(?:#.*)?\r?$/m;

/** True when frontmatter text has a top-level `stack:` key; a cheap test before any YAML parse. */
export function declaresStack(yaml: string): boolean {
  return STACK_KEY.test(yaml);
}

/**
 * The kind a frontmatter text declares on its `stack:` line, read without a YAML parser (for
 * blocks that do not parse), lower-cased as {@link declaredKind} reads it.
 * @example declaredKindInText('stack: Task\ndue: [') // → 'task'
 */
export function declaredKindInText(yaml: string): string | undefined {
  return STACK_LINE.exec(yaml)?.[2]?.toLowerCase();
}
