// The release dist/, served from a sub-path with its _headers, loads cleanly in Chromium.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, openPage, waitForApp, BASE } from './support.mjs';

let app;
let browser;

useApp((up) => ({ app, browser } = up));

test('the app loads from a sub-path with no console errors, CSP violations or foreign requests', async () => {
  const { page, problems, context } = await openPage(browser, app.origin);
  const response = await page.goto(app.url);
  assert.equal(response.status(), 200);
  const csp = response.headers()['content-security-policy'];
  assert.match(csp, /default-src 'self'/, 'the host header carries the CSP from _headers');
  assert.match(csp, /frame-ancestors \*/);
  assert.doesNotMatch(csp, /loader-hash|__CSP__/, 'the post-build step filled in the loader hash');
  await waitForApp(page);
  assert.equal(await page.title(), 'Crossroads');
  assert.ok(await page.locator('nav a[href="#/values"]').isVisible());
  // Every request stayed under the sub-path the app was served from.
  const urls = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
  for (const url of urls) assert.ok(url.startsWith(app.url), `${url} is outside ${BASE}`);
  assert.deepEqual(await problems(), []);
  await context.close();
});
