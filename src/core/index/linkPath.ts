import { basename } from '../kinds/common';

/** Path helpers for wikilink targets and vault paths, shared by the resolver and the index. */

/** Strips a heading, block reference or alias from a link target and trims it: `Note#H|x` → `Note`. */
export function cleanTarget(target: string): string {
  // Most targets are a bare name: nothing to strip, no regex.
  if (isBareTarget(target)) return target;
  let t = target.trim();
  if (t.startsWith('[[') && t.endsWith(']]')) t = t.slice(2, -2);
  const cut = t.search(/[#|^]/);
  if (cut >= 0) t = t.slice(0, cut);
  return t.trim();
}

/** Whether `cleanTarget` would return `target` unchanged: no `#`, `|`, `^` or `[`, no space at either end. */
function isBareTarget(target: string): boolean {
  const n = target.length;
  if (n === 0 || target.charCodeAt(0) <= 32 || target.charCodeAt(n - 1) <= 32) return false;
  for (let i = 0; i < n; i++) {
    const c = target.charCodeAt(i);
    // `#` 35, `[` 91, `^` 94, `|` 124; anything past ASCII (trim's Unicode spaces) takes the full path.
    if (c === 35 || c === 91 || c === 94 || c === 124 || c > 127) return false;
  }
  return true;
}

/** Removes a trailing `.md` (any case): `folder/Note.md` → `folder/Note`. */
export function stripMd(path: string): string {
  const n = path.length;
  // `.md` in any case, without a regex: this runs for every note of a vault.
  const md =
    n >= 3 &&
    path.charCodeAt(n - 3) === 46 &&
    (path.charCodeAt(n - 2) | 32) === 109 &&
    (path.charCodeAt(n - 1) | 32) === 100;
  return md ? path.slice(0, -3) : path;
}

/** The lower-cased basename without `.md`, the key links and notes are matched on. */
export function nameKey(pathOrTarget: string): string {
  const noExt = stripMd(pathOrTarget);
  const slash = noExt.lastIndexOf('/');
  return (slash >= 0 ? noExt.slice(slash + 1) : noExt).toLowerCase();
}

/**
 * A hash of `nameKey(path)` computed without building the key, so a vault's worth of names can be
 * checked against a set of hashes cheaply; -1 when the name has a non-ASCII character (compare keys then).
 */
export function nameKeyHash(path: string): number {
  const n = path.length;
  const md =
    n >= 3 &&
    path.charCodeAt(n - 3) === 46 &&
    (path.charCodeAt(n - 2) | 32) === 109 &&
    (path.charCodeAt(n - 1) | 32) === 100;
  const end = md ? n - 3 : n;
  let h = 0;
  for (let i = path.lastIndexOf('/', end - 1) + 1; i < end; i++) {
    let c = path.charCodeAt(i);
    if (c >= 128) return -1;
    if (c >= 65 && c <= 90) c += 32;
    // Kept to 30 bits, so the hash stays a small integer V8 neither boxes nor hashes as a double.
    h = (Math.imul(h, 31) + c) & 0x3fffffff;
  }
  return h;
}

/** The folder of a vault path (`''` at the root). */
export function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash >= 0 ? path.slice(0, slash) : '';
}

/** The file basename without `.md`, as Obsidian shows it: `Infra/Old NAS.md` → `Old NAS` (the one the parser's default title uses). */
export const basenameOf: (path: string) => string = basename;

/** Joins a `./` or `../` target onto the folder of `fromPath`; `null` when it climbs above the root. */
export function joinRelative(fromPath: string, target: string): string | null {
  const parts = folderOf(fromPath)
    .split('/')
    .filter((p) => p !== '');
  for (const seg of target.split('/')) {
    if (seg === '.' || seg === '') continue;
    if (seg === '..') {
      if (parts.length === 0) return null;
      parts.pop();
    } else {
      parts.push(seg);
    }
  }
  return parts.join('/');
}

/** Code-point order, locale independent, so rankings and listings are deterministic. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Strips `[n]` from a field name: `depends[1]` → `depends`. */
export function fieldBase(field: string): string {
  const bracket = field.indexOf('[');
  return bracket >= 0 ? field.slice(0, bracket) : field;
}
