import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { browserAvailability, launchBrowser } from './harness';
import { readVaultFolder, ROOT, SCREENSHOTS } from './fixtures/pluginPage';
import { openVaultStack, type VaultStackPage } from './fixtures/vaultStackPage';

const availability = browserAvailability();
if (!availability.run) console.warn(availability.reason);
const describeInBrowser = availability.run ? describe : describe.skip;

const NOW = '2026-11-28T09:00';
const EXAMPLE_VAULT = join(ROOT, 'examples', 'vault');

describeInBrowser('the dashboard of the example vault in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const open = (theme: 'light' | 'dark' = 'light', width = 1280): Promise<VaultStackPage> =>
    openVaultStack(browser, {
      files: readVaultFolder(EXAMPLE_VAULT),
      now: NOW,
      theme,
      viewport: { width, height: 900 },
    });

  it('shows every section, for screenshots in light and dark themes', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const vs = await open(theme);
      const dashboard = vs.page.locator('.vault-stack-dashboard');

      await dashboard.screenshot({ path: join(SCREENSHOTS, `dashboard-${theme}.png`) });

      expect(
        await vs.page
          .locator('section.vault-stack-section > h3')
          .evaluateAll((hs) => hs.map((h) => h.firstChild?.textContent)),
      ).toEqual(['Needs attention', 'Today', 'Reading list', 'Infrastructure', 'Problems', 'Impact']);
      expect(await vs.page.locator('.vault-stack-today').textContent()).toBe('Saturday 28 November 2026');
      expect(vs.errors).toEqual([]);
      await vs.close();
    }
  });

  it('fits a sidebar-wide pane: nothing sticks out except the sideways-scrolling services table', async () => {
    const vs = await open('light', 760);
    const dashboard = vs.page.locator('.vault-stack-dashboard');
    await dashboard.screenshot({ path: join(SCREENSHOTS, 'dashboard-narrow.png') });
    await vs.page
      .locator('.vault-stack-section-today')
      .screenshot({ path: join(SCREENSHOTS, 'dashboard-narrow-today.png') });
    await vs.page
      .locator('.vault-stack-section-attention')
      .screenshot({ path: join(SCREENSHOTS, 'dashboard-narrow-attention.png') });

    const overflowing = await dashboard.evaluate((root) => {
      const right = root.getBoundingClientRect().right;
      return Array.from(root.querySelectorAll('*'))
        .filter(
          (el) => el.closest('.vault-stack-table-wrap') === null && el.getBoundingClientRect().right > right + 0.5,
        )
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
    });

    expect(overflowing).toEqual([]);
    await vs.close();
  });

  it('opens an item note from its title and sets a bookmark status from its control', async () => {
    const vs = await open();
    const tailscale = await vs.readFile('Reading/Tailscale ACLs.md');

    await vs.page
      .locator('.vault-stack-section-attention')
      .getByRole('button', { name: 'Renew passport', exact: true })
      .click();
    await vs.page.locator('.markdown-preview-view', { hasText: 'Expires in March.' }).waitFor();
    await vs.page
      .getByRole('group', { name: 'Status of Tailscale ACLs' })
      .getByRole('button', { name: 'Reading' })
      .click();
    await vs.settle();
    await vs.page
      .getByRole('group', { name: 'Status of Tailscale ACLs' })
      .getByRole('button', { name: 'Reading', pressed: true })
      .waitFor();

    expect(await vs.readFile('Reading/Tailscale ACLs.md')).toBe(
      tailscale.replace('status: inbox\n', 'status: reading\n'),
    );
    expect(vs.errors).toEqual([]);
    await vs.close();
  });

  it('checks in a habit and completes a task, changing exactly those lines of the notes', async () => {
    const vs = await open();
    const meditate = await vs.readFile('Habits/Meditate.md');
    const passport = await vs.readFile('Tasks/Renew passport.md');
    const today = vs.page.locator('.vault-stack-section-today');

    await today.getByRole('button', { name: 'Check in Meditate for today' }).click();
    await today.getByRole('button', { name: 'Complete Renew passport' }).click();
    await vs.settle();
    // The view re-renders (debounced) after each write lands in the index: wait for both.
    await today.locator('.vault-stack-habit.is-done', { hasText: 'Meditate' }).waitFor();
    await today.locator('.vault-stack-task', { hasText: 'Renew passport' }).waitFor({ state: 'detached' });

    expect(await vs.readFile('Habits/Meditate.md')).toBe(
      meditate.replace('  - 2026-11-27\n', '  - 2026-11-27\n  - 2026-11-28\n'),
    );
    expect(await vs.readFile('Tasks/Renew passport.md')).toBe(
      passport
        .replace('status: todo\n', 'status: done\n')
        .replace('\n---\nExpires', '\ndone: 2026-11-28\n---\nExpires'),
    );
    expect(await vs.page.locator('.vault-stack-section-attention', { hasText: 'Renew passport' }).count()).toBe(0);
    expect(vs.errors).toEqual([]);
    await vs.close();
  });
});
