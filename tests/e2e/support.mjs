// Shared set-up for the Playwright journeys: the built dist/ served from a sub-path by the
// header-applying test server, Debian's Chromium, and a page that records every problem
// (console errors, page errors, failed or foreign requests, CSP violations).

import { before, after } from 'node:test';
import { chromium } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { serveDist } from '../tools/serve.mjs';

export const BASE = '/tools/crossroads/';
export const DIST = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist');
/** The test-only build (`make dist-test`, feature `test-hooks`): never shipped. */
export const DIST_TEST = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'target', 'dist-test');

/**
 * The usual set-up of a journey file: before its tests, dist/ served (see `startApp`) and
 * Chromium launched; after them, both closed. `use` receives `{ app, browser }` once they are up:
 *   let app; let browser;
 *   useApp((up) => ({ app, browser } = up));
 */
export function useApp(use, options) {
  let up = {};
  before(async () => {
    const app = await startApp(options);
    up = { app, browser: await launchBrowser() };
    use(up);
  });
  after(async () => {
    await up.browser?.close();
    up.app?.server.close();
  });
}

/** Serves dist/ (or `root`) under BASE on a free port of 127.0.0.1. */
export async function startApp({ base = BASE, extra, root = DIST } = {}) {
  const server = await serveDist({ root, base, port: 0, extra });
  const { port } = server.address();
  return { server, origin: `http://127.0.0.1:${port}`, url: `http://127.0.0.1:${port}${base}` };
}

/** Debian's Chromium, headless, with its background traffic switched off. */
export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--disable-dev-shm-usage', '--no-first-run'],
  });
}

/**
 * A new page in a fresh context that records problems. `problems()` lists them; a test asserts
 * it is empty. Requests to any origin other than `origin` count as problems.
 */
export async function openPage(browser, origin, { contextOptions = {} } = {}) {
  const context = await browser.newContext({ acceptDownloads: true, ...contextOptions });
  const page = await context.newPage();
  const found = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') found.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => found.push(`page error: ${err.message}`));
  page.on('requestfailed', (req) => found.push(`request failed: ${req.url()} ${req.failure()?.errorText}`));
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) found.push(`foreign request: ${url}`);
  });
  page.on('websocket', (ws) => found.push(`websocket: ${ws.url()}`));
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const problems = async () => {
    const csp = await page.evaluate(() => window.__cspViolations ?? []).catch(() => []);
    return [...found, ...csp.map((v) => `CSP violation: ${v}`)];
  };
  return { context, page, problems };
}

/** Waits until the wasm app has mounted (the static shell is replaced by the navigation). */
export async function waitForApp(page) {
  await page.waitForSelector('nav .nav-list a', { state: 'attached', timeout: 20000 });
}

/**
 * Waits until the page of the current `location.hash` is whole: `<main>` shows that route
 * (`data-route`; a same-document `goto` can return before the app has seen the hash change), its
 * heading is there, and it no longer says `data-mounting` (long pages mount their later parts a
 * task or a few after the route change).
 */
export async function waitForPage(page) {
  await page.waitForFunction(() => {
    const main = document.querySelector('main');
    const slug = location.hash.replace(/^#\/?/, '');
    return main !== null && main.dataset.route === slug && main.dataset.mounting === undefined && main.querySelector('h1') !== null;
  }, null, { timeout: 20000 });
}

/**
 * Lays out every part of the page for a measurement of geometry: sections with
 * `content-visibility: auto` skip layout while far from the screen and keep an estimated height
 * meanwhile, so positions measured in them before they are scrolled to are not the real ones.
 */
export async function layOutAll(page) {
  await page.evaluate(() => {
    for (const el of document.querySelectorAll('main *')) {
      if (getComputedStyle(el).contentVisibility === 'auto') el.style.contentVisibility = 'visible';
    }
  });
}

/**
 * axe-core's WCAG 2.x A/AA violations on the current page, as short strings. The `wcag22aa` tag
 * also runs `target-size` (SC 2.5.8), which axe leaves off by default; a11y.test.mjs measures
 * every target itself as well, with the spacing and inline exceptions.
 */
export async function axeViolations(page) {
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
