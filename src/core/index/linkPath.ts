/** Path helpers for wikilink targets and vault paths, shared by the resolver and the index. */

/** Strips a heading, block reference or alias from a link target and trims it: `Note#H|x` → `Note`. */
export function cleanTarget(target: string): string {
  let t = target.trim();
  if (t.startsWith('[[') && t.endsWith(']]')) t = t.slice(2, -2);
  const cut = t.search(/[#|^]/);
  if (cut >= 0) t = t.slice(0, cut);
  return t.trim();
}

/** Removes a trailing `.md` (any case): `folder/Note.md` → `folder/Note`. */
export function stripMd(path: string): string {
  return /\.md$/i.test(path) ? path.slice(0, -3) : path;
}

/** The lower-cased basename without `.md`, the key links and notes are matched on. */
export function nameKey(pathOrTarget: string): string {
  const noExt = stripMd(pathOrTarget);
  const slash = noExt.lastIndexOf('/');
  return (slash >= 0 ? noExt.slice(slash + 1) : noExt).toLowerCase();
}

/** The folder of a vault path (`''` at the root). */
export function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash >= 0 ? path.slice(0, slash) : '';
}

/** The file basename without `.md`, as Obsidian shows it: `Infra/Old NAS.md` → `Old NAS`. */
export function basenameOf(path: string): string {
  const noExt = stripMd(path);
  return noExt.slice(noExt.lastIndexOf('/') + 1);
}

/** Joins a `./` or `../` target onto the folder of `fromPath`; `null` when it climbs above the root. */
export function joinRelative(fromPath: string, target: string): string | null {
  const parts = folderOf(fromPath).split('/').filter((p) => p !== '');
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
