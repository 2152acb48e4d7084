// Dutch and French are complete: with the example person loaded, every route (and the panels a
// click opens) shows no English text in nl or fr — visible text nodes and the user-visible
// attributes (aria-label, title, placeholder, alt) are compared with the same route in English —
// and nothing overflows its box or the viewport at 360 px with the longer strings.
//
// What may legitimately read the same in every language: the example person's own words (read
// from src/domain/example.crossroads.json), text without letters (numbers, symbols), and a short
// allow-list of names and acronyms.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { startApp, launchBrowser, openPage, waitForApp } from './support.mjs';

const ROUTES = ['', 'experiences', 'attitudes', 'values', 'talents', 'goals', 'decision', 'brief', 'brief/guide', 'brief/manager-guide', 'report', 'data', 'workshop', 'workshop/embed', 'workshop/org-check', 'workshop/guide'];

/** Words and names that are the same in English, Dutch and French. Keep it short. */
const SAME_IN_EVERY_LANGUAGE = [
  'Crossroads', 'CSV', 'TOPSIS', 'SMAA', 'AHP', 'OK', 'JSON', 'HTML', 'Markdown', 'iframe', 'URL', 'HR',
  'English', 'Nederlands', 'Français', 'min', 'Argon2id', 'PBKDF2', 'AES-GCM', 'postMessage', 'embed',
];

/** The example person's own words: every string of the example file that is prose, not an id. */
function exampleStrings() {
  const here = dirname(fileURLToPath(import.meta.url));
  const file = JSON.parse(readFileSync(join(here, '..', '..', 'src', 'domain', 'example.crossroads.json'), 'utf8'));
  const found = new Set();
  const walk = (v) => {
    if (typeof v === 'string') {
      const s = v.trim();
      if (s.length >= 2 && !/^[a-z0-9_:.\-]+$/.test(s) && !/^\d{4}-\d\d-\d\d/.test(s)) found.add(s);
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.entries(v).forEach(([k, x]) => { walk(x); if (/[A-Z ]/.test(k)) walk(k); });
  };
  walk(file.workbook);
  return [...found].sort((a, b) => b.length - a.length);
}

const USER = exampleStrings();
const ALLOWED = [...SAME_IN_EVERY_LANGUAGE].sort((a, b) => b.length - a.length);

/** True when `text`, with the person's words and the allow-list taken out, has no letters left. */
function neutral(text) {
  let rest = text;
  for (const s of USER) rest = rest.split(s).join(' ');
  // A chart label shortened with an ellipsis: the start of one of the person's words.
  const cut = rest.trim().replace(/…$/, '').trim();
  if (rest.trim().endsWith('…') && cut.length >= 3 && USER.some((s) => s.startsWith(cut))) return true;
  for (const s of ALLOWED) rest = rest.replace(new RegExp(`(^|[^\\p{L}])${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=$|[^\\p{L}])`, 'gu'), '$1 ');
  return !/\p{L}/u.test(rest);
}

/** Every visible text node and user-visible attribute of the page, trimmed, with where it is. */
async function visibleTexts(page) {
  return page.evaluate(() => {
    const out = [];
    const visible = (el) => el && el.checkVisibility({ checkOpacity: false, checkVisibilityCSS: true });
    const where = (el) => {
      const bits = [];
      for (let e = el; e && e !== document.body && bits.length < 3; e = e.parentElement) {
        bits.unshift(e.tagName.toLowerCase() + (e.id ? `#${e.id}` : '') + (e.dataset?.testid ? `[${e.dataset.testid}]` : ''));
      }
      return bits.join(' > ');
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || ['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE'].includes(el.tagName)) continue;
      if (el.closest('option') && !el.closest('select')?.checkVisibility()) continue;
      // Screen-reader-only text (visually hidden) counts: it is read to the user.
      const hiddenForAll = el.closest('[hidden], [aria-hidden=true]') && !el.closest('.visually-hidden');
      if (hiddenForAll || (!visible(el) && !el.closest('.visually-hidden'))) continue;
      const text = n.textContent.replace(/\s+/g, ' ').trim();
      if (text) out.push({ text, where: where(el) });
    }
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder], [alt], [aria-roledescription]')) {
      if (!visible(el) && !el.closest('.visually-hidden')) continue;
      for (const attr of ['aria-label', 'title', 'placeholder', 'alt', 'aria-roledescription']) {
        const text = el.getAttribute(attr)?.replace(/\s+/g, ' ').trim();
        if (text) out.push({ text, where: `${where(el)} @${attr}` });
      }
    }
    out.push({ text: document.title, where: '<title>' });
    return out;
  });
}

/** Opens every closed disclosure on the page, so the panels a click reveals are checked too. */
async function openDisclosures(page) {
  await page.evaluate(() => {
    for (const d of document.querySelectorAll('main details:not([open])')) d.open = true;
  });
  await page.waitForTimeout(50);
}

/** Boxes whose content does not fit at the current width, and sideways scroll of the document. */
async function overflows(page) {
  return page.evaluate(() => {
    const found = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > doc.clientWidth) found.push(`the page scrolls sideways by ${doc.scrollWidth - doc.clientWidth} px`);
    const scrolls = (el) => {
      for (let e = el.parentElement; e; e = e.parentElement) {
        const o = getComputedStyle(e).overflowX;
        if (o === 'auto' || o === 'scroll') return true;
      }
      return false;
    };
    const name = (el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.dataset?.testid ? `[${el.dataset.testid}]` : ''} “${(el.innerText || el.value || '').trim().slice(0, 40)}”`;
    for (const el of document.querySelectorAll('body *')) {
      if (!el.checkVisibility() || el.closest('.visually-hidden, svg')) continue;
      const style = getComputedStyle(el);
      if (style.display === 'inline' || style.display === 'contents') continue;
      if (el.clientWidth <= 2) continue;
      const clipped = ['hidden', 'clip'].includes(style.overflowX) || style.textOverflow === 'ellipsis';
      const control = ['BUTTON', 'SELECT', 'LABEL', 'TH', 'SUMMARY', 'A'].includes(el.tagName) || el.closest('nav');
      if ((clipped || control) && el.scrollWidth > el.clientWidth + 1) found.push(`${name(el)} overflows its box by ${el.scrollWidth - el.clientWidth} px`);
      const right = el.getBoundingClientRect().right;
      if (right > doc.clientWidth + 1 && !scrolls(el) && el.childElementCount === 0) found.push(`${name(el)} reaches ${Math.round(right - doc.clientWidth)} px past the viewport`);
    }
    return found;
  });
}

/** Loads the example person into a fresh page at `width`. */
async function examplePage(width) {
  const opened = await openPage(browser, app.origin, { contextOptions: { viewport: { width, height: 800 }, reducedMotion: 'reduce' } });
  await opened.page.goto(`${app.url}?lang=en`);
  await waitForApp(opened.page);
  await opened.page.getByRole('button', { name: 'Load the example' }).click();
  await opened.page.locator('[data-testid=example-banner]').waitFor();
  return opened;
}

/** Visits a route in `lang` and waits for its heading. */
async function visit(page, lang, slug) {
  await page.goto(`${app.url}?lang=${lang}#/${slug}`);
  await waitForApp(page);
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
  await page.locator('main h1').first().waitFor();
  await page.waitForTimeout(100);
  await openDisclosures(page);
}

let app;
let browser;
const english = new Map();

before(async () => {
  app = await startApp();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  app?.server.close();
});

test('the example person’s words are read from the example file', () => {
  assert.ok(USER.length > 20, `${USER.length} strings`);
  assert.ok(neutral(USER[0]), 'a workbook string is user content');
  assert.ok(!neutral('Load the example'), 'catalogue text is not');
  assert.ok(neutral('TOPSIS: 3,5'), 'allow-listed words and numbers are neutral');
});

test('every route in English, the reference', async () => {
  const { page, problems, context } = await examplePage(1280);
  for (const slug of ROUTES) {
    await visit(page, 'en', slug);
    english.set(slug, new Set((await visibleTexts(page)).map((t) => t.text)));
  }
  assert.deepEqual(await problems(), []);
  await context.close();
});

for (const lang of ['nl', 'fr']) {
  test(`every route in ${lang} shows no English text`, async () => {
    assert.equal(english.size, ROUTES.length, 'the English reference ran first');
    const { page, problems, context } = await examplePage(1280);
    const leaks = [];
    for (const slug of ROUTES) {
      await visit(page, lang, slug);
      const reference = english.get(slug);
      for (const { text, where } of await visibleTexts(page)) {
        if (reference.has(text) && !neutral(text)) leaks.push(`#/${slug} ${where}: “${text}”`);
      }
    }
    assert.deepEqual([...new Set(leaks)], [], `${lang}: English text on screen`);
    assert.deepEqual(await problems(), []);
    await context.close();
  });

  test(`every route in ${lang} fits 360 px`, async () => {
    const { page, problems, context } = await examplePage(360);
    const found = [];
    for (const slug of ROUTES) {
      await visit(page, lang, slug);
      for (const o of await overflows(page)) found.push(`#/${slug}: ${o}`);
    }
    assert.deepEqual([...new Set(found)], [], `${lang} at 360 px`);
    assert.deepEqual(await problems(), []);
    await context.close();
  });
}
