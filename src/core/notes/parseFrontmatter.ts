import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { CORE_YAML } from './coreYaml';
import { exceedsNesting } from './exceedsNesting';
import { parseSimpleYaml } from './parseSimpleYaml';
import { yamlShapeProblem } from './yamlShapeProblem';

/** Limits that keep a hostile note from costing more than a note should. */
export interface FrontmatterLimits {
  /** Largest frontmatter block, in characters, that gets a YAML parse. */
  maxChars: number;
  /** Most alias dereferences allowed while building values (billion-laughs guard). */
  maxAliasCount: number;
  /** Deepest nesting of lists and maps read; deeper YAML is refused before the parser recurses into it. */
  maxDepth?: number;
}

/** The limits the CLI and plugin use. */
export const DEFAULT_FRONTMATTER_LIMITS: FrontmatterLimits = {
  maxChars: 256 * 1024,
  maxAliasCount: 100,
  maxDepth: 100,
};

/** A frontmatter block parsed to values, with each top-level key's 1-based file line. */
export type ParsedFrontmatter =
  | { ok: true; frontmatter: Record<string, unknown>; lines: Record<string, number> }
  /** Why the block could not be read, as a sentence, and the file line at fault when known. */
  | { ok: false; message: string; line?: number };

/**
 * Parses a frontmatter block with the YAML 1.2 core schema (dates stay strings).
 * @example parseFrontmatter('stack: task\ndue: 2026-11-30', 2) // → { ok: true, frontmatter: { stack: 'task', due: '2026-11-30' }, lines: { stack: 2, due: 3 } }
 */
export function parseFrontmatter(
  yaml: string,
  firstLine: number,
  limits: FrontmatterLimits = DEFAULT_FRONTMATTER_LIMITS,
): ParsedFrontmatter {
  if (yaml.length > limits.maxChars) {
    return {
      ok: false,
      message: `frontmatter is ${formatSize(yaml.length)}, over the ${formatSize(limits.maxChars)} limit; not read`,
      line: firstLine - 1,
    };
  }
  // Most frontmatter is plain `key: value` lines; read those directly, the rest with the full parser.
  const simple = parseSimpleYaml(yaml, firstLine);
  if (simple) return { ok: true, frontmatter: simple.frontmatter, lines: simple.lines };
  const maxDepth = limits.maxDepth ?? DEFAULT_FRONTMATTER_LIMITS.maxDepth ?? 100;
  const tooDeep = `frontmatter nests deeper than ${maxDepth} levels; not read`;
  if (exceedsNesting(yaml, maxDepth)) return { ok: false, message: tooDeep, line: firstLine };
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, {
    ...CORE_YAML,
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    keepSourceTokens: false,
  });
  const fileLine = (offset: number): number => lineCounter.linePos(offset).line + firstLine - 1;
  if (doc.errors.length > 0) {
    const error = doc.errors[0];
    if (error.code === 'RESOURCE_EXHAUSTION') return { ok: false, message: tooDeep, line: firstLine };
    return { ok: false, message: `YAML error: ${firstSentence(error.message)}`, line: fileLine(error.pos[0]) };
  }
  const contents = doc.contents;
  if (!isMap(contents)) {
    return { ok: false, message: 'frontmatter is not a set of `key: value` fields', line: firstLine };
  }
  const shape = yamlShapeProblem(doc, maxDepth);
  if (shape) return { ok: false, message: shape.message, line: fileLine(shape.offset) };
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: limits.maxAliasCount });
  } catch (error) {
    if (error instanceof ReferenceError || error instanceof RangeError) {
      return {
        ok: false,
        message: `YAML aliases expand too far (more than ${limits.maxAliasCount} references); not read`,
        line: firstLine,
      };
    }
    throw error;
  }
  const lines: Record<string, number> = {};
  for (const pair of contents.items) {
    const key = pair.key;
    if (isScalar(key) && key.range) lines[String(key.value)] = fileLine(key.range[0]);
  }
  return { ok: true, frontmatter: value as Record<string, unknown>, lines };
}

/** The first line of a yaml error message, without the trailing location the library appends. */
function firstSentence(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

/** `12 KB`, `3.4 MB`: a size a person reads at a glance. */
export function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.ceil(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
