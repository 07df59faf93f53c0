import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { ItemIndex } from '../../src/core/index/ItemIndex';
import { buildOverview } from '../../src/core/overview/buildOverview';
import { drawnEdge, relationGraphs } from '../../src/core/overview/relationMermaid';
import { dependencyEdges } from '../../src/core/relations/dependencyEdges';
import { indexWith, note } from '../core/index/indexBuilder';
import { loadExampleVault } from '../support/exampleVault';
import { browserAvailability, harnessHtml, launchBrowser } from './harness';
import { ROOT, SCREENSHOTS } from './fixtures/pluginPage';

const availability = browserAvailability();
if (!availability.run) console.warn(availability.reason);
const describeInBrowser = availability.run ? describe : describe.skip;

/** mermaid (a test-only dependency) and marked (which mermaid brings) as browser scripts, loaded from node_modules: no network. */
const MERMAID = require.resolve('mermaid/dist/mermaid.min.js');
const MARKED = join(require.resolve('marked'), '..', 'marked.umd.js');

interface DrawnSvg {
  nodes: string[];
  edges: string[];
}

/** Renders one Mermaid text with the real mermaid and reads back its nodes (by label) and edges (`from → to: label`). */
async function renderMermaid(page: Page, text: string): Promise<DrawnSvg> {
  return page.evaluate(async (source) => {
    // A bare page without Obsidian's createEl: elements come from a parsed fragment.
    const host = document.body.appendChild(
      new DOMParser().parseFromString('<pre></pre>', 'text/html').body.firstElementChild as HTMLElement,
    );
    host.textContent = source;
    const mermaid = (window as unknown as { mermaid: { initialize(o: object): void; run(o: object): Promise<void> } })
      .mermaid;
    mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
    await mermaid.run({ nodes: [host] });
    const svg = host.querySelector('svg');
    if (!svg) throw new Error('mermaid drew no svg');
    const label = new Map<string, string>();
    for (const g of svg.querySelectorAll('g.node'))
      label.set(/flowchart-(n\d+)-\d+$/.exec(g.id)?.[1] ?? g.id, g.textContent ?? '');
    const edgeLabel = new Map<string, string>();
    for (const l of svg.querySelectorAll('g.edgeLabel [data-id]'))
      edgeLabel.set(l.getAttribute('data-id') ?? '', l.textContent ?? '');
    const edges = [...svg.querySelectorAll('path.flowchart-link')].map((p) => {
      const id = p.getAttribute('data-id') ?? '';
      const [, from, to] = /^L_(n\d+)_(n\d+)_\d+$/.exec(id) ?? [];
      return `${label.get(from) ?? from} → ${label.get(to) ?? to}: ${edgeLabel.get(id) ?? '?'}`;
    });
    host.remove();
    return { nodes: [...label.values()], edges };
  }, text);
}

/** What the index says the graph must show: every item with a relation, and every relation as it is drawn. */
function expectedGraph(index: ItemIndex): DrawnSvg {
  const edges = dependencyEdges(index);
  const title = (path: string): string => index.get(path)?.title ?? path;
  return {
    nodes: [...new Set(edges.flatMap((e) => [e.dependent, e.dependency]))].map(title),
    edges: edges.map(drawnEdge).map((d) => `${title(d.from)} → ${title(d.to)}: ${d.label}`),
  };
}

const sorted = (g: DrawnSvg): DrawnSvg => ({ nodes: [...g.nodes].sort(), edges: [...g.edges].sort() });

describeInBrowser('the relation graph in real mermaid, in Chromium', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.route('**/*', (route) => route.abort());
    await page.setContent(harnessHtml('light'));
    await page.addScriptTag({ path: MERMAID });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("draws exactly the nodes and edges of the example vault's relations", async () => {
    const index = loadExampleVault().index;
    const [graph] = relationGraphs(index, dependencyEdges(index));

    const drawn = await renderMermaid(page, graph.lines.join('\n'));

    expect(sorted(drawn)).toEqual(sorted(expectedGraph(index)));
    expect(drawn.edges.length).toBeGreaterThan(20);
  });

  it('titles with quotes, hashes, angle brackets, brackets and pipes come out as written', async () => {
    const index = indexWith({
      'd.md': note.device({ title: 'Box "A" #1 <main>' }),
      's.md': note.service({ title: 'App [beta] | v2 & co', host: '[[d]]', secrets: ['[[k]]'] }),
      'k.md': note.secret({ title: 'Key: ünïcödé 🔑' }),
    });

    const drawn = await renderMermaid(page, relationGraphs(index, dependencyEdges(index))[0].lines.join('\n'));

    expect(sorted(drawn)).toEqual(sorted(expectedGraph(index)));
  });

  it('renders the stack overview as Obsidian shows it, in light and dark, for screenshots', async () => {
    const overview = buildOverview(loadExampleVault().index, { today: '2026-11-28', now: '2026-11-28T09:00' })
      .replace(/\[\[[^\]|\\]+\\?\|([^\]]+)\]\]/g, '<a class="internal-link">$1</a>')
      .replace(/\[\[([^\]]+)\]\]/g, '<a class="internal-link">$1</a>');
    const styles = readFileSync(join(ROOT, 'styles.css'), 'utf8');
    for (const theme of ['light', 'dark'] as const) {
      const shot = await browser.newPage({ viewport: { width: 1100, height: 900 } });
      await shot.route('**/*', (route) => route.abort());
      await shot.setContent(
        harnessHtml(
          theme,
          `${styles}\n.markdown-rendered { max-width: 1040px; margin: 0 auto; padding: 16px; } table { border-collapse: collapse; } td, th { border: 1px solid var(--background-modifier-border); padding: 2px 8px; }`,
        ),
      );
      await shot.addScriptTag({ path: MARKED });
      await shot.addScriptTag({ path: MERMAID });
      await shot.evaluate(
        async ({ markdown, dark }) => {
          const w = window as unknown as {
            marked: { parse(s: string): string };
            mermaid: { initialize(o: object): void; run(o: object): Promise<void> };
          };
          const doc = new DOMParser().parseFromString(w.marked.parse(`# Stack overview\n\n${markdown}`), 'text/html');
          const view = document.body.appendChild(
            new DOMParser().parseFromString('<div class="markdown-rendered"></div>', 'text/html').body
              .firstElementChild as HTMLElement,
          );
          view.append(...doc.body.childNodes);
          const blocks = [...view.querySelectorAll('pre > code.language-mermaid')].map((code) => {
            const pre = code.parentElement as HTMLElement;
            pre.textContent = code.textContent;
            return pre;
          });
          w.mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: dark ? 'dark' : 'default' });
          await w.mermaid.run({ nodes: blocks });
        },
        { markdown: overview, dark: theme === 'dark' },
      );
      await shot.screenshot({ path: join(SCREENSHOTS, `stack-overview-${theme}.png`), fullPage: true });

      expect(await shot.locator('svg g.node').count()).toBe(expectedGraph(loadExampleVault().index).nodes.length);
      expect(await shot.locator('table').count()).toBeGreaterThan(8);
      await shot.close();
    }
  });
});
