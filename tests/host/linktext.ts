/** Splits "path#sub" into path and subpath (the subpath keeps its `#`). */
export function parseLinktext(linktext: string): { path: string; subpath: string } {
  const i = linktext.indexOf('#');
  return i < 0 ? { path: linktext, subpath: '' } : { path: linktext.slice(0, i), subpath: linktext.slice(i) };
}

/** The path part of a linktext. */
export function getLinkpath(linktext: string): string {
  return parseLinktext(linktext).path;
}

/** A wikilink found in text. */
export interface WikiLink {
  original: string;
  link: string;
  displayText: string;
  embed: boolean;
  index: number;
}

/** Every `[[link]]`, `[[link|alias]]` and `![[embed]]` in a string, with Obsidian's displayText rules. */
export function findWikiLinks(text: string): WikiLink[] {
  const out: WikiLink[] = [];
  const re = /(!?)\[\[([^[\]\n]+?)\]\]/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const inner = m[2];
    const bar = inner.indexOf('|');
    const link = (bar < 0 ? inner : inner.slice(0, bar)).trim();
    const alias = bar < 0 ? null : inner.slice(bar + 1);
    out.push({
      original: m[0],
      link,
      displayText: alias ?? defaultDisplayText(link),
      embed: m[1] === '!',
      index: m.index,
    });
  }
  return out;
}

function defaultDisplayText(link: string): string {
  const { path, subpath } = parseLinktext(link);
  if (!subpath) return path;
  const parts = subpath.split('#').filter((s) => s !== '');
  return [path, ...parts].filter((s) => s !== '').join(' > ');
}
