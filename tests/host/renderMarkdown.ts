import type * as O from 'obsidian';
import type { App } from './App';
import type { Component } from './Component';
import { findWikiLinks } from './linktext';
import { getFrontMatterInfo, parseFrontMatterObject } from './yaml';

interface Block {
  kind: 'heading' | 'code' | 'paragraph' | 'list';
  lines: string[];
  lineStart: number;
  lineEnd: number;
  level?: number;
  language?: string;
}

let docCounter = 0;

/**
 * The host's markdown renderer: headings, paragraphs and lists as text (wikilinks become
 * `a.internal-link`, http(s) URLs `a.external-link`), fenced blocks through the registered code block
 * processors (else `pre > code`), then post processors per section. Awaits async processors.
 */
export async function renderMarkdownInto(
  app: App,
  markdown: string,
  el: HTMLElement,
  sourcePath: string,
  component: Component,
): Promise<void> {
  const info = getFrontMatterInfo(markdown);
  const frontmatter = info.exists ? parseFrontMatterObject(info.frontmatter) : null;
  const sectionLines = new Map<HTMLElement, [number, number]>();
  const ctx: O.MarkdownPostProcessorContext = {
    docId: `doc-${++docCounter}`,
    sourcePath,
    frontmatter,
    addChild: (child) => void component.addChild(child),
    getSectionInfo: (target) => {
      for (const [section, [lineStart, lineEnd]] of sectionLines) {
        if (section === target || section.contains(target)) return { text: markdown, lineStart, lineEnd };
      }
      return null;
    },
  };
  const firstLine = info.exists ? markdown.slice(0, info.contentStart).split('\n').length - 1 : 0;
  for (const block of splitBlocks(markdown.split('\n'), firstLine)) {
    const section = el.createDiv({ cls: 'markdown-preview-section-block' });
    sectionLines.set(section, [block.lineStart, block.lineEnd]);
    await renderBlock(app, block, section, ctx);
    for (const pp of [...app.plugins.postProcessors].sort((a, b) => (a.sortOrder ?? 0) - (b.sortOrder ?? 0)))
      await pp(section, ctx);
  }
}

async function renderBlock(
  app: App,
  block: Block,
  section: HTMLElement,
  ctx: O.MarkdownPostProcessorContext,
): Promise<void> {
  switch (block.kind) {
    case 'heading':
      renderInline(section.createEl(`h${block.level ?? 1}` as 'h1'), block.lines[0].replace(/^#{1,6}\s+/, ''));
      return;
    case 'list': {
      const ul = section.createEl('ul');
      for (const line of block.lines) renderInline(ul.createEl('li'), line.replace(/^\s*([-*+]|\d+[.)])\s+/, ''));
      return;
    }
    case 'paragraph':
      renderInline(section.createEl('p'), block.lines.join('\n'));
      return;
    case 'code': {
      const source = block.lines.slice(1, -1).join('\n') + (block.lines.length > 2 ? '\n' : '');
      const processor = block.language ? app.plugins.processorsFor(block.language)[0] : undefined;
      if (processor) {
        const container = section.createDiv({ cls: `block-language-${block.language}` });
        await processor.handler(source, container, ctx);
      } else {
        const code = section.createEl('pre').createEl('code', { text: source });
        if (block.language) code.addClass(`language-${block.language}`);
      }
    }
  }
}

/** Renders one line of text: wikilinks and http(s) URLs become links; everything else stays text. */
function renderInline(el: HTMLElement, text: string): void {
  const tokens: Array<{ index: number; length: number; render: () => void }> = [];
  for (const l of findWikiLinks(text)) {
    tokens.push({
      index: l.index,
      length: l.original.length,
      render: () =>
        void el.createEl('a', {
          cls: 'internal-link',
          text: l.displayText,
          attr: { 'data-href': l.link, href: l.link },
        }),
    });
  }
  const urlRe = /https?:\/\/[^\s<>()[\]]+/g;
  for (let m = urlRe.exec(text); m; m = urlRe.exec(text)) {
    const url = m[0];
    if (tokens.some((t) => m !== null && m.index >= t.index && m.index < t.index + t.length)) continue;
    tokens.push({
      index: m.index,
      length: url.length,
      render: () =>
        void el.createEl('a', {
          cls: 'external-link',
          text: url,
          href: url,
          attr: { rel: 'noopener nofollow', target: '_blank' },
        }),
    });
  }
  tokens.sort((a, b) => a.index - b.index);
  let pos = 0;
  for (const t of tokens) {
    if (t.index > pos) el.appendText(text.slice(pos, t.index));
    t.render();
    pos = t.index + t.length;
  }
  if (pos < text.length) el.appendText(text.slice(pos));
}

function splitBlocks(all: string[], firstLine: number): Block[] {
  const blocks: Block[] = [];
  let n = firstLine;
  while (n < all.length) {
    const line = all[n];
    if (line.trim() === '') {
      n++;
      continue;
    }
    const fence = /^\s{0,3}(`{3,}|~{3,})\s*([^\s`]*)/.exec(line);
    if (fence) {
      let end = n + 1;
      while (end < all.length && !(all[end].trim().startsWith(fence[1]) && all[end].trim().replace(/[`~]/g, '') === ''))
        end++;
      const last = Math.min(end, all.length - 1);
      blocks.push({
        kind: 'code',
        lines: all.slice(n, last + 1),
        lineStart: n,
        lineEnd: last,
        language: fence[2] || undefined,
      });
      n = last + 1;
      continue;
    }
    const heading = /^(#{1,6})\s/.exec(line);
    if (heading) {
      blocks.push({ kind: 'heading', lines: [line], lineStart: n, lineEnd: n, level: heading[1].length });
      n++;
      continue;
    }
    const isList = /^\s*([-*+]|\d+[.)])\s/.test(line);
    let end = n;
    while (end + 1 < all.length && all[end + 1].trim() !== '' && !/^\s{0,3}(`{3,}|~{3,})|^#{1,6}\s/.test(all[end + 1]))
      end++;
    blocks.push({ kind: isList ? 'list' : 'paragraph', lines: all.slice(n, end + 1), lineStart: n, lineEnd: end });
    n = end + 1;
  }
  return blocks;
}
