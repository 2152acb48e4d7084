// After the first visit the app works offline (service worker), and a new build replaces the
// old one after a reload.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp, launchBrowser, openPage, waitForApp, DIST } from './support.mjs';

let browser;
let root;
let app;

before(async () => {
  root = await mkdtemp(join(tmpdir(), 'crossroads-offline-'));
  await cp(DIST, root, { recursive: true });
  app = await startApp({ root });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  app?.server.close();
  await rm(root, { recursive: true, force: true });
});

const controlled = (page) => page.waitForFunction(() => navigator.serviceWorker && navigator.serviceWorker.controller !== null, null, { timeout: 15000 });

test('after one visit the app reloads and works with the network off', async () => {
  const { context, page } = await openPage(browser, app.origin);
  await page.goto(app.url);
  await waitForApp(page);
  await controlled(page).catch(async () => { await page.reload(); await controlled(page); });
  await context.setOffline(true);
  await page.reload();
  await waitForApp(page);
  await page.getByRole('button', { name: 'Load the example' }).click();
  await page.locator('[data-testid=progress] .state.done').first().waitFor();
  await page.goto(`${app.url}#/data`);
  await page.locator('main h1').waitFor();
  assert.equal(await page.locator('main h1').innerText(), 'Where your data lives');
  await context.close();
});

test('a new build is picked up after a reload', async () => {
  const { context, page } = await openPage(browser, app.origin);
  await page.goto(app.url);
  await waitForApp(page);
  await controlled(page).catch(async () => { await page.reload(); await controlled(page); });
  // Publish a "new release": another page text and another service-worker version.
  const index = await readFile(join(root, 'index.html'), 'utf8');
  const released = index.replace('Loading…', 'Release two.');
  assert.notEqual(released, index, 'the shell has a text to change');
  await writeFile(join(root, 'index.html'), released);
  const sw = await readFile(join(root, 'sw.js'), 'utf8');
  await writeFile(join(root, 'sw.js'), sw.replace(/const VERSION = '[0-9a-f]+'/, "const VERSION = 'release-two'"));
  await page.reload();
  await page.waitForFunction(async () => (await caches.keys()).includes('crossroads-release-two'), null, { timeout: 15000 });
  await page.reload();
  const shell = await page.evaluate(() => fetch('./').then((r) => r.text()));
  assert.ok(shell.includes('Release two.'), 'the new release is served');
  await page.waitForFunction(async () => (await caches.keys()).join() === 'crossroads-release-two', null, { timeout: 15000 });
  await context.close();
});
