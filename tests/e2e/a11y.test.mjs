// axe-core finds no WCAG 2.2 A/AA violations on the shell's routes, in light and dark themes,
// empty and with the example person loaded.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, launchBrowser, openPage, waitForApp, axeViolations } from './support.mjs';

let app;
let browser;

before(async () => {
  app = await startApp();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  app?.server.close();
});

for (const colorScheme of ['light', 'dark']) {
  test(`no axe violations on home and data (${colorScheme})`, async () => {
    const { page, context } = await openPage(browser, app.origin, { contextOptions: { colorScheme } });
    await page.goto(app.url);
    await waitForApp(page);
    assert.deepEqual(await axeViolations(page), [], 'home, empty');
    await page.getByRole('button', { name: 'Load the example' }).click();
    await page.locator('[data-testid=example-banner]').waitFor();
    assert.deepEqual(await axeViolations(page), [], 'home, example loaded');
    await page.goto(`${app.url}#/data`);
    await page.locator('main h1').waitFor();
    assert.deepEqual(await axeViolations(page), [], 'data page');
    await context.close();
  });
}

const ROUTES = ['', 'experiences', 'attitudes', 'values', 'talents', 'goals', 'decision', 'brief', 'brief/guide', 'brief/manager-guide', 'report', 'data', 'workshop', 'workshop/embed', 'workshop/org-check', 'workshop/guide'];

for (const colorScheme of ['light', 'dark']) {
  for (const width of [360, 1280]) {
    test(`every route with the example person: no axe violations and no sideways scroll (${colorScheme}, ${width} px)`, async () => {
      const { page, problems, context } = await openPage(browser, app.origin, {
        contextOptions: { colorScheme, viewport: { width, height: 800 }, reducedMotion: 'reduce' },
      });
      await page.goto(app.url);
      await waitForApp(page);
      await page.getByRole('button', { name: 'Load the example' }).click();
      await page.locator('[data-testid=example-banner]').waitFor();
      for (const slug of ROUTES) {
        await page.goto(`${app.url}#/${slug}`);
        await page.locator('main h1').waitFor();
        assert.deepEqual(await axeViolations(page), [], `#/${slug}`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.ok(overflow <= 0, `#/${slug} scrolls sideways by ${overflow} px at ${width} px`);
      }
      assert.deepEqual(await problems(), []);
      await context.close();
    });
  }
}
