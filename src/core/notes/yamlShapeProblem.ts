import { isAlias, isCollection, isMap, isPair, isSeq, type Document, type Node } from 'yaml';

/** Why a parsed YAML document cannot become frontmatter values, and the offset at fault. */
export interface YamlShapeProblem {
  message: string;
  offset: number;
}

/**
 * Finds what would make a well-formed YAML document unusable as frontmatter, without recursion
 * (so any depth is safe): nesting deeper than `maxDepth`, a key that is a list or map (`? [a, b]`),
 * and an alias inside the very node it names (`a: &a {b: *a}`), which would make the values a loop.
 * @example yamlShapeProblem(parseDocument('a: &a\n  b: *a'), 100)?.message // → 'the alias `*a` refers to a value that contains it, a loop; …'
 */
export function yamlShapeProblem(doc: Document, maxDepth: number): YamlShapeProblem | null {
  const open = new Set<unknown>();
  const stack: { node: unknown; depth: number; leave?: true }[] = [{ node: doc.contents, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth, leave } = stack.pop() as { node: unknown; depth: number; leave?: true };
    if (leave) {
      open.delete(node);
      continue;
    }
    if (isAlias(node)) {
      if (open.has(node.resolve(doc))) {
        return {
          message: `the alias \`*${node.source}\` refers to a value that contains it, a loop; write the value out instead`,
          offset: offsetOf(node),
        };
      }
      continue;
    }
    if (!isCollection(node)) continue;
    if (depth + 1 > maxDepth)
      return { message: `frontmatter nests deeper than ${maxDepth} levels; not read`, offset: offsetOf(node) };
    open.add(node);
    stack.push({ node, depth, leave: true });
    if (isMap(node)) {
      for (const pair of node.items) {
        if (isCollection(pair.key) || (isAlias(pair.key) && isCollection(pair.key.resolve(doc)))) {
          return {
            message: 'a key is a list or a map (written with `? `); frontmatter keys must be plain text',
            offset: offsetOf(pair.key),
          };
        }
        stack.push({ node: pair.value, depth: depth + 1 }, { node: pair.key, depth: depth + 1 });
      }
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push({ node: isPair(item) ? item.value : item, depth: depth + 1 });
    }
  }
  return null;
}

function offsetOf(node: unknown): number {
  return (node as Node).range?.[0] ?? 0;
}
