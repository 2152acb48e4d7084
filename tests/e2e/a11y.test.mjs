// axe-core finds no WCAG 2.2 A/AA violations on the shell's routes, in light and dark themes,
// empty and with the example person loaded.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { useApp, openPage, waitForApp, waitForPage, layOutAll, axeViolations } from './support.mjs';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

let app;
let browser;

useApp((up) => ({ app, browser } = up));

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
    await waitForPage(page);
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
        // The embed preview's app mounts before the next route removes it (no aborted request).
        await openRoute(page, slug);
        await layOutAll(page);
        assert.deepEqual(await axeViolations(page), [], `#/${slug}`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.ok(overflow <= 0, `#/${slug} scrolls sideways by ${overflow} px at ${width} px`);
      }
      assert.deepEqual(await problems(), []);
      await context.close();
    });
  }
}

/**
 * WCAG 2.2 SC 2.5.8 (target size, minimum), measured in the page: every visible interactive
 * element is at least 24 × 24 CSS px, or meets the spacing exception (a 24 px circle centred on
 * its box intersects no other target and no other undersized target's circle), or is a link
 * inline in a sentence. Returns the targets that fail, as short strings.
 */
function undersizedTargets() {
  const SELECTOR = 'a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button], [tabindex]:not([tabindex="-1"])';
  const visible = (el) => {
    const r = el.getBoundingClientRect();
    if (r.width <= 1 || r.height <= 1) return false; // visually hidden (the file input behind its label)
    if (el.closest('.visually-hidden')) return false;
    return el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  };
  /** A link inside a sentence: inline, in a block whose text is more than the link's. */
  const inlineInText = (el) => {
    if (el.tagName !== 'A' || getComputedStyle(el).display !== 'inline') return false;
    let block = el.parentElement;
    while (block && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
    return Boolean(block) && block.textContent.trim().length > el.textContent.trim().length;
  };
  const targets = [...document.querySelectorAll(SELECTOR)].filter(visible).map((el) => ({ el, r: el.getBoundingClientRect() }));
  const small = (t) => t.r.width < 24 - 0.01 || t.r.height < 24 - 0.01;
  const centre = (t) => ({ x: t.r.left + t.r.width / 2, y: t.r.top + t.r.height / 2 });
  const R = 12;
  const circleHitsBox = (c, r) => {
    const dx = Math.max(r.left - c.x, 0, c.x - r.right);
    const dy = Math.max(r.top - c.y, 0, c.y - r.bottom);
    return dx * dx + dy * dy < R * R - 0.01;
  };
  const describe = (el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} “${(el.getAttribute('aria-label') || el.textContent || el.value || '').trim().slice(0, 30)}”`;
  const failures = [];
  let spaced = 0;
  let inline = 0;
  for (const t of targets) {
    if (!small(t)) continue;
    if (inlineInText(t.el)) { inline += 1; continue; }
    const c = centre(t);
    const clash = targets.find((o) => {
      if (o === t || o.el.contains(t.el) || t.el.contains(o.el)) return false;
      if (circleHitsBox(c, o.r)) return true;
      if (!small(o) || inlineInText(o.el)) return false;
      const oc = centre(o);
      return Math.hypot(oc.x - c.x, oc.y - c.y) < 2 * R - 0.01;
    });
    if (clash) failures.push(`${describe(t.el)} ${t.r.width.toFixed(1)}×${t.r.height.toFixed(1)} px, too close to ${describe(clash.el)}`);
    else spaced += 1;
  }
  return { count: targets.length, spaced, inline, failures };
}

/**
 * Goes to a route and waits for it, including the embed preview's own app: leaving that route
 * while its frame still loads would abort the frame's requests.
 */
async function openRoute(page, slug) {
  await page.goto(`${app.url}#/${slug}`);
  await waitForPage(page);
  if (slug === 'workshop/embed') await page.frameLocator('[data-testid=embed-preview]').locator('nav .nav-list a').first().waitFor({ state: 'attached' });
}

/** Opens what a route shows only on request: forms, an import preview, a questionnaire, a group picture. */
async function openStates(page, slug) {
  if (slug === 'experiences') {
    await page.locator('[data-testid=add-experience]').click();
    await page.locator('[data-testid=experience-form]').waitFor();
  }
  if (slug === 'attitudes') {
    await page.getByTestId('attitudes-retake').click();
    await page.locator('fieldset.likert').first().waitFor();
  }
  if (slug === 'decision') {
    await page.locator('[data-testid=add-action]').click();
    await page.locator('[data-testid=add-journal]').click();
    await page.locator('[data-testid=journal-item]').first().waitFor();
  }
  if (slug === 'brief') {
    await page.locator('[data-testid=brief-want] [data-testid=brief-line] button').first().click();
    await page.locator('[data-testid=brief-edit-field]').waitFor();
  }
  if (slug === 'data') {
    await page.locator('[data-testid=export-encrypt]').check();
    await page.setInputFiles('[data-testid=import-file]', join(FIXTURES, 'v1', 'example.crossroads.json'));
    await page.locator('[data-testid=import-preview]').waitFor();
  }
  if (slug === 'workshop') {
    await page.setInputFiles('[data-testid=group-files-input]', ['p1', 'p2', 'p3', 'p4', 'p5', 'corrupt']
      .map((name) => join(FIXTURES, 'handin', `${name}.crossroads-handin.json`)));
    await page.locator('[data-testid=group-picture]').waitFor();
  }
}

for (const width of [360, 1280]) {
  test(`every interactive element on every route is a 24 px target or spaced like one (WCAG 2.5.8, ${width} px)`, async (t) => {
    const { page, problems, context } = await openPage(browser, app.origin, { contextOptions: { viewport: { width, height: 800 } } });
    await page.goto(app.url);
    await waitForApp(page);
    await page.getByRole('button', { name: 'Load the example' }).click();
    await page.locator('[data-testid=example-banner]').waitFor();
    // The measure itself, on a page of its own: two 10 px buttons side by side fail, a lone one
    // 40 px away and a link inside a sentence pass.
    const probe = await context.newPage();
    await probe.setContent(`<main><p>Read <a href="#x">the terms</a> first.</p>
      <button id="a" style="position:fixed;left:20px;top:200px;width:10px;height:10px;padding:0"></button>
      <button id="b" style="position:fixed;left:32px;top:200px;width:10px;height:10px;padding:0"></button>
      <button id="lone" style="position:fixed;left:80px;top:200px;width:10px;height:10px;padding:0"></button></main>`);
    const found = await probe.evaluate(undersizedTargets);
    assert.deepEqual(found.failures.map((f) => f.split(' ')[0]), ['button#a', 'button#b'], 'the measure finds crowded small targets');
    assert.equal(found.count, 4);
    await probe.close();
    let checked = 0;
    const exceptions = { spaced: 0, inline: 0 };
    const failures = [];
    for (const slug of ROUTES) {
      await openRoute(page, slug);
      // Open the forms and states a route offers, and every disclosure, so that they are measured too.
      await openStates(page, slug);
      await page.evaluate(() => document.querySelectorAll('main details').forEach((d) => { d.open = true; }));
      await layOutAll(page);
      const { count, spaced, inline, failures: found } = await page.evaluate(undersizedTargets);
      checked += count;
      exceptions.spaced += spaced;
      exceptions.inline += inline;
      failures.push(...found.map((f) => `#/${slug}: ${f}`));
    }
    assert.deepEqual(failures, []);
    assert.ok(checked > 500, `${checked} targets measured`);
    t.diagnostic(`${checked} targets; undersized but spaced: ${exceptions.spaced}; inline links: ${exceptions.inline}`);
    assert.deepEqual(await problems(), []);
    await context.close();
  });
}

/** The longest transition and animation duration of any element or pseudo-element, in seconds. */
function longestMotion() {
  const seconds = (list) => Math.max(0, ...list.split(',').map((d) => (d.trim().endsWith('ms') ? parseFloat(d) / 1000 : parseFloat(d)) || 0));
  let longest = 0;
  let where = '';
  for (const el of document.querySelectorAll('*')) {
    for (const pseudo of [null, '::before', '::after']) {
      const cs = getComputedStyle(el, pseudo);
      const d = Math.max(seconds(cs.transitionDuration), seconds(cs.animationDuration));
      if (d > longest) { longest = d; where = `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).trim().split(/\s+/).join('.')}` : ''}${pseudo ?? ''}`; }
    }
  }
  return { longest, where, scroll: getComputedStyle(document.documentElement).scrollBehavior };
}

/** A probe added through the CSSOM (not an attribute: the CSP forbids those) with a one-second transition and animation. */
function motionProbe() {
  const probe = document.createElement('div');
  probe.className = 'card';
  probe.style.transition = 'opacity 1s';
  probe.style.animation = 'none 1s';
  document.querySelector('main').append(probe);
  const cs = getComputedStyle(probe);
  const result = { transition: cs.transitionDuration, animation: cs.animationDuration };
  probe.remove();
  return result;
}

test('with prefers-reduced-motion every route has no transition or animation longer than 0.01 s, even one added later', async () => {
  const { page, problems, context } = await openPage(browser, app.origin, { contextOptions: { reducedMotion: 'reduce' } });
  await page.goto(app.url);
  await waitForApp(page);
  assert.ok(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches));
  await page.getByRole('button', { name: 'Load the example' }).click();
  await page.locator('[data-testid=example-banner]').waitFor();
  for (const slug of ROUTES) {
    await openRoute(page, slug);
    const { longest, where, scroll } = await page.evaluate(longestMotion);
    assert.ok(longest <= 0.01, `#/${slug}: ${where} moves for ${longest} s`);
    assert.equal(scroll, 'auto', `#/${slug}: scrolling is not smooth`);
    assert.deepEqual(await page.evaluate(motionProbe), { transition: '0s', animation: '0s' }, `#/${slug}: the reduced-motion rule wins`);
  }
  assert.deepEqual(await problems(), []);
  await context.close();
});

test('without a reduced-motion wish the app works the same, and motion is allowed', async () => {
  const { page, problems, context } = await openPage(browser, app.origin, { contextOptions: { reducedMotion: 'no-preference' } });
  await page.goto(app.url);
  await waitForApp(page);
  assert.equal(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches), false);
  await page.getByRole('button', { name: 'Load the example' }).click();
  await page.locator('[data-testid=example-banner]').waitFor();
  for (const slug of ROUTES) {
    await openRoute(page, slug);
    const heading = page.locator('main h1');
    assert.ok((await heading.innerText()).trim().length > 0, `#/${slug} renders`);
    assert.deepEqual(await page.evaluate(motionProbe), { transition: '1s', animation: '1s' }, `#/${slug}: the reduced-motion rule applies only on request`);
  }
  assert.deepEqual(await problems(), []);
  await context.close();
});
