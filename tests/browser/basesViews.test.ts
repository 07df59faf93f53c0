import { expect, it } from '@jest/globals';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import type { HostViewEntry } from '../host/testing';
import type { HarnessWindow } from './harnessEntry';
import { describeInChromium, readVaultFolder, ROOT, SCREENSHOTS } from './fixtures/pluginPage';
import { openVaultStack, type VaultStackPage } from './fixtures/vaultStackPage';

const NOW = '2026-11-28T09:00';

/** Notes added to the example vault: a note that is not an item, with markup in its properties. */
const EXTRA_NOTES = {
  'Infra/Notes/Router.md': '---\nowner: "<b>me</b>"\nwarranty: 2026-11-10\nlog: [2026-11-27]\n---\n',
  // Time for the Time report: a task note, and inline tasks with ⏱ entries (one timer running).
  'Time/Write report.md':
    '---\nstack: task\nproject: Quarterly\ntime: [2026-11-23T09:00/2026-11-23T12:00, 2026-11-26T14:00/2026-11-26T15:00]\n---\n',
  'Time/Week.md':
    '- [ ] Call the bank #admin\n    - ⏱ 2026-11-27T10:00/2026-11-27T11:00\n- [ ] <b>Review</b> notes\n    - ⏱ 2026-11-28T08:30/..\n',
};

async function openBase(vs: VaultStackPage, view: HostViewEntry, folder?: string): Promise<Locator> {
  await vs.page.evaluate(([v, f]) => (window as unknown as HarnessWindow).VaultStackHost.openBase(v, f), [
    view,
    folder,
  ] as const);
  await vs.settle();
  return vs.page.locator(`[data-base="${view.name}"]`);
}

/** The horizontal centre of an element's box, in page pixels. */
async function centreX(el: Locator): Promise<number> {
  const box = await el.boundingBox();
  if (box === null) throw new Error('element has no box');
  return box.x + box.width / 2;
}

async function backgroundOf(el: Locator): Promise<string> {
  return el.evaluate((e) => getComputedStyle(e).backgroundColor);
}

async function open(page: () => Promise<VaultStackPage>): Promise<VaultStackPage> {
  return page();
}

describeInChromium('Vault Stack views inside Bases, in Chromium', (browser) => {
  const start = (): Promise<VaultStackPage> =>
    openVaultStack(browser(), {
      files: { ...readVaultFolder(join(ROOT, 'examples', 'vault')), ...EXTRA_NOTES },
      now: NOW,
      viewport: { width: 1100, height: 1000 },
    });

  it('the habit heatmap: 365 cells per grid, today last and in view, a click checks in', async () => {
    const vs = await open(start);
    const base = await openBase(vs, { type: 'vault-stack-heatmap', name: 'Habits' }, 'Habits');
    await narrow(vs.page, base, 520);
    await base.screenshot({ path: join(SCREENSHOTS, 'bases-heatmap.png') });

    const grids = base.locator('.vault-stack-heatmap');
    expect(await grids.count()).toBe(4);
    for (let i = 0; i < 4; i++) expect(await grids.nth(i).locator('.vault-stack-heatmap-cell').count()).toBe(365);
    const run = base.locator('[data-key="Habits/Run.md"]');
    const cells = run.locator('.vault-stack-heatmap-cell');
    const today = run.locator('.vault-stack-heatmap-cell.is-today');
    expect(await today.getAttribute('data-date')).toBe('2026-11-28');
    // Today is the right-most cell, and the grid opens scrolled to it: its box is inside the scroll box.
    const xs = await cells.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().left));
    expect(Math.max(...xs)).toBe((await today.boundingBox())?.x);
    const scroll = await run.locator('.vault-stack-heatmap-scroll').boundingBox();
    const todayBox = await today.boundingBox();
    expect(scroll && todayBox && todayBox.x + todayBox.width <= scroll.x + scroll.width + 0.5).toBe(true);
    expect(scroll && todayBox && todayBox.x >= scroll.x).toBe(true);
    // Saturday 2026-11-28 sits in the sixth row of its week column (Monday on top).
    const monday = run.locator('[data-date="2026-11-23"]');
    expect(Math.round(((todayBox?.y ?? 0) - ((await monday.boundingBox())?.y ?? 0)) / 12)).toBe(5);

    const meditate = base.locator('[data-key="Habits/Meditate.md"]');
    const empty = meditate.locator('.is-checkable').last();
    const day = await empty.getAttribute('data-date');
    await empty.click();
    await vs.settle();
    await vs.page.waitForTimeout(50);
    await vs.settle();
    expect(await vs.readFile('Habits/Meditate.md')).toContain(day ?? 'no day');
    expect(await meditate.locator(`[data-date="${day}"]`).getAttribute('class')).not.toContain('vault-stack-level-0');
    expect(vs.errors).toEqual([]);
    await vs.close();
  });

  it('the timeline: today marked on the axis and on every row, overdue marks red and square, in groups', async () => {
    const vs = await open(start);
    const base = await openBase(
      vs,
      { type: 'vault-stack-timeline', name: 'Expiries', groupBy: { property: 'stack' } },
      'Infra',
    );
    await base.screenshot({ path: join(SCREENSHOTS, 'bases-timeline.png') });

    const headings = await base.locator('.vault-stack-group-heading').allTextContents();
    expect(headings).toEqual(expect.arrayContaining(['device', 'domain', 'secret']));
    const axisToday = await centreX(base.locator('.vault-stack-timeline-today'));
    const lines = base.locator('.vault-stack-timeline-today-line');
    expect(await lines.count()).toBeGreaterThan(3);
    for (const line of await lines.all()) expect(Math.abs((await centreX(line)) - axisToday)).toBeLessThan(1.5);
    const overdue = base.locator('.vault-stack-timeline-mark.is-overdue');
    const later = base.locator('.vault-stack-timeline-mark.is-later');
    expect(await overdue.count()).toBeGreaterThan(0);
    expect(await later.count()).toBeGreaterThan(0);
    for (const mark of await overdue.all()) expect(await centreX(mark)).toBeLessThan(axisToday);
    for (const mark of await later.all()) expect(await centreX(mark)).toBeGreaterThan(axisToday);
    expect(await backgroundOf(overdue.first())).not.toBe(await backgroundOf(later.first()));
    expect(await overdue.first().evaluate((e) => getComputedStyle(e).borderRadius)).toBe('2px');
    expect(await base.locator('.vault-stack-timeline-row.is-overdue').first().textContent()).toContain('overdue');
    expect(vs.errors).toEqual([]);
    await vs.close();
  });

  it('the stack status board: cards by attention score, severity edges, notes that are not items as text', async () => {
    const vs = await open(start);
    const base = await openBase(
      vs,
      { type: 'vault-stack-status', name: 'Status', order: ['owner', 'warranty'] },
      'Infra',
    );
    await base.screenshot({ path: join(SCREENSHOTS, 'bases-status.png') });

    const cards = base.locator('.vault-stack-status-card');
    const scores = await cards.evaluateAll((els) =>
      els.map((e) => Number(e.querySelector('.vault-stack-status-score')?.textContent ?? '0')),
    );
    expect(scores.length).toBeGreaterThan(15);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(scores[0]).toBeGreaterThan(700);
    const first = cards.first();
    expect(await first.evaluate((e) => getComputedStyle(e).borderInlineStartColor)).not.toBe(
      await cards.last().evaluate((e) => getComputedStyle(e).borderInlineStartColor),
    );
    // Cards sit in several columns at this width.
    const lefts = new Set(await cards.evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().left))));
    expect(lefts.size).toBeGreaterThan(1);
    const router = cards.filter({ hasText: 'Router' });
    expect(await router.locator('.vault-stack-kind').textContent()).toBe('note');
    expect(await router.textContent()).toContain('<b>me</b>');
    expect(await base.locator('b, img, script').count()).toBe(0);
    expect(vs.errors).toEqual([]);
    await vs.close();
  });

  it('the time report: one aligned row per item, share bars in proportion, a running timer marked, text only', async () => {
    const vs = await open(start);
    const base = await openBase(vs, { type: 'vault-stack-time-report', name: 'Time' }, 'Time');
    await base.screenshot({ path: join(SCREENSHOTS, 'bases-time-report.png') });

    const rows = base.locator('.vault-stack-time-row');
    expect(await rows.count()).toBe(3);
    expect(await base.locator('.vault-stack-time-label').allTextContents()).toEqual([
      'Write report',
      'Call the bank #admin',
      '<b>Review</b> notestimer running',
    ]);
    expect(await base.locator('.vault-stack-time-total').allTextContents()).toEqual(['4h', '1h', '30m']);
    expect(await base.locator('.vault-stack-time-summary').textContent()).toBe(
      'Total 5h 30m · by item · all time · 3 timed items',
    );
    // Label, bar, time and percent sit on one line, in columns aligned from row to row.
    const boxes = await rows.evaluateAll((els) =>
      els.map((row) =>
        [
          '.vault-stack-time-label',
          '.vault-stack-time-bar',
          '.vault-stack-time-total',
          '.vault-stack-time-percent',
        ].map((sel) => {
          const r = (row.querySelector(sel) as HTMLElement).getBoundingClientRect();
          return { left: r.left, right: r.right, mid: r.top + r.height / 2, width: r.width };
        }),
      ),
    );
    for (const row of boxes) {
      for (let i = 1; i < row.length; i++) expect(row[i].left).toBeGreaterThanOrEqual(row[i - 1].right - 0.5);
      expect(Math.abs(row[1].mid - row[2].mid)).toBeLessThan(6);
    }
    for (const col of [1, 2, 3]) expect(new Set(boxes.map((row) => Math.round(row[col].right))).size).toBe(1);
    expect(boxes[0][1].width).toBeGreaterThan(40);
    expect(
      await base.locator('progress').evaluateAll((els) => els.map((e) => (e as HTMLProgressElement).value)),
    ).toEqual([73, 18, 9]);
    expect(await base.locator('b, img, script').count()).toBe(0);
    expect(vs.errors).toEqual([]);
    await vs.close();
  });

  it('all four in the dark theme follow the theme: no black text on the dark background', async () => {
    const vs = await openVaultStack(browser(), {
      files: { ...readVaultFolder(join(ROOT, 'examples', 'vault')), ...EXTRA_NOTES },
      now: NOW,
      theme: 'dark',
      viewport: { width: 1100, height: 1000 },
    });
    const bases = [
      await openBase(vs, { type: 'vault-stack-heatmap', name: 'Dark habits' }, 'Habits'),
      await openBase(vs, { type: 'vault-stack-timeline', name: 'Dark timeline' }, 'Tasks'),
      await openBase(vs, { type: 'vault-stack-status', name: 'Dark status' }, 'Infra/Backups'),
      await openBase(vs, { type: 'vault-stack-time-report', name: 'Dark time' }, 'Time'),
    ];
    for (const [i, base] of bases.entries())
      await base.screenshot({
        path: join(SCREENSHOTS, `bases-dark-${['heatmap', 'timeline', 'status', 'time-report'][i]}.png`),
      });

    const colours = await vs.page
      .locator('.vault-stack-bases')
      .evaluateAll((els) =>
        els.flatMap((el) => Array.from(el.querySelectorAll('*')).map((e) => getComputedStyle(e).color)),
      );
    expect(colours.length).toBeGreaterThan(100);
    expect(colours.filter((c) => c === 'rgb(0, 0, 0)')).toEqual([]);
    expect(vs.errors).toEqual([]);
    await vs.close();
  });
});

/** Gives the Base's container a fixed width, as a narrow pane would. */
async function narrow(page: Page, base: Locator, width: number): Promise<void> {
  await base.evaluate((el, w) => {
    el.classList.add('vault-stack-test-narrow');
    (el as HTMLElement).style.setProperty('width', `${w}px`);
  }, width);
  await page.waitForTimeout(20);
}
