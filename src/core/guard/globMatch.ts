/**
 * Whether a vault path matches a glob: `**` spans folders, `*` and `?` stay inside one segment.
 * A pattern without wildcards matches that exact path, or everything under it when it names a folder.
 * @example globMatch('Infra/keys/deploy.md', 'Infra/keys/**') // true
 */
export function globMatch(path: string, pattern: string): boolean {
  const clean = pattern.replace(/^\.?\//, '').replace(/\/+$/, '');
  if (!/[*?]/.test(clean)) return path === clean || path.startsWith(`${clean}/`);
  return globToRegExp(clean).test(path);
}

function globToRegExp(glob: string): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i];
    if (ch === '*' && glob[i + 1] === '*') {
      // `**/` matches zero or more whole folders; a trailing `**` matches anything.
      if (glob[i + 2] === '/') {
        source += '(?:.*/)?';
        i += 2;
      } else {
        source += '.*';
        i += 1;
      }
    } else if (ch === '*') {
      source += '[^/]*';
    } else if (ch === '?') {
      source += '[^/]';
    } else {
      source += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
  }
  return new RegExp(`^${source}$`);
}
