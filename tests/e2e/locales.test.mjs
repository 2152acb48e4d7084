// Dutch and French are data fetched on demand (src/i18n/locales.rs, public/locales/): the
// English first load never fetches them; switching fetches the table first (busy meanwhile) and
// then renders the language; a reload with Dutch stored renders Dutch from the first app render;
// a failed fetch leaves the app in its language and says so; after one visit the tables work
// offline.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, openPage, waitForApp } from './support.mjs';

let browser;
let app;

useApp((up) => ({ app, browser } = up));

const TITLE = {
  en: 'Make your next career move your own',
  nl: 'Maak je volgende loopbaanstap echt de jouwe',
  fr: 'Faites de votre prochaine étape de carrière un vrai choix personnel',
};
const isTable = (url, lang) => new RegExp(`/locales/${lang}\\.[0-9a-f]{16}\\.json$`).test(url);
const h1 = (page) => page.locator('main h1').first().innerText();
const switchTo = (page, lang) => page.locator('[data-testid=language-switch]').selectOption(lang);
/** What the app drew the first time it replaced the static shell (recorded by an init script). */
const recordFirstRender = (page) => page.addInitScript(() => {
  new MutationObserver((_, observer) => {
    const app = document.getElementById('app');
    if (!app || app.querySelector('.loading-shell') || !app.querySelector('nav')) return;
    window.__firstRender = { h1: app.querySelector('main h1')?.textContent ?? '', text: app.textContent };
    observer.disconnect();
  }).observe(document, { childList: true, subtree: true });
});

// Where requests are held, refused or counted the service worker is blocked: Playwright's routes
// do not see what a service worker answers from its cache.
const NO_SW = { locale: 'en-GB', serviceWorkers: 'block' };

test('English loads no table; switching to Dutch fetches it, busy meanwhile, then renders Dutch', async () => {
  const { context, page, problems } = await openPage(browser, app.origin, { contextOptions: NO_SW });
  const tables = [];
  page.on('request', (req) => { if (/\/locales\//.test(req.url())) tables.push(req.url()); });
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route((url) => isTable(url.href, 'nl'), async (route) => { await held; await route.continue(); });
  await page.goto(app.url);
  await waitForApp(page);
  assert.equal(await h1(page), TITLE.en);
  assert.deepEqual(tables, [], 'the English first load fetches no locale table');

  await switchTo(page, 'nl');
  await page.locator('[data-testid=language-switch][aria-busy=true]').waitFor({ state: 'attached' });
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en', 'the language changes only once the table is in');
  assert.equal(await h1(page), TITLE.en, 'no Dutch before the table, no mixed page');
  release();
  await page.waitForFunction(() => document.documentElement.lang === 'nl');
  assert.equal(await h1(page), TITLE.nl);
  assert.equal(await page.locator('[data-testid=language-switch]').getAttribute('aria-busy'), null);
  assert.equal(tables.filter((u) => isTable(u, 'nl')).length, 1, `one Dutch table fetched: ${tables}`);
  assert.equal(await page.locator('[data-testid=language-failed]').count(), 0);

  // French, then back to Dutch: the Dutch table is installed already, nothing is fetched again.
  await switchTo(page, 'fr');
  await page.waitForFunction(() => document.documentElement.lang === 'fr');
  assert.equal(await h1(page), TITLE.fr);
  await switchTo(page, 'nl');
  await page.waitForFunction(() => document.documentElement.lang === 'nl');
  assert.equal(tables.filter((u) => isTable(u, 'nl')).length, 1, `the Dutch table is fetched once: ${tables}`);
  assert.deepEqual(await problems(), []);
  await context.close();
});

test('a reload with Dutch stored renders Dutch from the first app render, without English', async () => {
  const { context, page, problems } = await openPage(browser, app.origin, { contextOptions: { locale: 'en-GB' } });
  await recordFirstRender(page);
  await page.goto(app.url);
  await waitForApp(page);
  await switchTo(page, 'nl');
  await page.waitForFunction(() => document.documentElement.lang === 'nl');
  await page.reload();
  await waitForApp(page);
  const first = await page.evaluate(() => window.__firstRender);
  assert.ok(first, 'the first render was recorded');
  assert.equal(first.h1, TITLE.nl);
  assert.ok(!first.text.includes(TITLE.en) && !first.text.includes('Experiences'), `English in the first render: ${first.text.slice(0, 300)}`);
  assert.equal(await h1(page), TITLE.nl);
  assert.deepEqual(await problems(), []);
  await context.close();
});

test('a table that cannot be fetched leaves the app in its language and says so', async () => {
  const { context, page, problems } = await openPage(browser, app.origin, { contextOptions: NO_SW });
  await page.route((url) => /\/locales\//.test(url.pathname), (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'gone' }));
  await page.goto(app.url);
  await waitForApp(page);
  await switchTo(page, 'nl');
  const banner = page.locator('[data-testid=language-failed]');
  await banner.waitFor();
  assert.match(await banner.innerText(), /^Nederlands could not be loaded, so the page stays in this language\./);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.equal(await page.locator('[data-testid=language-switch]').inputValue(), 'en', 'the switch shows the language still in use');
  assert.equal(await h1(page), TITLE.en);
  assert.equal(await page.locator('[data-testid=language-switch]').getAttribute('aria-busy'), null);

  // At start-up (`?lang=fr`, as embeds ask): the app starts in English and says why.
  await page.goto(`${app.url}?lang=fr`);
  await waitForApp(page);
  await banner.waitFor();
  assert.match(await banner.innerText(), /^Français could not be loaded/);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.equal(await h1(page), TITLE.en);
  // The browser reports each refused file; nothing else may go wrong.
  assert.deepEqual((await problems()).filter((p) => !/status of 404/.test(p)), []);
  await context.close();
});

test('after one visit in English, French works offline', async () => {
  const { context, page, problems } = await openPage(browser, app.origin, { contextOptions: { locale: 'en-GB' } });
  await page.goto(app.url);
  await waitForApp(page);
  const controlled = () => page.waitForFunction(() => navigator.serviceWorker && navigator.serviceWorker.controller !== null, null, { timeout: 15000 });
  await controlled().catch(async () => { await page.reload(); await controlled(); });
  await page.waitForFunction(async () => {
    const keys = await caches.keys();
    for (const key of keys) {
      const cached = await (await caches.open(key)).keys();
      if (cached.some((r) => /\/locales\/fr\.[0-9a-f]{16}\.json$/.test(r.url))) return true;
    }
    return false;
  }, null, { timeout: 15000 });
  await context.setOffline(true);
  await page.reload();
  await waitForApp(page);
  await switchTo(page, 'fr');
  await page.waitForFunction(() => document.documentElement.lang === 'fr');
  assert.equal(await h1(page), TITLE.fr);
  await page.reload();
  await waitForApp(page);
  assert.equal(await h1(page), TITLE.fr, 'French stored, reloaded offline');
  assert.equal(await page.locator('[data-testid=language-failed]').count(), 0);
  assert.deepEqual(await problems(), []);
  await context.close();
});
