import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { BROWSER_ARTIFACTS, buildPluginBundle } from './build';
import { browserAvailability, launchBrowser, openHarness } from './harness';

const availability = browserAvailability();
if (!availability.run) console.warn(availability.reason);
const describeInBrowser = availability.run ? describe : describe.skip;

const NOTE = 'Tasks/Write report.md';
const VAULT = {
  [NOTE]: '---\nstack: task\nstatus: todo\ntitle: Write the <b>quarterly</b> report\n---\nBody\n',
  'Other.md': 'untouched',
};

describeInBrowser('the browser harness', () => {
  let browser: Browser;
  let pluginCode: string;

  beforeAll(async () => {
    pluginCode = buildPluginBundle(join(__dirname, 'harnessFixtures', 'TitlePlugin.ts'), 'harness-title-plugin');
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('runs a plugin view in Chromium whose button changes the note through vault.process', async () => {
    const harness = await openHarness(browser, {
      files: VAULT,
      pluginCode,
      manifest: { id: 'harness-title', name: 'Harness title' },
    });
    const title = harness.page.locator('.harness-title');

    await title.waitFor();
    const shownTitle = await title.textContent();
    const boldInTitle = await harness.page.locator('.harness-title b').count();
    await harness.page.click('button.harness-done');
    await harness.settle();
    const files = await harness.readFiles();

    expect(shownTitle).toBe('Write the <b>quarterly</b> report');
    expect(boldInTitle).toBe(0);
    expect(files[NOTE]).toBe('---\nstack: task\nstatus: done\ntitle: Write the <b>quarterly</b> report\n---\nBody\n');
    expect(files['Other.md']).toBe('untouched');
    expect(harness.errors).toEqual([]);
    await harness.close();
  });

  test('screenshots the view in the light and dark themes', async () => {
    mkdirSync(join(BROWSER_ARTIFACTS, 'screenshots'), { recursive: true });
    const backgrounds: string[] = [];
    for (const theme of ['light', 'dark'] as const) {
      const harness = await openHarness(browser, {
        files: VAULT,
        pluginCode,
        theme,
        viewport: { width: 640, height: 360 },
      });
      await harness.page.locator('.harness-title').waitFor();
      await harness.page.screenshot({ path: join(BROWSER_ARTIFACTS, 'screenshots', `harness-${theme}.png`) });
      backgrounds.push(await harness.page.evaluate(() => getComputedStyle(document.body).backgroundColor));
      await harness.close();
    }

    expect(backgrounds).toEqual(['rgb(255, 255, 255)', 'rgb(30, 30, 30)']);
  });
});
