import { expect, it } from '@jest/globals';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { run } from '../../src/cli/run';
import { MemoryIo } from '../cli/support/MemoryIo';
import { QUERY_PAGE } from './fixtures/notes';
import { describeInChromium, ensurePluginBuilt, readVaultFolder, ROOT, SCREENSHOTS } from './fixtures/pluginPage';
import { openVaultStack, showNote } from './fixtures/vaultStackPage';
import { EXAMPLE_VAULT } from '../support/exampleVault';

const NOW = '2026-11-28T09:00';
const WIDTH = 400;
const VIEWPORT = { width: WIDTH, height: 900 };
/** A service whose URL is one long word with separators: it must wrap inside the pane. */
const LONG_URL_SERVICE =
  '---\nstack: service\nurl: https://a-very-long-subdomain-name.internal-services.example-home.net/some/deep/path/to/the-admin-console\nhost: "[[nas]]"\n---\n';

/** Notes added to the example vault: a service whose URL is one long word with separators, and a note with a problem. */
const EXTRA_NOTES = {
  'Infra/Services/Admin console.md': LONG_URL_SERVICE,
  'Broken.md': '---\nstack: task\ndue: someday\n---\n',
};

/** Elements under `root` whose right edge passes the right edge of `root`, outside scroll containers that are meant to scroll. */
async function overflowing(root: Locator): Promise<string[]> {
  return root.evaluate((el) => {
    const right = el.getBoundingClientRect().right;
    return Array.from(el.querySelectorAll('*'))
      .filter(
        (child) =>
          child.closest('.vault-stack-table-wrap, .vault-stack-heatmap-scroll') === null &&
          child.getBoundingClientRect().right > right + 0.5,
      )
      .map((child) => `${child.tagName.toLowerCase()}.${child.className}: ${(child.textContent ?? '').slice(0, 40)}`);
  });
}

/** Date elements (and badges) whose box is taller than one line of their text: a date that wrapped. */
async function wrappedDates(page: Page, scope: string): Promise<string[]> {
  return page.locator(`${scope} time, ${scope} .vault-stack-badge`).evaluateAll((els) =>
    els
      .filter((el) => {
        const box = el.getBoundingClientRect();
        if (box.width === 0) return false;
        const style = getComputedStyle(el);
        const line = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.2;
        const vertical =
          parseFloat(style.paddingTop) +
          parseFloat(style.paddingBottom) +
          parseFloat(style.borderTopWidth) +
          parseFloat(style.borderBottomWidth);
        return el.getClientRects().length > 1 || box.height - vertical > line * 1.5;
      })
      .map((el) => el.textContent ?? ''),
  );
}

/** What a dashboard must hold in a narrow page: nothing sticks out, dates on one line, the services table as cards with wrapped URLs, Problems as wide as the sections. */
async function expectFits(page: Page): Promise<void> {
  expect(await overflowing(page.locator('.vault-stack-dashboard'))).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(WIDTH);
  expect(await wrappedDates(page, '.vault-stack-dashboard')).toEqual([]);
  const services = page.locator('.vault-stack-section-infrastructure .vault-stack-table-wrap');
  expect(await services.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
  expect(
    await page
      .locator('.vault-stack-services tbody tr')
      .first()
      .evaluate((tr) => getComputedStyle(tr).display),
  ).toBe('block');
  const url = page.locator('.vault-stack-services .vault-stack-external-link', { hasText: 'the-admin-console' });
  expect(await url.evaluate((a) => a.getClientRects().length)).toBeGreaterThan(1);
  const widths = await page.locator('.vault-stack-sections').evaluate((grid) => ({
    grid: Math.round(grid.getBoundingClientRect().width),
    problems: Math.round(grid.querySelector('.vault-stack-section-problems')?.getBoundingClientRect().width ?? 0),
  }));
  expect(widths.problems).toBe(widths.grid);
}

describeInChromium(`Vault Stack in a ${WIDTH}px pane in Chromium`, (browser) => {
  it('the dashboard fits the pane: no sideways overflow, dates on one line, services as cards, Problems full width', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const files = { ...readVaultFolder(EXAMPLE_VAULT), ...EXTRA_NOTES };
      const vs = await openVaultStack(browser(), { files, now: NOW, theme, viewport: VIEWPORT });
      // A phone-sized pane: the dashboard's sidebar takes the whole window.
      await vs.page.addStyleTag({
        content:
          '.workspace > :not(.mod-right-split) { display: none; } .workspace-split.mod-right-split { flex: 0 0 100%; border: none; }',
      });
      const dashboard = vs.page.locator('.vault-stack-dashboard');
      await dashboard.screenshot({ path: join(SCREENSHOTS, `dashboard-${WIDTH}-${theme}.png`) });
      for (const section of ['attention', 'today', 'reading', 'infrastructure', 'problems']) {
        await vs.page
          .locator(`.vault-stack-section-${section}`)
          .screenshot({ path: join(SCREENSHOTS, `dashboard-${WIDTH}-${theme}-${section}.png`) });
      }

      expect(
        await vs.page.locator('.workspace-split.mod-right-split').evaluate((el) => el.getBoundingClientRect().width),
      ).toBe(WIDTH);
      await expectFits(vs.page);
      expect(vs.errors).toEqual([]);
      await vs.close();
    }
  });

  it('a year heatmap opens on its latest months, and query-block dates stay on one line', async () => {
    const files = { ...readVaultFolder(EXAMPLE_VAULT), 'Overview.md': QUERY_PAGE };
    const vs = await openVaultStack(browser(), { files, now: NOW, viewport: VIEWPORT });
    await showNote(vs.page, 'Overview.md');
    const note = vs.page.locator('.vault-stack-test-note');
    await note.locator('.vault-stack-heatmaps').screenshot({ path: join(SCREENSHOTS, `heatmap-${WIDTH}.png`) });

    const heatmaps = await note.locator('.vault-stack-heatmap-scroll').evaluateAll((maps) =>
      maps.map((map) => {
        const box = map.getBoundingClientRect();
        const cells = map.querySelectorAll('.vault-stack-heatmap-cell');
        const last = cells[cells.length - 1].getBoundingClientRect();
        const first = cells[0].getBoundingClientRect();
        return {
          scrolls: map.scrollWidth > map.clientWidth,
          lastVisible: last.right <= box.right + 0.5 && last.left >= box.left,
          firstHidden: first.left < box.left,
          atEnd: Math.abs(map.scrollLeft) <= 1 || map.scrollLeft >= map.scrollWidth - map.clientWidth - 1,
        };
      }),
    );
    expect(heatmaps.length).toBeGreaterThanOrEqual(3);
    for (const map of heatmaps)
      expect(map).toEqual({ scrolls: true, lastVisible: true, firstHidden: true, atEnd: true });
    expect(await wrappedDates(vs.page, '.vault-stack-test-note')).toEqual([]);
    expect(vs.errors).toEqual([]);
    await vs.close();
  });

  it('the static page from `vault-stack render` fits the same way, and has no button (nothing there can act)', async () => {
    ensurePluginBuilt();
    const dir = mkdtempSync(join(tmpdir(), 'vault-stack-render-'));
    try {
      const vault = join(dir, 'vault');
      cpSync(EXAMPLE_VAULT, vault, { recursive: true });
      for (const [path, text] of Object.entries(EXTRA_NOTES)) writeFileSync(join(vault, path), text);
      const out = join(dir, 'dashboard.html');
      const code = run(
        [
          'render',
          vault,
          '--out',
          out,
          '--styles',
          join(ROOT, 'styles.css'),
          '--today',
          '2026-11-28',
          '--theme',
          'light',
        ],
        new MemoryIo(ROOT, { cacheHome: dir }),
      );
      expect(code).toBe(0);
      const page = await browser().newPage({ viewport: VIEWPORT });
      await page.setContent(readFileSync(out, 'utf8'));
      await page.screenshot({ path: join(SCREENSHOTS, `render-${WIDTH}.png`), fullPage: true });

      expect(await page.locator('button').count()).toBe(0);
      expect(await page.locator('.vault-stack-note-name').count()).toBeGreaterThan(20);
      await expectFits(page);
      await page.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
