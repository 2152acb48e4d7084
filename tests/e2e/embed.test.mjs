// Crossroads embedded in a page of another origin: compact chrome, modules and language from
// the URL, auto-height through postMessage and embed.js, export from inside the iframe, and a
// sandbox without allow-same-origin (no storage) that still runs.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { startApp, launchBrowser, BASE, DIST } from './support.mjs';
import { serveDist } from '../tools/serve.mjs';

let app;
let host;
let hostOrigin;
let browser;

function hostPage(frames) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>My career blog</title></head>
<body><h1>Find your next step</h1><p>Try the workbook below.</p>${frames}
<script src="${app.url}embed.js"></script></body></html>`;
}

before(async () => {
  app = await startApp();
  const pages = {
    '/blog.html': hostPage(`<iframe id="cr" data-crossroads title="Crossroads" src="${app.url}?embed=1&modules=attitudes&lang=fr" width="100%" height="300" sandbox="allow-scripts allow-same-origin allow-downloads allow-popups"></iframe>`),
    '/sandboxed.html': hostPage(`<iframe id="cr" data-crossroads title="Crossroads" src="${app.url}?embed=1&lang=en" width="100%" height="300" sandbox="allow-scripts allow-downloads"></iframe>`),
  };
  const extra = Object.fromEntries(Object.entries(pages).map(([path, body]) => [path, { type: 'text/html; charset=utf-8', body }]));
  extra['/favicon.ico'] = { type: 'image/x-icon', body: '' };
  host = await serveDist({ root: DIST, base: '/unused/', port: 0, extra });
  hostOrigin = `http://127.0.0.1:${host.address().port}`;
  browser = await (await import('./support.mjs')).launchBrowser();
});

after(async () => {
  await browser?.close();
  app?.server.close();
  host?.close();
});

async function openHost(path) {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(hostOrigin) && !url.startsWith(app.origin + BASE) && !url.startsWith('blob:')) errors.push(`foreign request: ${url}`);
  });
  await page.goto(`${hostOrigin}${path}`);
  const frame = page.frameLocator('#cr');
  await frame.locator('nav .nav-list a').first().waitFor({ state: 'attached', timeout: 20000 });
  return { context, page, frame, errors };
}

test('embedded from another origin with modules=attitudes&lang=fr: grows with its content, the module is completed, the export downloads', async () => {
  const { context, page, frame, errors } = await openHost('/blog.html');
  const links = frame.locator('nav .nav-list a');
  assert.deepEqual(await links.allInnerTexts(), ['Attitudes de carrière'], 'only the chosen module, in French');
  assert.equal(await frame.locator('main h1').innerText(), 'Attitudes de carrière', 'the module opens');
  assert.equal(await frame.locator('html').getAttribute('lang'), 'fr');
  assert.equal(await frame.locator('html').getAttribute('data-embed'), '1');
  assert.equal(await frame.locator('.site-footer').count(), 0, 'compact chrome');
  const frameHeight = () => page.evaluate(() => document.getElementById('cr').getBoundingClientRect().height);
  // embed.js applied the reported height: the iframe is taller than its initial 300 px.
  await page.waitForFunction(() => document.getElementById('cr').getBoundingClientRect().height > 320);
  const introHeight = await frameHeight();

  await frame.getByTestId('attitudes-start').click();
  let pages = 0;
  for (;;) {
    await frame.locator('fieldset.likert').first().waitFor();
    const groups = frame.locator('fieldset.likert');
    const n = await groups.count();
    for (let i = 0; i < n; i += 1) await groups.nth(i).locator(`input[value="${(i % 5) + 1}"]`).check();
    pages += 1;
    if ((await frame.getByTestId('attitudes-finish').count()) > 0) {
      await frame.getByTestId('attitudes-finish').click();
      break;
    }
    const before = await frame.locator('fieldset.likert').first().getAttribute('data-item');
    await frame.getByTestId('attitudes-next').click();
    await frame.locator(`fieldset.likert:not([data-item="${before}"])`).first().waitFor();
  }
  assert.equal(pages, 6);
  await frame.getByTestId('attitudes-radar').waitFor();
  await page.waitForFunction((h) => Math.abs(document.getElementById('cr').getBoundingClientRect().height - h) > 40, introHeight);

  const [download] = await Promise.all([page.waitForEvent('download'), frame.locator('[data-testid=embed-export]').click()]);
  const exported = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.equal(exported.format, 'crossroads-workbook');
  assert.equal(exported.locale, 'fr');
  assert.ok(exported.workbook.attitudes.takes[0].completed_at, 'the completed take is in the export');
  assert.equal(Object.keys(exported.workbook.attitudes.takes[0].answers).length, 36);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a sandbox without allow-same-origin loads, runs in memory with a banner, and does not crash', async () => {
  const { context, frame, errors } = await openHost('/sandboxed.html');
  const banner = frame.locator('[data-testid=storage-banner]');
  await banner.waitFor();
  assert.match(await banner.innerText(), /does not let Crossroads store data here/);
  await frame.getByRole('button', { name: 'Load the example' }).click();
  await frame.locator('[data-testid=progress] .state.done').first().waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('the snippet generator writes the snippet and previews it live', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${app.url}#/workshop/embed`);
  await page.locator('[data-testid=embed-snippet]').waitFor();
  await page.getByLabel('Career attitudes').check();
  await page.getByLabel('Values').check();
  await page.locator('[data-testid=embed-lang]').selectOption('fr');
  const snippet = await page.locator('[data-testid=embed-snippet]').inputValue();
  assert.ok(snippet.includes(`src="${app.url}?embed=1&amp;modules=attitudes,values&amp;lang=fr"`), snippet);
  assert.ok(snippet.includes('allow-downloads'));
  assert.ok(snippet.includes(`${app.url}embed.js`));
  const preview = page.frameLocator('[data-testid=embed-preview]');
  await preview.locator('nav .nav-list a').first().waitFor({ state: 'attached' });
  assert.deepEqual(await preview.locator('nav .nav-list a').allInnerTexts(), ['Attitudes de carrière', 'Valeurs']);
  await context.close();
});
