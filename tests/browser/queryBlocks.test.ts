import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, openPlugin, preparePluginPage, watchPage, type HostWindow } from './fixtures/browser';
import { HOSTILE_NOTES, QUERY_PAGE } from './fixtures/notes';
import { ARTIFACTS, ROOT, readVaultFolder } from './fixtures/pluginPage';

const NOW = '2026-11-28T09:00';
const SHOTS = join(ARTIFACTS, 'screenshots');
let browser: Browser;
let prepared: ReturnType<typeof preparePluginPage>;

beforeAll(async () => {
  prepared = preparePluginPage();
  mkdirSync(SHOTS, { recursive: true });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

const showNote = (page: Page, path: string): Promise<void> => page.evaluate((p) => (window as unknown as HostWindow).vaultStackHost.showNote(p), path);

describe('stack blocks in Chromium', () => {
  it('renders a note page with a block of each view and an error block', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    const watch = watchPage(page);
    await openPlugin(page, prepared, { ...readVaultFolder(join(ROOT, 'examples', 'vault')), 'Overview.md': QUERY_PAGE }, NOW);

    await showNote(page, 'Overview.md');
    const note = page.locator('.vault-stack-test-note');
    await note.screenshot({ path: join(SHOTS, 'query-blocks-light.png') });

    expect(await note.locator('.vault-stack-block-title').allTextContents()).toEqual(['Open tasks', 'Reading inbox', 'Domains', 'Habits this year', 'Expiries']);
    expect(await note.locator('.vault-stack-view-table tbody tr').count()).toBeGreaterThan(3);
    expect(await note.locator('.vault-stack-view-list .vault-stack-row').count()).toBe(3);
    expect(await note.locator('.vault-stack-view-cards .vault-stack-card').count()).toBe(3);
    const heatmaps = note.locator('.vault-stack-heatmap');
    expect(await heatmaps.count()).toBeGreaterThanOrEqual(3);
    expect(await heatmaps.first().locator('.vault-stack-heatmap-cell').count()).toBe(365);
    expect(await heatmaps.first().locator('.vault-stack-heatmap-cell').last().getAttribute('title')).toMatch(/^2026-11-28: /);
    expect(await note.locator('.vault-stack-timeline-month').first().textContent()).toMatch(/ 20\d\d$/);
    const error = note.locator('.vault-stack-error');
    expect(await error.count()).toBe(1);
    expect(await error.textContent()).toContain('sort[0].direction');
    expect(watch.errors).toEqual([]);
    await page.close();
  });

  it('shows payloads from notes as text: no script runs, no dialog opens, a javascript: URL is never a link', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const watch = watchPage(page);
    await openPlugin(page, prepared, HOSTILE_NOTES, NOW);

    await showNote(page, 'Hostile/Queries.md');
    await page.mouse.move(200, 200);
    await page.locator('.vault-stack-dashboard').screenshot({ path: join(SHOTS, 'hostile-dashboard.png') });
    await page.locator('.vault-stack-test-note').screenshot({ path: join(SHOTS, 'hostile-queries.png') });

    expect(await page.evaluate(() => (window as unknown as HostWindow).pwned)).toBeUndefined();
    expect(watch.dialogs).toEqual([]);
    expect(watch.errors).toEqual([]);
    const vaultStack = page.locator('.vault-stack-dashboard, .vault-stack-block');
    expect(await vaultStack.locator('img, script, svg, iframe, b, [onerror], [onload], [onmouseover]').count()).toBe(0);
    const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.filter((h) => !/^https?:\/\//.test(h))).toEqual([]);
    const text = (await vaultStack.allTextContents()).join('\n');
    expect(text).toContain('<img src=x onerror="window.pwned=1">');
    expect(text).toContain('<script>window.pwned=2;alert(2)</script>');
    expect(text).toContain('javascript:alert(6)');
    expect(text).toContain('<img src=x onerror=alert(8)>');
    await page.close();
  });
});
