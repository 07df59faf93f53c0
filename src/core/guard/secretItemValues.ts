import { isMap, isScalar, parseDocument } from 'yaml';

/** A field on a `stack: secret` note that holds a value, which the contract forbids. */
export interface SecretItemValue {
  field: string;
  /** 1-based line of the field in the whole file. */
  line: number;
}

const VALUE_FIELDS = /^(?:value|password|passwd|passphrase|secret|token|api_?key|private_?key)$/i;

/**
 * The value-holding fields (`value`, `password`, `secret`, `token`, …) of a note whose frontmatter
 * says `stack: secret`: secrets are references (`store` + `ref`), never values.
 */
export function findSecretItemValues(text: string): SecretItemValue[] {
  const frontmatter = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
  if (!frontmatter) return [];
  const source = frontmatter[1];
  // Parse only what could be a secret item: YAML parsing every note would dominate the scan.
  if (!/^stack\s*:\s*["']?secret\b/m.test(source)) return [];
  const doc = parseDocument(source, { uniqueKeys: false });
  if (!isMap(doc.contents)) return [];
  const isSecretItem = doc.contents.items.some(
    (pair) => isScalar(pair.key) && pair.key.value === 'stack' && isScalar(pair.value) && pair.value.value === 'secret',
  );
  if (!isSecretItem) return [];
  const found: SecretItemValue[] = [];
  for (const pair of doc.contents.items) {
    if (!isScalar(pair.key) || typeof pair.key.value !== 'string' || !VALUE_FIELDS.test(pair.key.value)) continue;
    if (isEmpty(pair.value)) continue;
    const offset = pair.key.range?.[0] ?? 0;
    // +1 for 1-based lines, +1 for the opening `---`.
    found.push({ field: pair.key.value, line: countNewlines(source, offset) + 2 });
  }
  return found;
}

function isEmpty(node: unknown): boolean {
  if (node === null || node === undefined) return true;
  if (!isScalar(node)) return false;
  return node.value === null || node.value === '';
}

function countNewlines(text: string, end: number): number {
  let n = 0;
  for (let i = 0; i < end; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}
