import { Document, isMap, parseDocument, type YAMLMap } from 'yaml';
import { exceedsNesting } from '../notes/exceedsNesting';
import { CORE_YAML } from '../notes/coreYaml';
import { DEFAULT_FRONTMATTER_LIMITS } from '../notes/parseFrontmatter';
import { yamlShapeProblem } from '../notes/yamlShapeProblem';
import { editFailure, type EditResult } from './EditResult';

/** Options every frontmatter parse uses: YAML 1.2 core schema (dates stay strings), unique keys. */
export const YAML_OPTIONS = { ...CORE_YAML, uniqueKeys: true, prettyErrors: false } as const;

/** A parsed frontmatter source: its document, root map (null when empty) and plain data. */
export interface ParsedFrontmatter {
  doc: Document;
  map: YAMLMap | null;
  data: Record<string, unknown>;
}

/**
 * Parses frontmatter YAML source, refusing anything an edit could not safely touch: YAML errors,
 * duplicate keys, unresolvable aliases, a root that is not a block mapping, and what the index's
 * reader refuses (nesting past its depth limit, keys that are lists or maps, an alias loop).
 */
export function parseFrontmatterSource(source: string): ParsedFrontmatter | (EditResult & { ok: false }) {
  const maxDepth = DEFAULT_FRONTMATTER_LIMITS.maxDepth ?? 100;
  if (exceedsNesting(source, maxDepth))
    return editFailure('yaml-error', `frontmatter cannot be read: it nests deeper than ${maxDepth} levels`);
  const doc = parseDocument(source, YAML_OPTIONS);
  const first = doc.errors[0];
  if (first !== undefined) {
    const where = first.linePos ? ` (frontmatter line ${first.linePos[0].line})` : '';
    const message = first.message.split('\n')[0] ?? first.message;
    if (first.code === 'DUPLICATE_KEY')
      return editFailure('duplicate-key', `frontmatter has a duplicate key${where}: fix it by hand first`);
    return editFailure('yaml-error', `frontmatter is not valid YAML${where}: ${message}`);
  }
  if (doc.contents === null) return { doc, map: null, data: {} };
  if (!isMap(doc.contents) || doc.contents.flow === true) {
    return editFailure('not-a-map', 'frontmatter is not a block of `key: value` lines');
  }
  const shape = yamlShapeProblem(doc, maxDepth);
  if (shape) return editFailure('yaml-error', `frontmatter cannot be read: ${shape.message}`);
  let data: unknown;
  try {
    data = doc.toJS();
  } catch (error) {
    return editFailure(
      'yaml-error',
      `frontmatter cannot be read: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return { doc, map: doc.contents, data: data as Record<string, unknown> };
}
