// Quality promises: no request leaves the origin; storage faults never lose work silently; a
// panic leaves a rescue screen with the data, not a blank page.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startApp, launchBrowser, openPage, waitForApp, waitForPage, DIST_TEST, BASE } from './support.mjs';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
const ROUTES = ['', 'experiences', 'attitudes', 'values', 'talents', 'goals', 'decision', 'brief', 'brief/guide', 'brief/manager-guide', 'report', 'data', 'workshop', 'workshop/org-check', 'workshop/guide'];

let app;
let testApp;
let browser;

before(async () => {
  app = await startApp();
  testApp = await startApp({ root: DIST_TEST });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  app?.server.close();
  testApp?.server.close();
});

const storedWorkbook = (page) => page.evaluate(() => {
  const raw = localStorage.getItem('crossroads.workbook');
  return raw === null ? null : JSON.parse(raw).workbook;
});

test('every request of a journey through every module, export and import is a same-origin GET of our files', async () => {
  const { page, problems, context } = await openPage(browser, app.origin);
  const requests = [];
  page.on('request', (req) => requests.push({ method: req.method(), url: req.url(), type: req.resourceType() }));
  await page.goto(app.url);
  await waitForApp(page);
  await page.getByRole('button', { name: 'Load the example' }).click();
  for (const slug of ROUTES) {
    await page.goto(`${app.url}#/${slug}`);
    await page.locator('main h1').waitFor();
  }
  await page.goto(`${app.url}#/data`);
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid=export]').click()]);
  assert.ok((await readFile(await download.path(), 'utf8')).includes('crossroads-workbook'));
  await page.setInputFiles('[data-testid=import-file]', join(FIXTURES, 'v1', 'example.crossroads.json'));
  await page.locator('[data-testid=import-merge]').click();
  await page.locator('[data-testid=import-done]').waitFor();
  await page.reload();
  await waitForApp(page);
  assert.ok(requests.length > 0);
  for (const r of requests) {
    if (r.url.startsWith('blob:') || r.url.startsWith('data:')) continue;
    assert.equal(r.method, 'GET', `${r.method} ${r.url}`);
    assert.ok(r.url.startsWith(app.origin + BASE), `request outside the app: ${r.url}`);
  }
  assert.deepEqual(await problems(), [], 'no foreign request, websocket, CSP violation or console error');
  await context.close();
});

test('a quota error mid-session shows a banner, keeps the work, export still works, and saving resumes', async () => {
  const { page, context } = await openPage(browser, app.origin);
  await page.goto(app.url);
  await waitForApp(page);
  await page.evaluate(() => {
    const real = Storage.prototype.setItem;
    window.__quotaFull = false;
    Storage.prototype.setItem = function setItem(key, value) {
      if (window.__quotaFull && key.startsWith('crossroads.workbook')) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return real.call(this, key, value);
    };
  });
  await page.evaluate(() => { window.__quotaFull = true; });
  await page.getByRole('button', { name: 'Load the example' }).click();
  const banner = page.locator('[data-testid=storage-banner]');
  await banner.waitFor();
  assert.match(await banner.innerText(), /storage is full/);
  assert.equal(await storedWorkbook(page), null, 'nothing reached storage');
  assert.ok((await page.locator('[data-testid=progress] .state.done').count()) >= 5, 'the work is kept in the page');
  await page.goto(`${app.url}#/data`);
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid=export]').click()]);
  const exported = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.equal(exported.workbook.experiences.length, 8, 'export works while storage is full');
  await page.evaluate(() => { window.__quotaFull = false; });
  // The periodic retry (every 10 s) saves without any further change.
  await page.locator('[data-testid=save-status].ok').waitFor({ timeout: 15000 });
  assert.equal((await storedWorkbook(page)).experiences.length, 8);
  await banner.waitFor({ state: 'detached' });
  await context.close();
});

test('with storage blocked from the start the app runs in memory, says so, and exports', async () => {
  const { page, problems, context } = await openPage(browser, app.origin);
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() { throw new DOMException('Access is denied for this document.', 'SecurityError'); },
    });
  });
  await page.goto(app.url);
  await waitForApp(page);
  await page.locator('[data-testid=storage-banner]').waitFor();
  await page.getByRole('button', { name: 'Load the example' }).click();
  await page.goto(`${app.url}#/data`);
  assert.match(await page.locator('[data-testid=storage-mode]').innerText(), /Memory only/);
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid=export]').click()]);
  assert.equal(JSON.parse(await readFile(await download.path(), 'utf8')).workbook.experiences.length, 8);
  assert.deepEqual(await problems(), []);
  await context.close();
});

test('two tabs: a save in one is shown in the other, and an unsaved change there is set aside, not lost', async () => {
  const { page: first, context } = await openPage(browser, app.origin);
  await first.goto(app.url);
  await waitForApp(first);
  const second = await context.newPage();
  await second.goto(app.url);
  await waitForApp(second);
  await first.getByRole('button', { name: 'Load the example' }).click();
  await first.locator('[data-testid=save-status].ok').waitFor();
  const notice = second.locator('[data-testid=other-tab]');
  await notice.waitFor();
  assert.match(await notice.innerText(), /changed in another tab/);
  assert.ok((await second.locator('[data-testid=progress] .state.done').count()) >= 5, 'the second tab shows the saved version');

  // An unsaved change in the second tab when the first tab saves: set aside, and restorable.
  await second.locator('[data-testid=other-tab] button').click();
  const firstSaved = await first.evaluate(() => localStorage.getItem('crossroads.workbook'));
  const edited = JSON.parse(firstSaved);
  edited.workbook.goals.success_text = 'Saved by the first tab';
  await second.locator('[data-testid=example-banner] button').click(); // removal, not yet saved (debounced)
  await first.evaluate((text) => localStorage.setItem('crossroads.workbook', text), JSON.stringify(edited));
  const conflict = second.locator('[data-testid=other-tab]');
  await conflict.waitFor();
  assert.match(await conflict.innerText(), /your last change here was set aside/);
  assert.equal((await storedWorkbook(second)).goals.success_text, 'Saved by the first tab', 'the other tab’s save stands');
  await conflict.getByRole('button', { name: 'Restore my change' }).click();
  await second.locator('[data-testid=save-status].ok').waitFor();
  await second.waitForFunction(() => JSON.parse(localStorage.getItem('crossroads.workbook')).workbook.experiences.length === 0);
  // And the first tab is told in turn.
  await first.locator('[data-testid=other-tab]').waitFor();
  await context.close();
});

test('a panic shows the rescue screen with a download of the last saved workbook', async () => {
  const { page, context } = await openPage(browser, testApp.origin);
  await page.goto(testApp.url);
  await waitForApp(page);
  await page.getByRole('button', { name: 'Load the example' }).click();
  await page.locator('[data-testid=save-status].ok').waitFor();
  await page.goto(`${testApp.url}#/__panic`);
  const rescue = page.locator('[data-testid=rescue]');
  await rescue.waitFor();
  assert.match(await rescue.innerText(), /Something went wrong/);
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid=rescue-download]').click()]);
  const rescued = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.equal(rescued.format, 'crossroads-workbook');
  assert.equal(rescued.workbook.experiences.length, 8);
  await context.close();
});

test('the shipped build has no panic trigger', async () => {
  const { page, problems, context } = await openPage(browser, app.origin);
  await page.goto(app.url);
  await waitForApp(page);
  await page.goto(`${app.url}#/__panic`);
  await page.locator('main h1').waitFor();
  assert.equal(await page.locator('[data-testid=rescue]').count(), 0);
  assert.deepEqual(await problems(), []);
  await context.close();
});

test('hostile text typed into every text field of every module stays inert text', async () => {
  const { page, problems, context } = await openPage(browser, app.origin);
  let dialogs = 0;
  page.on('dialog', async (d) => { dialogs += 1; await d.dismiss(); });
  const payload = '<img src=x onerror="alert(1)"><script>alert(2)</script><svg onload="alert(3)"></svg>';
  await page.goto(app.url);
  await waitForApp(page);
  await page.getByRole('button', { name: 'Load the example' }).click();
  let typed = 0;
  for (const slug of ROUTES) {
    await page.goto(`${app.url}#/${slug}`);
    await waitForPage(page);
    // Open the forms a module offers, then fill every free-text field.
    if (slug === 'experiences') await page.locator('[data-testid=add-experience]').click();
    if (slug === 'data') await page.locator('[data-testid=export-encrypt]').check();
    if (slug === 'decision') {
      await page.locator('[data-testid=add-action]').click();
      await page.locator('[data-testid=add-journal]').click();
    }
    const fields = page.locator('main input[type=text]:visible, main input:not([type]):visible, main input[type=password]:visible, main textarea:not([readonly]):visible');
    const n = await fields.count();
    for (let i = 0; i < n; i += 1) {
      await fields.nth(i).fill(payload);
      typed += 1;
    }
    // Values and talents of one's own are shown as cards: add the payload as one.
    if (slug === 'values') await page.locator('#values-custom-name').press('Enter');
    if (slug === 'talents') await page.locator('#talents-custom-name').press('Enter');
  }
  for (const slug of ROUTES) {
    await page.goto(`${app.url}#/${slug}`);
    await waitForPage(page);
    assert.equal(await page.locator('main img[src=x], main script, main svg[onload]').count(), 0, `#/${slug}`);
  }
  assert.ok(typed > 0, 'some fields were typed into');
  assert.equal(dialogs, 0, 'no payload ran');
  assert.deepEqual(await problems(), []);
  await context.close();
});

test('hostile text in the brief stays inert on the page, in the copies, the report and the standalone HTML', async () => {
  const { page, problems, context } = await openPage(browser, app.origin);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.origin });
  let dialogs = 0;
  page.on('dialog', async (d) => { dialogs += 1; await d.dismiss(); });
  const payload = '</script><img src=x onerror="alert(1)"><script>alert(2)</script>*[x](javascript:alert(3))*';
  await page.goto(app.url);
  await waitForApp(page);
  await page.getByRole('button', { name: 'Load the example' }).click();
  await page.goto(`${app.url}#/brief`);
  for (const key of ['want', 'ask', 'talking_points']) {
    await page.locator(`[data-testid=brief-add-${key}]`).fill(payload);
    await page.locator(`[data-testid=brief-add-${key}]`).press('Enter');
  }
  await page.locator('[data-testid=brief-want] [data-line="added:1"]').waitFor();
  assert.equal(await page.locator('[data-testid=brief-want] [data-line="added:1"] .brief-text').innerText(), payload);
  await page.locator('[data-testid=brief-copy-markdown]').click();
  await page.waitForFunction(async () => (await navigator.clipboard.readText()).startsWith('# '));
  const md = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(md.includes('\\<script\\>alert\\(2\\)\\</script\\>'), 'Markdown escapes the markup');
  assert.ok(!md.includes('[x](javascript'), 'no live Markdown link');
  await page.goto(`${app.url}#/report`);
  await page.locator('[data-testid=report-brief]').waitFor();
  assert.ok((await page.locator('[data-testid=report-brief]').innerText()).includes(payload));
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid=report-export-html]').click()]);
  const html = await readFile(await download.path(), 'utf8');
  assert.equal(html.match(/<script/g).length, 1, 'only the embedded workbook');
  assert.ok(!html.includes('<img src=x'));
  const viewer = await context.newPage();
  await viewer.setContent(html);
  assert.equal(await viewer.locator('img, script:not([type="application/json"])').count(), 0);
  assert.ok((await viewer.locator('body').innerText()).includes(payload));
  const embedded = await viewer.locator('#crossroads-workbook').textContent();
  assert.equal(JSON.parse(embedded).workbook.brief.sections.want.added[0].text, payload);
  for (const slug of ['brief', 'report']) {
    await page.goto(`${app.url}#/${slug}`);
    await page.locator('main h1').waitFor();
    assert.equal(await page.locator('main img[src=x], main script').count(), 0, `#/${slug}`);
  }
  assert.equal(dialogs, 0, 'no payload ran');
  assert.deepEqual(await problems(), []);
  await context.close();
});
