import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { browserAvailability, launchBrowser } from './harness';
import { HOSTILE_NOTES, QUERY_PAGE } from './fixtures/notes';
import { readVaultFolder, ROOT, SCREENSHOTS } from './fixtures/pluginPage';
import { openVaultStack, showNote } from './fixtures/vaultStackPage';

const availability = browserAvailability();
if (!availability.run) console.warn(availability.reason);
const describeInBrowser = availability.run ? describe : describe.skip;

const NOW = '2026-11-28T09:00';

describeInBrowser('stack blocks in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('renders a note page with a block of each view and an error block', async () => {
    const files = { ...readVaultFolder(join(ROOT, 'examples', 'vault')), 'Overview.md': QUERY_PAGE };
    const vs = await openVaultStack(browser, { files, now: NOW, viewport: { width: 1000, height: 900 } });

    await showNote(vs.page, 'Overview.md');
    const note = vs.page.locator('.vault-stack-test-note');
    await note.screenshot({ path: join(SCREENSHOTS, 'query-blocks-light.png') });

    expect(await note.locator('.vault-stack-block-title').allTextContents()).toEqual([
      'Open tasks',
      'Reading inbox',
      'Domains',
      'Habits this year',
      'Expiries',
    ]);
    expect(await note.locator('.vault-stack-view-table tbody tr').count()).toBeGreaterThan(3);
    expect(await note.locator('.vault-stack-view-list .vault-stack-row').count()).toBe(3);
    expect(await note.locator('.vault-stack-view-cards .vault-stack-card').count()).toBe(3);
    const heatmaps = note.locator('.vault-stack-heatmap');
    expect(await heatmaps.count()).toBeGreaterThanOrEqual(3);
    expect(await heatmaps.first().locator('.vault-stack-heatmap-cell').count()).toBe(365);
    expect(await heatmaps.first().locator('.vault-stack-heatmap-cell').last().getAttribute('title')).toMatch(
      /^2026-11-28: /,
    );
    expect(await note.locator('.vault-stack-timeline-month').first().textContent()).toBe('December 2026');
    const error = note.locator('.vault-stack-error');
    expect(await error.count()).toBe(1);
    expect(await error.textContent()).toContain('sort[0].direction');
    expect(vs.errors).toEqual([]);
    await vs.close();
  });

  it('shows payloads from notes as text: no script runs, no dialog opens, a javascript: URL is never a link', async () => {
    const vs = await openVaultStack(browser, { files: HOSTILE_NOTES, now: NOW });

    await showNote(vs.page, 'Hostile/Queries.md');
    await vs.page.mouse.move(200, 200);
    await vs.page.locator('.vault-stack-dashboard').screenshot({ path: join(SCREENSHOTS, 'hostile-dashboard.png') });
    await vs.page.locator('.vault-stack-test-note').screenshot({ path: join(SCREENSHOTS, 'hostile-queries.png') });

    expect(await vs.page.evaluate(() => (window as Window & { pwned?: unknown }).pwned)).toBeUndefined();
    expect(vs.dialogs).toEqual([]);
    expect(vs.errors).toEqual([]);
    const rendered = vs.page.locator('.vault-stack-dashboard, .vault-stack-block');
    expect(await rendered.locator('img, script, svg, iframe, b, [onerror], [onload], [onmouseover]').count()).toBe(0);
    const hrefs = await vs.page
      .locator('a[href]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.filter((h) => !/^https?:\/\//.test(h))).toEqual([]);
    const text = (await rendered.allTextContents()).join('\n');
    expect(text).toContain('<img src=x onerror="window.pwned=1">');
    expect(text).toContain('<script>window.pwned=2;alert(2)</script>');
    expect(text).toContain('javascript:alert(6)');
    expect(text).toContain('<img src=x onerror=alert(8)>');
    await vs.close();
  });

  it('switches between the views of a pasted Base, with view names and formula values from notes shown as text', async () => {
    const files = {
      ...readVaultFolder(join(ROOT, 'examples', 'vault')),
      'Views.md': [
        '# Views',
        '',
        '```stack',
        'kind: task',
        'formulas:',
        '  label: html("<img src=x onerror=window.pwned=3>") + file.basename',
        'views:',
        '  - type: table',
        '    name: Open',
        '    filters: status != "done"',
        '    order: [title, due, formula.label]',
        '    summaries: { due: Earliest }',
        '  - type: cards',
        '    name: "<b>Done</b><img src=x onerror=window.pwned=4>"',
        '    filters: status == "done"',
        '    order: [title, done]',
        '```',
      ].join('\n'),
    };
    const vs = await openVaultStack(browser, { files, now: NOW, viewport: { width: 1000, height: 900 } });

    await showNote(vs.page, 'Views.md');
    const note = vs.page.locator('.vault-stack-test-note');
    const buttons = note.locator('.vault-stack-view-switcher button');
    expect(await buttons.allTextContents()).toEqual(['Open', '<b>Done</b><img src=x onerror=window.pwned=4>']);
    expect(await note.locator('.vault-stack-view-table tbody tr').count()).toBeGreaterThan(3);
    expect(await note.locator('.vault-stack-summary-row').textContent()).toContain('Earliest');
    await note.screenshot({ path: join(SCREENSHOTS, 'query-views-first.png') });

    await buttons.nth(1).click();
    expect(await buttons.nth(1).getAttribute('aria-pressed')).toBe('true');
    expect(await note.locator('.vault-stack-view-table').count()).toBe(0);
    expect(await note.locator('.vault-stack-card').count()).toBeGreaterThan(0);
    await note.screenshot({ path: join(SCREENSHOTS, 'query-views-second.png') });

    await buttons.nth(0).click();
    expect(await note.locator('td[data-column="formula.label"]').first().textContent()).toContain('<img src=x');
    expect(await note.locator('img, b, [onerror]').count()).toBe(0);
    expect(await vs.page.evaluate(() => (window as Window & { pwned?: unknown }).pwned)).toBeUndefined();
    expect(vs.errors).toEqual([]);
    await vs.close();
  });
});
