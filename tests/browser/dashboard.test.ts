import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, openPlugin, preparePluginPage, watchPage, type HostWindow, type PageWatch } from './fixtures/browser';
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

async function openExampleVault(colorScheme: 'light' | 'dark' = 'light', width = 1280): Promise<{ page: Page; watch: PageWatch }> {
  const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
  const watch = watchPage(page);
  await openPlugin(page, prepared, readVaultFolder(join(ROOT, 'examples', 'vault')), NOW);
  return { page, watch };
}

const noteText = (page: Page, path: string): Promise<string> => page.evaluate((p) => (window as unknown as HostWindow).vaultStackHost.noteText(p), path);
const settle = (page: Page): Promise<void> => page.evaluate(() => (window as unknown as HostWindow).vaultStackHost.settle());

describe('the dashboard in Chromium', () => {
  it('opens with every section and screenshots in light and dark themes', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const { page, watch } = await openExampleVault(scheme);
      const dashboard = page.locator('.vault-stack-dashboard');

      await dashboard.waitFor();
      await dashboard.screenshot({ path: join(SHOTS, `dashboard-${scheme}.png`) });

      expect(await page.locator('section.vault-stack-section > h3').allTextContents()).toEqual([
        expect.stringContaining('Needs attention'), expect.stringContaining('Today'), expect.stringContaining('Reading list'),
        expect.stringContaining('Infrastructure'), expect.stringContaining('Problems'),
      ]);
      expect(watch.errors).toEqual([]);
      await page.close();
    }
  });
});

describe('the dashboard in a narrow pane', () => {
  it('fits a sidebar-wide pane: nothing sticks out except the sideways-scrolling services table', async () => {
    const { page } = await openExampleVault('light', 420);
    const dashboard = page.locator('.vault-stack-dashboard');
    await dashboard.screenshot({ path: join(SHOTS, 'dashboard-narrow.png') });

    const overflowing = await dashboard.evaluate((root) => {
      const right = root.getBoundingClientRect().right;
      return Array.from(root.querySelectorAll('*'))
        .filter((el) => el.closest('.vault-stack-table-wrap') === null && el.getBoundingClientRect().right > right + 0.5)
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
    });

    expect(overflowing).toEqual([]);
    await page.close();
  });
});

describe('acting from the dashboard in Chromium', () => {
  it('checks in a habit and completes a task, changing exactly those lines of the notes', async () => {
    const { page, watch } = await openExampleVault();
    const meditate = await noteText(page, 'Habits/Meditate.md');
    const passport = await noteText(page, 'Tasks/Renew passport.md');
    const today = page.locator('.vault-stack-section-today');

    await today.getByRole('button', { name: 'Check in Meditate for today' }).click();
    await today.getByRole('button', { name: 'Complete Renew passport' }).click();
    await settle(page);
    // The view re-renders (debounced) after each write lands in the index: wait for both.
    await today.locator('.vault-stack-habit.is-done', { hasText: 'Meditate' }).waitFor();
    await today.locator('.vault-stack-task', { hasText: 'Renew passport' }).waitFor({ state: 'detached' });

    expect(await noteText(page, 'Habits/Meditate.md')).toBe(meditate.replace('  - 2026-11-27\n', '  - 2026-11-27\n  - 2026-11-28\n'));
    expect(await noteText(page, 'Tasks/Renew passport.md')).toBe(passport.replace('status: todo\n', 'status: done\n').replace('\n---\nExpires', '\ndone: 2026-11-28\n---\nExpires'));
    expect(await today.locator('.vault-stack-task', { hasText: 'Renew passport' }).count()).toBe(0);
    expect(await page.locator('.vault-stack-section-attention', { hasText: 'Renew passport' }).count()).toBe(0);
    expect(watch.errors).toEqual([]);
    await page.close();
  });
});
