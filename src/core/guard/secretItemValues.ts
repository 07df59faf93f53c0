import { isSecretValueField, secretValueFields } from '../kinds/secretValueFields';
import { declaredKind } from '../notes/declaredKind';
import { declaredKindInText, declaresStack } from '../notes/declaresStack';
import { findFrontmatter } from '../notes/findFrontmatter';
import { parseFrontmatter } from '../notes/parseFrontmatter';

/** A field on a `stack: secret` note that holds a value, which the contract forbids. */
export interface SecretItemValue {
  field: string;
  /** 1-based line of the field in the whole file. */
  line: number;
}

/**
 * The value-holding fields (`value`, `password`, `secret`, `token`, …) of a note the index reads
 * as a secret item (`stack: secret` in any case): secrets are references (`store` + `ref`), never
 * values. The frontmatter is found and read by the index's own reader; a block that declares a
 * secret but does not parse (or never closes) is searched line by line, so it cannot hide a value.
 */
export function findSecretItemValues(text: string): SecretItemValue[] {
  const block = findFrontmatter(text);
  // Parse only what could be an item: YAML parsing every note would dominate the scan.
  if (block.type === 'none' || !declaresStack(block.yaml)) return [];
  if (block.type === 'block') {
    const parsed = parseFrontmatter(block.yaml, block.firstLine);
    if (parsed.ok) {
      if (declaredKind(parsed.frontmatter) !== 'secret') return [];
      return secretValueFields(parsed.frontmatter).map((field) => ({
        field,
        line: parsed.lines[field] ?? block.firstLine,
      }));
    }
  }
  return declaredKindInText(block.yaml) === 'secret' ? valueLines(block.yaml) : [];
}

const KEY_LINE = /^(["']?)([A-Za-z_][\w-]*)\1[ \t]*:[ \t]*(.*)$/;

/** Value fields found textually: a top-level `key: something` line whose key names a value. */
function valueLines(yaml: string): SecretItemValue[] {
  const found: SecretItemValue[] = [];
  yaml.split('\n').forEach((row, i) => {
    const m = KEY_LINE.exec(row.replace(/\r$/, ''));
    const value = m?.[3].replace(/#.*$/, '').trim();
    if (m && isSecretValueField(m[2]) && value !== undefined && !/^(?:|""|''|~|null)$/i.test(value))
      found.push({ field: m[2], line: i + 2 });
  });
  return found;
}
