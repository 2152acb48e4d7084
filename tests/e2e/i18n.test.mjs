// Dutch and French are complete: with the example person loaded, every route (and the views a
// click opens) shows no English text in nl or fr — visible text nodes, screen-reader-only text and
// the user-visible attributes (aria-label, title, placeholder, alt) are compared with the same
// route in English — and nothing overflows its box or the viewport at 360 px with the longer
// strings.
//
// What may legitimately read the same in every language: the example person's own words (read
// from src/domain/example.crossroads.json), text without letters (numbers, symbols), content
// marked with another `lang` (the research references' English titles, the language names), and
// short allow-lists of names and of words a language shares with English.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { useApp, openPage, waitForApp } from './support.mjs';

const ROUTES = ['', 'experiences', 'attitudes', 'values', 'talents', 'goals', 'decision', 'brief', 'brief/guide', 'brief/manager-guide', 'report', 'data', 'workshop', 'workshop/embed', 'workshop/org-check', 'workshop/guide'];

/**
 * Views a click opens on a route, walked step by step (each `yield` is a view to check): every
 * page of the questionnaire, and each weighting method of the decision.
 */
const SUBVIEWS = [
  {
    name: 'attitudes/questionnaire', slug: 'attitudes',
    async *steps(page) {
      await page.locator('[data-testid=attitudes-retake]').click();
      await page.locator('[data-testid=attitudes-finish], [data-testid=attitudes-next]').first().waitFor();
      yield;
      while (await page.locator('[data-testid=attitudes-next]').count()) {
        await page.locator('[data-testid=attitudes-next]').click();
        await page.waitForTimeout(50);
        yield;
      }
    },
  },
  {
    name: 'decision/weighting methods', slug: 'decision',
    async *steps(page) {
      const methods = page.locator('[data-testid=weight-method] input[type=radio]');
      const count = await methods.count();
      for (let i = 0; i < count; i += 1) {
        await methods.nth(i).check();
        await page.waitForTimeout(100);
        await openDisclosures(page);
        yield;
      }
    },
  },
];

/** Names and acronyms that are the same in English, Dutch and French. Keep it short. */
const SAME_IN_EVERY_LANGUAGE = [
  'Crossroads', 'CSV', 'TOPSIS', 'SMAA', 'AHP', 'OK', 'JSON', 'HTML', 'Markdown', 'English', 'Nederlands', 'Français', 'min',
];

/**
 * Words each language shares with English (the rows allowed in `SAME_AS_ENGLISH` of
 * src/i18n/mod.rs): "Workshop" is Dutch, not French; "Talents" is French, not Dutch.
 */
const SHARED_WORDS = {
  nl: ['Modules', 'Workshop', 'Talent', 'talent', 'Status', 'Score', 'Timing', 'beginner', 'Project', 'criteria'],
  fr: ['Modules', 'Talents', 'Talent', 'talent', 'talents', 'Influence', 'Expertise', 'Leadership', 'Quadrant', 'Total', 'Option',
    'Notes', 'Score', 'Satisfaction', 'Attitude', 'suggestion', 'excellent', 'Date', 'Diagonal'],
};

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
    else if (v && typeof v === 'object') {
      Object.entries(v).forEach(([k, x]) => {
        // The person's own tags are words too, even when they look like ids.
        if (k === 'tags' && Array.isArray(x)) x.forEach((t) => typeof t === 'string' && t.trim() && found.add(t.trim()));
        walk(x);
      });
    }
  };
  walk(file.workbook);
  return [...found].sort((a, b) => b.length - a.length);
}

const USER = exampleStrings();

/** True when `text`, with the person's words and the allow-lists of `lang` taken out, has no letters left. */
function neutral(text, lang = 'en') {
  const allowed = [...SAME_IN_EVERY_LANGUAGE, ...(SHARED_WORDS[lang] ?? [])].sort((a, b) => b.length - a.length);
  // A chart label shortened with an ellipsis: the start of one of the person's words.
  const cut = text.replace(/…$/, '').trim();
  if (text.endsWith('…') && cut.length >= 3 && USER.some((s) => s.startsWith(cut))) return true;
  let rest = text;
  for (const s of USER) rest = rest.split(s).join(' ');
  for (const s of allowed) {
    const word = s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    rest = rest.replace(new RegExp(`(^|[^\\p{L}])${word}(?=$|[^\\p{L}])`, 'gu'), '$1 ');
  }
  return !/\p{L}/u.test(rest);
}

/** Every visible text node and user-visible attribute of the page, trimmed, with where it is. */
async function visibleTexts(page) {
  return page.evaluate(() => {
    const out = [];
    const lang = document.documentElement.lang;
    const shown = (el) => el.checkVisibility({ checkVisibilityCSS: true }) || el.closest('.visually-hidden');
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
      // Content marked as another language (a published English title, a language's own name).
      if (el.closest('[lang]')?.getAttribute('lang') !== lang) continue;
      // Visible text counts, and so does screen-reader-only (visually hidden) text.
      if (el.tagName === 'OPTION' ? !shown(el.closest('select')) : !shown(el)) continue;
      const text = n.textContent.replace(/\s+/g, ' ').trim();
      if (text) out.push({ text, where: where(el) });
    }
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder], [alt], [aria-roledescription]')) {
      if (!shown(el) || el.closest('[lang]')?.getAttribute('lang') !== lang) continue;
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
    const name = (el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.dataset?.testid ? `[${el.dataset.testid}]` : ''} “${(el.innerText || el.value || '').trim().slice(0, 40)}”`;
    if (doc.scrollWidth > doc.clientWidth) {
      const widest = [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > doc.clientWidth + 0.5).pop();
      found.push(`the page scrolls sideways by ${doc.scrollWidth - doc.clientWidth} px (${widest ? name(widest) : 'nothing visible'})`);
    }
    const scrolls = (el) => {
      for (let e = el.parentElement; e; e = e.parentElement) {
        const o = getComputedStyle(e).overflowX;
        if (o === 'auto' || o === 'scroll') return true;
      }
      return false;
    };
    for (const el of document.querySelectorAll('body *')) {
      if (!el.checkVisibility() || el.closest('.visually-hidden, svg')) continue;
      const style = getComputedStyle(el);
      if (style.display === 'inline' || style.display === 'contents') continue;
      // Text fields scroll their own value; a long name typed by the person is not an overflow.
      if (el.clientWidth <= 2 || ['INPUT', 'TEXTAREA'].includes(el.tagName)) continue;
      const clipped = ['hidden', 'clip'].includes(style.overflowX) || style.textOverflow === 'ellipsis';
      const control = ['BUTTON', 'SELECT', 'LABEL', 'TH', 'SUMMARY', 'A'].includes(el.tagName) || el.closest('nav');
      if ((clipped || control) && el.scrollWidth > el.clientWidth + 1) found.push(`${name(el)} overflows its box by ${el.scrollWidth - el.clientWidth} px`);
      const right = el.getBoundingClientRect().right;
      if (right > doc.clientWidth + 1 && !scrolls(el) && el.childElementCount === 0) found.push(`${name(el)} reaches ${Math.round(right - doc.clientWidth)} px past the viewport`);
    }
    return found;
  });
}

let app;
let browser;
/** The English texts of each route and sub-view, filled by the reference test. */
const english = new Map();

useApp((up) => ({ app, browser } = up));

/** Loads the example person into a fresh page `width` px wide. */
async function examplePage(width) {
  const opened = await openPage(browser, app.origin, { contextOptions: { viewport: { width, height: 800 }, reducedMotion: 'reduce' } });
  await opened.page.goto(`${app.url}?lang=en`);
  await waitForApp(opened.page);
  await opened.page.getByRole('button', { name: 'Load the example' }).click();
  await opened.page.locator('[data-testid=example-banner]').waitFor();
  return opened;
}

/** Visits a route in `lang`, waits for its heading and opens its disclosures. */
async function visit(page, lang, slug) {
  await page.goto(`${app.url}?lang=${lang}#/${slug}`);
  await waitForApp(page);
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
  await page.locator('main h1').first().waitFor();
  await page.waitForTimeout(100);
  await openDisclosures(page);
}

test('the example person’s words are read from the example file', () => {
  assert.ok(USER.length > 20, `${USER.length} strings`);
  assert.ok(neutral(USER[0]), 'a workbook string is user content');
  assert.ok(!neutral('Load the example'), 'catalogue text is not');
  assert.ok(neutral('TOPSIS: 3,5'), 'allow-listed words and numbers are neutral');
  assert.ok(neutral('Workshop', 'nl') && !neutral('Workshop', 'fr'), 'shared words are per language');
  assert.ok(neutral(`${USER[0].slice(0, 12)}…`), 'a shortened chart label of the person’s words');
});

test('every route in English, the reference', async () => {
  const { page, problems, context } = await examplePage(1280);
  for (const slug of ROUTES) {
    await visit(page, 'en', slug);
    english.set(slug, new Set((await visibleTexts(page)).map((t) => t.text)));
  }
  for (const view of SUBVIEWS) {
    await visit(page, 'en', view.slug);
    const texts = new Set();
    for await (const _ of view.steps(page)) for (const t of await visibleTexts(page)) texts.add(t.text);
    english.set(view.name, texts);
  }
  assert.deepEqual(await problems(), []);
  await context.close();
});

for (const lang of ['nl', 'fr']) {
  test(`every route in ${lang} shows no English text`, async () => {
    assert.equal(english.size, ROUTES.length + SUBVIEWS.length, 'the English reference ran first');
    const { page, problems, context } = await examplePage(1280);
    const leaks = [];
    const check = (label, reference, texts) => {
      for (const { text, where } of texts) {
        if (reference.has(text) && !neutral(text, lang)) leaks.push(`${label} ${where}: “${text}”`);
      }
    };
    for (const slug of ROUTES) {
      await visit(page, lang, slug);
      check(`#/${slug}`, english.get(slug), await visibleTexts(page));
    }
    for (const view of SUBVIEWS) {
      await visit(page, lang, view.slug);
      for await (const _ of view.steps(page)) check(view.name, english.get(view.name), await visibleTexts(page));
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
    for (const view of SUBVIEWS) {
      await visit(page, lang, view.slug);
      for await (const _ of view.steps(page)) for (const o of await overflows(page)) found.push(`${view.name}: ${o}`);
    }
    assert.deepEqual([...new Set(found)], [], `${lang} at 360 px`);
    assert.deepEqual(await problems(), []);
    await context.close();
  });
}
