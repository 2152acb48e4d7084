// The app shell as a user meets it: every route, reloads, languages, keyboard navigation, the
// example person and deleting everything.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, openPage, waitForApp } from './support.mjs';

const ROUTES = ['', 'experiences', 'attitudes', 'values', 'talents', 'goals', 'decision', 'brief', 'report', 'data', 'workshop'];

let app;
let browser;

useApp((up) => ({ app, browser } = up));

/** Our keys in localStorage. */
const storedKeys = (page) => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('crossroads.')));

test('every route renders a heading with no console errors', async () => {
  const { page, problems, context } = await openPage(browser, app.origin);
  await page.goto(app.url);
  await waitForApp(page);
  for (const slug of ROUTES) {
    await page.goto(`${app.url}#/${slug}`);
    const heading = page.locator('main h1');
    await heading.waitFor();
    assert.ok((await heading.innerText()).trim().length > 0, `#/${slug} has a heading`);
    if (slug) {
      assert.equal(await page.locator(`nav a[href="#/${slug}"]`).getAttribute('aria-current'), 'page');
    }
  }
  await page.goto(`${app.url}#/no-such-page`);
  await page.locator('main h1').waitFor();
  assert.equal(await page.locator('nav a[href="#/"]').getAttribute('aria-current'), 'page', 'unknown routes lead home');
  assert.deepEqual(await problems(), []);
  await context.close();
});

test('the static shell is the largest paint: the app mounts after it, with no larger paint and no layout shift', async () => {
  const { page, problems, context } = await openPage(browser, app.origin);
  await page.addInitScript(() => {
    const seen = (window.__paints = { lcp: [], shifts: [], mountedAt: null });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) seen.lcp.push({ id: e.id, size: e.size, at: e.startTime });
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) seen.shifts.push(e.value);
    }).observe({ type: 'layout-shift', buffered: true });
    const mo = new MutationObserver(() => {
      if (document.querySelector('nav .nav-list a')) { seen.mountedAt = performance.now(); mo.disconnect(); }
    });
    mo.observe(document, { childList: true, subtree: true });
  });
  await page.goto(app.url);
  await waitForApp(page);
  // Two frames and a pause after the mount: the app's own paint has been reported by then.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 300)))));
  const seen = await page.evaluate(() => window.__paints);
  assert.ok(seen.mountedAt !== null, 'the app mounted');
  assert.ok(seen.lcp.length > 0, 'the browser reported a largest contentful paint');
  const last = seen.lcp.at(-1);
  assert.match(last.id, /^shell-/, `the largest paint is the static shell's text, not the app's: ${JSON.stringify(seen.lcp)}`);
  const cls = seen.shifts.reduce((a, b) => a + b, 0);
  assert.ok(cls <= 0.02, `mounting shifts the layout by ${cls.toFixed(3)} (budget 0.02)`);
  assert.deepEqual(await problems(), []);
  await context.close();
});

test('the example person loads, survives a reload, and is removed again', async () => {
  const { page, problems, context } = await openPage(browser, app.origin);
  await page.goto(app.url);
  await waitForApp(page);
  const progress = page.locator('[data-testid=progress] .state.done');
  assert.equal(await progress.count(), 0, 'a new workbook has nothing filled in');
  await page.getByRole('button', { name: 'Load the example' }).click();
  await page.locator('[data-testid=example-banner]').waitFor();
  assert.ok((await progress.count()) >= 5, 'the example fills in the modules');
  await page.locator('[data-testid=save-status].ok').waitFor();
  await page.reload();
  await waitForApp(page);
  await page.locator('[data-testid=example-banner]').waitFor();
  assert.ok((await progress.count()) >= 5, 'the change survived the reload');
  await page.locator('[data-testid=example-banner]').getByRole('button', { name: 'Remove the example' }).click();
  await page.locator('[data-testid=example-banner]').waitFor({ state: 'detached' });
  assert.equal(await progress.count(), 0);
  await page.reload();
  await waitForApp(page);
  assert.equal(await progress.count(), 0, 'the removal survived the reload');
  assert.deepEqual(await problems(), []);
  await context.close();
});

test('the language switch and ?lang= change every text, <html lang> and are remembered', async () => {
  const { page, problems, context } = await openPage(browser, app.origin);
  await page.goto(app.url);
  await waitForApp(page);
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  await page.getByLabel('Language').selectOption('nl');
  await page.locator('nav a[href="#/experiences"]', { hasText: 'Ervaringen' }).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'nl');
  await page.reload();
  await waitForApp(page);
  assert.equal(await page.locator('nav a[href="#/experiences"]').innerText(), 'Ervaringen', 'remembered');
  await page.goto(`${app.url}?lang=fr#/values`);
  await waitForApp(page);
  assert.equal(await page.locator('html').getAttribute('lang'), 'fr');
  assert.equal(await page.locator('nav a[href="#/"]').innerText(), 'Accueil');
  assert.equal(await page.locator('main h1').innerText(), 'Valeurs');
  assert.match(await page.title(), /^Valeurs – Crossroads$/);
  assert.deepEqual(await problems(), []);
  await context.close();
});

test('the theme follows the choice and is remembered', async () => {
  const { page, context } = await openPage(browser, app.origin, { contextOptions: { colorScheme: 'light' } });
  await page.goto(app.url);
  await waitForApp(page);
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await background();
  await page.getByLabel('Theme').selectOption('dark');
  assert.equal(await page.locator('html').getAttribute('data-theme'), 'dark');
  assert.notEqual(await background(), light);
  await page.reload();
  await waitForApp(page);
  assert.equal(await page.locator('html').getAttribute('data-theme'), 'dark');
  await page.goto(`${app.url}?theme=light`);
  await waitForApp(page);
  assert.equal(await page.locator('html').getAttribute('data-theme'), 'light');
  await context.close();
});

test('keyboard alone reaches the skip link and every navigation item', async () => {
  const { page, context } = await openPage(browser, app.origin);
  await page.goto(app.url);
  await waitForApp(page);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'skip-link');
  const reached = new Set();
  for (let i = 0; i < 30; i += 1) {
    await page.keyboard.press('Tab');
    const href = await page.evaluate(() => document.activeElement.getAttribute('href'));
    if (href) reached.add(href);
  }
  for (const slug of ROUTES) assert.ok(reached.has(`#/${slug}`), `Tab reaches #/${slug}`);
  // Enter on a focused link navigates, and focus moves to the page content.
  await page.locator('nav a[href="#/values"]').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash === '#/values');
  await page.waitForFunction(() => document.activeElement.id === 'main');
  await context.close();
});

test('on a phone the navigation folds behind a Menu button, and the page starts on the first screen', async () => {
  const { page, problems, context } = await openPage(browser, app.origin, { contextOptions: { viewport: { width: 360, height: 740 } } });
  await page.goto(`${app.url}#/values`);
  await waitForApp(page);
  const toggle = page.getByRole('button', { name: 'Menu' });
  const values = page.locator('nav a[href="#/values"]');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  assert.equal(await toggle.getAttribute('aria-controls'), 'site-menu');
  assert.equal(await values.isVisible(), false, 'links are folded away');
  assert.equal(await page.getByLabel('Language').isVisible(), false, 'so are the switches');
  assert.ok(await page.locator('[data-testid=save-status]').isVisible(), 'the save status stays in view');
  const title = await page.locator('#page-title').boundingBox();
  assert.ok(title && title.y + title.height < 740 / 2, `the page title is in the top half of the first screen (at ${title?.y})`);

  // Keyboard: open with Enter, the links follow the button in Tab order, Escape folds and returns focus.
  await toggle.focus();
  await page.keyboard.press('Enter');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  assert.ok(await values.isVisible());
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.closest('nav') !== null), true, 'the first link follows the button');
  await page.keyboard.press('Escape');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  assert.equal(await page.evaluate(() => document.activeElement.textContent.trim()), 'Menu', 'focus is back on the button');

  // Choosing a page navigates and folds the menu again; so does a link inside the page.
  await toggle.click();
  await page.locator('nav a[href="#/talents"]').click();
  await page.waitForFunction(() => location.hash === '#/talents');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  assert.equal(await page.locator('nav a[href="#/talents"]').isVisible(), false);
  await toggle.click();
  await page.getByLabel('Language').selectOption('fr');
  await page.getByRole('button', { name: 'Menu' }).waitFor();
  assert.equal(await page.locator('nav a[href="#/"]').innerText(), 'Accueil', 'switches work from the menu');
  await page.goto(`${app.url}#/goals`);
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false', 'a route change folds the menu');

  // Wide screens show everything and no button.
  await page.setViewportSize({ width: 1280, height: 800 });
  assert.equal(await toggle.isVisible(), false);
  assert.ok(await page.locator('nav a[href="#/values"]').isVisible());
  assert.ok(await page.getByLabel('Langue').isVisible());
  assert.deepEqual(await problems(), []);
  await context.close();
});

test('delete everything empties storage after a confirmation', async () => {
  const { page, problems, context } = await openPage(browser, app.origin);
  await page.goto(app.url);
  await waitForApp(page);
  await page.getByRole('button', { name: 'Load the example' }).click();
  await page.locator('[data-testid=save-status].ok').waitFor();
  assert.ok((await storedKeys(page)).length > 0);
  await page.goto(`${app.url}#/data`);
  await page.locator('[data-testid=delete-everything]').click();
  assert.ok((await storedKeys(page)).length > 0, 'nothing is deleted before the confirmation');
  await page.locator('[data-testid=delete-confirm]').click();
  await page.getByText('Everything was deleted from this browser.').waitFor();
  await page.waitForTimeout(800); // longer than the autosave delay: nothing is written back
  assert.deepEqual(await storedKeys(page), []);
  await page.goto(app.url);
  await waitForApp(page);
  assert.equal(await page.locator('[data-testid=progress] .state.done').count(), 0);
  assert.deepEqual(await problems(), []);
  await context.close();
});
