import { parseDocument } from 'yaml';
import { CORE_YAML } from '../notes/coreYaml';

/** Where a sops reference points: the encrypted file and the key path inside it (empty: the whole file). */
export interface SopsRef {
  file: string;
  keys: string[];
}

/**
 * Splits a sops `ref`: `path/secrets.enc.yaml#db.password`, or with sops's own extract syntax
 * `path/secrets.enc.yaml#["db"]["password"]` (list indexes as numbers: `[0]`).
 * @example sopsRef('s.enc.yaml#ADMIN_TOKEN') // { file: 's.enc.yaml', keys: ['ADMIN_TOKEN'] }
 */
export function sopsRef(ref: string): SopsRef {
  const hash = ref.indexOf('#');
  if (hash < 0) return { file: ref.trim(), keys: [] };
  const path = ref.slice(hash + 1).trim();
  const extract = [...path.matchAll(/\[\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|(\d+))\s*\]/g)];
  const keys = path.startsWith('[')
    ? extract.map((m) => m[1] ?? m[2] ?? m[3])
    : path.split('.').filter((k) => k !== '');
  return { file: ref.slice(0, hash).trim(), keys };
}

/**
 * Whether a sops-encrypted file's cleartext key structure has the key path (sops encrypts values,
 * never keys). YAML and JSON are read as YAML; `.env` and `.ini` files as `KEY=value` lines (ini
 * sections as the first key). The `sops` metadata block is not a key. Null when the text cannot be read.
 * @example sopsHasKey('db:\n  password: ENC[AES256_GCM,data:…]\nsops: {}\n', ['db', 'password'], 'x.yaml') // true
 */
export function sopsHasKey(text: string, keys: readonly string[], file: string): boolean | null {
  const tree = /\.(env|ini)$/i.test(file) ? linesTree(text) : yamlTree(text);
  if (tree === null) return null;
  let node: unknown = tree;
  for (const [i, key] of keys.entries()) {
    if (i === 0 && key === 'sops') return false;
    if (Array.isArray(node) && /^\d+$/.test(key)) node = node[Number(key)];
    else if (typeof node === 'object' && node !== null && Object.prototype.hasOwnProperty.call(node, key))
      node = (node as Record<string, unknown>)[key];
    else return false;
    if (node === undefined) return false;
  }
  return true;
}

function yamlTree(text: string): unknown {
  try {
    const doc = parseDocument(text, CORE_YAML);
    if (doc.errors.length > 0) return null;
    const tree: unknown = doc.toJS({ maxAliasCount: 100 });
    return typeof tree === 'object' && tree !== null ? tree : null;
  } catch {
    return null;
  }
}

/** `KEY=value` lines (dotenv) with `[section]` headers (ini) as one level of nesting. */
function linesTree(text: string): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  let section = root;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith(';')) continue;
    const header = /^\[(.+)\]$/.exec(line);
    if (header) {
      section = {};
      root[header[1].trim()] = section;
      continue;
    }
    const eq = line.indexOf('=');
    if (eq > 0) section[line.slice(0, eq).trim()] = line.slice(eq + 1);
  }
  return root;
}
