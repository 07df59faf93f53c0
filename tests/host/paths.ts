/** Obsidian's normalizePath: forward slashes, no duplicate or edge slashes, NFC; the root is "/". */
export function normalizePath(path: string): string {
  let p = path.replace(/[\\/]+/g, '/').replace(/^\/+|\/+$/g, '');
  if (p === '') p = '/';
  return p.replace(/\u00a0|\u202f/g, ' ').normalize('NFC');
}

/** The folder part of a vault path ('' for a top-level path). */
export function parentPath(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

/** The last segment of a vault path. */
export function fileName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** Splits a file name into basename and extension the way TFile does ("a.b.md" → "a.b", "md"). */
export function splitExtension(name: string): { basename: string; extension: string } {
  const i = name.lastIndexOf('.');
  if (i <= 0) return { basename: name, extension: '' };
  return { basename: name.slice(0, i), extension: name.slice(i + 1) };
}

/** True when any segment of the path starts with a dot: Obsidian never shows these as TFiles. */
export function isHiddenPath(path: string): boolean {
  return path.split('/').some((segment) => segment.startsWith('.'));
}

/** Joins a folder path and a name (the root folder is ''). */
export function joinPath(folder: string, name: string): string {
  return folder === '' || folder === '/' ? name : `${folder}/${name}`;
}
