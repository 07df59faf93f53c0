import type * as O from 'obsidian';
import { findWikiLinks } from './linktext';
import { getFrontMatterInfo, parseFrontMatterObject } from './yaml';

/** Turns note text into Obsidian's CachedMetadata: frontmatter, links, embeds, tags, headings, sections, list items, blocks. */
export function parseMarkdown(content: string): O.CachedMetadata {
  const lines = new LineIndex(content);
  const cache: O.CachedMetadata = {};
  const sections: O.SectionCache[] = [];
  const info = getFrontMatterInfo(content);
  let bodyStart = 0;
  if (info.exists) {
    const endLine = lines.lineOf(info.to);
    const position = { start: lines.loc(0), end: lines.loc(info.to + 3) };
    bodyStart = lines.startOf(endLine + 1);
    sections.push({ type: 'yaml', position });
    const fm = parseFrontMatterObject(info.frontmatter);
    cache.frontmatterPosition = position;
    if (fm) {
      cache.frontmatter = fm;
      const fmLinks = frontmatterLinks(fm);
      if (fmLinks.length > 0) cache.frontmatterLinks = fmLinks;
    }
  }
  if (bodyStart < content.length) new BodyScanner(lines, cache, sections).scan(lines.lineOf(bodyStart));
  if (sections.length > 0) cache.sections = sections;
  return cache;
}

function frontmatterLinks(fm: Record<string, unknown>): O.FrontmatterLinkCache[] {
  const out: O.FrontmatterLinkCache[] = [];
  const visit = (value: unknown, key: string): void => {
    if (typeof value === 'string') {
      for (const l of findWikiLinks(value))
        out.push({ key, link: l.link, original: l.original, displayText: l.displayText });
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => visit(v, `${key}.${i}`));
    }
  };
  for (const [k, v] of Object.entries(fm)) visit(v, k);
  return out;
}

/** Maps offsets to Obsidian's 0-based line/col locations. */
class LineIndex {
  readonly starts: number[] = [0];
  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') this.starts.push(i + 1);
  }
  get count(): number {
    return this.starts.length;
  }
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
  startOf(line: number): number {
    return line < this.starts.length ? this.starts[line] : this.text.length;
  }
  line(n: number): string {
    const end = n + 1 < this.starts.length ? this.starts[n + 1] - 1 : this.text.length;
    return this.text.slice(this.starts[n], end).replace(/\r$/, '');
  }
  loc(offset: number): O.Loc {
    const line = this.lineOf(offset);
    return { line, col: offset - this.starts[line], offset };
  }
  span(line: number, col: number, length: number): O.Pos {
    const start = this.starts[line] + col;
    return { start: this.loc(start), end: this.loc(start + length) };
  }
}

const TAG_RE = /(^|[\s(])#([\p{L}\p{N}_/-]+)/gu;
const MD_LINK_RE = /(!?)\[([^\]\n]*)\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g;

/** Walks the body line by line, building sections and references. */
class BodyScanner {
  constructor(
    private readonly lines: LineIndex,
    private readonly cache: O.CachedMetadata,
    private readonly sections: O.SectionCache[],
  ) {}

  scan(firstLine: number): void {
    let n = firstLine;
    let listRoot = -1;
    while (n < this.lines.count) {
      const line = this.lines.line(n);
      const fence = /^(\s{0,3})(`{3,}|~{3,})/.exec(line);
      if (line.trim() === '') {
        n++;
        listRoot = -1;
        continue;
      }
      if (fence) {
        const end = this.findFenceEnd(n, fence[2]);
        this.section('code', n, end);
        n = end + 1;
        continue;
      }
      const heading = /^(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/.exec(line);
      if (heading || /^#{1,6}$/.test(line)) {
        const level = heading ? heading[1].length : line.length;
        const text = heading ? heading[2] : '';
        (this.cache.headings ??= []).push({ heading: text, level, position: this.lines.span(n, 0, line.length) });
        this.section('heading', n, n);
        this.references(n);
        n++;
        continue;
      }
      if (/^ {0,3}([-*_])( *\1){2,} *$/.test(line)) {
        this.section('thematicBreak', n, n);
        n++;
        continue;
      }
      const kind = this.blockKind(line);
      let end = n;
      while (end + 1 < this.lines.count) {
        const next = this.lines.line(end + 1);
        if (next.trim() === '' || /^(\s{0,3})(`{3,}|~{3,})|^#{1,6}(\s|$)/.test(next)) break;
        if (kind !== 'list' && this.blockKind(next) !== kind && this.blockKind(next) !== 'paragraph') break;
        end++;
      }
      for (let i = n; i <= end; i++) {
        this.references(i);
        if (kind === 'list') listRoot = this.listItem(i, listRoot === -1 ? n : listRoot);
      }
      this.section(kind, n, end);
      n = end + 1;
    }
  }

  private blockKind(line: string): string {
    if (/^\s*([-*+]|\d+[.)])\s/.test(line)) return 'list';
    if (/^\s{0,3}>\s?\[!/.test(line)) return 'callout';
    if (/^\s{0,3}>/.test(line)) return 'blockquote';
    if (/^\s*\|.*\|\s*$/.test(line)) return 'table';
    return 'paragraph';
  }

  private findFenceEnd(start: number, fence: string): number {
    for (let i = start + 1; i < this.lines.count; i++) {
      const l = this.lines.line(i).trim();
      if (l.startsWith(fence[0].repeat(fence.length)) && l.replace(/[`~]/g, '') === '') return i;
    }
    return this.lines.count - 1;
  }

  private section(type: string, from: number, to: number): void {
    const last = this.lines.line(to);
    const position = {
      start: this.lines.loc(this.lines.startOf(from)),
      end: this.lines.loc(this.lines.startOf(to) + last.length),
    };
    const section: O.SectionCache = { type, position };
    const block = /\s\^([A-Za-z0-9-]+)\s*$/.exec(last);
    if (block && type !== 'code') {
      section.id = block[1];
      (this.cache.blocks ??= {})[block[1]] = { id: block[1], position };
    }
    this.sections.push(section);
  }

  private listItem(n: number, root: number): number {
    const line = this.lines.line(n);
    const m = /^(\s*)([-*+]|\d+[.)])\s+(\[(.)\]\s)?/.exec(line);
    if (!m) return root;
    const item: O.ListItemCache = {
      parent: -(root + 1),
      position: this.lines.span(n, m[1].length, line.length - m[1].length),
    };
    if (m[1].length > 0) {
      const items = this.cache.listItems ?? [];
      const parent = [...items].reverse().find((it) => it.position.start.col < m[1].length);
      if (parent) item.parent = parent.position.start.line;
    }
    if (m[4] !== undefined) item.task = m[4];
    (this.cache.listItems ??= []).push(item);
    return root;
  }

  private references(n: number): void {
    const raw = this.lines.line(n);
    // Inline code hides links and tags; blank it out while keeping offsets.
    const line = raw.replace(/`[^`]*`/g, (m) => ' '.repeat(m.length));
    for (const l of findWikiLinks(line)) {
      const ref = {
        link: l.link,
        original: raw.slice(l.index, l.index + l.original.length),
        displayText: l.displayText,
        position: this.lines.span(n, l.index, l.original.length),
      };
      (l.embed ? (this.cache.embeds ??= []) : (this.cache.links ??= [])).push(ref);
    }
    MD_LINK_RE.lastIndex = 0;
    for (let m = MD_LINK_RE.exec(line); m; m = MD_LINK_RE.exec(line)) {
      const target = m[3];
      if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue;
      let link = target;
      try {
        link = decodeURI(target);
      } catch {
        // Keep the raw target when it is not valid percent-encoding.
      }
      const ref = { link, original: m[0], displayText: m[2], position: this.lines.span(n, m.index, m[0].length) };
      (m[1] === '!' ? (this.cache.embeds ??= []) : (this.cache.links ??= [])).push(ref);
    }
    TAG_RE.lastIndex = 0;
    for (let m = TAG_RE.exec(line); m; m = TAG_RE.exec(line)) {
      if (/^\d+$/.test(m[2])) continue;
      const col = m.index + m[1].length;
      (this.cache.tags ??= []).push({ tag: `#${m[2]}`, position: this.lines.span(n, col, m[2].length + 1) });
    }
  }
}
