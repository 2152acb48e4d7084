// Import errors in Dutch and French: a file that breaks a rule of the format names the place (the
// file's JSON path, kept as is) and the problem in the person's language, with no English problem
// text; a file the JSON reader rejects shows a translated message, and the reader's own (English)
// words only inside a closed "technical detail" disclosure that the keyboard reaches and opens.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { useApp, openPage, waitForApp } from './support.mjs';

const BAD = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'bad');

/** Fixtures breaking a validation rule, with the paths their message names. */
const INVALID = [
  { file: 'duplicate-ids.crossroads.json', paths: ['experiences', 'e1'] },
  { file: 'title-too-long.crossroads.json', paths: ['experiences[e1].title'] },
];

/** Words French shares with English in these messages. */
const SHARED = { nl: [], fr: ['format'] };

let app;
let browser;

useApp((up) => ({ app, browser } = up));

/**
 * Lower-case words of three letters or more, without what is the file's own: the JSON paths
 * (`talents.ratings[analysing]`, each before a colon) and the quoted ids (“e2”, « e2 »).
 */
function words(text) {
  const rest = text
    .replace(/[a-z_]+(?:[.[][^\s:]*)?(?=\s?: )/g, ' ')
    .replace(/“[^”]*”|«[^»]*»/g, ' ');
  return new Set((rest.match(/\p{L}{3,}/gu) ?? []).map((w) => w.toLowerCase()));
}

async function openData(lang) {
  const opened = await openPage(browser, app.origin);
  await opened.page.goto(`${app.url}?lang=${lang}#/data`);
  await waitForApp(opened.page);
  return opened;
}

/** Imports `file` and returns the error banner's visible message (the disclosure closed). */
async function importError(page, file) {
  await page.setInputFiles('[data-testid=import-file]', join(BAD, file));
  const error = page.locator('[data-testid=import-error]');
  await error.waitFor();
  return error.locator('p').first().innerText();
}

test('a file breaking a rule of the format is explained in Dutch and French, without English', async () => {
  const english = {};
  {
    const { page, problems, context } = await openData('en');
    for (const { file } of INVALID) english[file] = await importError(page, file);
    assert.match(english['duplicate-ids.crossroads.json'], /the id “e1” is used twice/);
    assert.match(english['title-too-long.crossroads.json'], /experiences\[e1\]\.title: [\d,]+ characters, at most 200 allowed/);
    assert.deepEqual(await problems(), []);
    await context.close();
  }
  for (const lang of ['nl', 'fr']) {
    const { page, problems, context } = await openData(lang);
    for (const { file, paths } of INVALID) {
      const message = await importError(page, file);
      for (const path of paths) assert.ok(message.includes(path), `${lang} ${file}: names ${path}: ${message}`);
      const mine = words(message);
      const leaked = [...words(english[file])].filter((w) => mine.has(w) && !SHARED[lang].includes(w));
      assert.deepEqual(leaked, [], `${lang} ${file}: English words in “${message}”`);
      assert.equal(await page.locator('[data-testid=import-error] [data-testid=technical-detail]').count(), 0,
        `${lang} ${file}: a validation problem needs no technical detail`);
    }
    assert.deepEqual(await problems(), []);
    await context.close();
  }
});

test('the JSON reader’s own words stay in a closed technical-detail disclosure, reachable by keyboard', async () => {
  const summaries = { nl: 'Technische details', fr: 'Détail technique' };
  for (const lang of ['nl', 'fr']) {
    const { page, problems, context } = await openData(lang);
    const message = await importError(page, 'energy-as-text.crossroads.json');
    assert.ok(message.includes('workbook.experiences[0].energy'), message);
    const banner = page.locator('[data-testid=import-error]');
    const visible = await banner.innerText();
    for (const english of ['invalid type', 'expected', 'invalid value']) {
      assert.ok(!visible.toLowerCase().includes(english), `${lang}: “${english}” is visible: ${visible}`);
    }
    const details = banner.locator('details[data-testid=technical-detail]');
    assert.equal(await details.count(), 1);
    assert.equal(await details.evaluate((d) => d.open), false, 'closed by default');
    assert.equal((await details.locator('summary').innerText()).trim(), summaries[lang]);
    const code = details.locator('code');
    assert.match(await code.textContent(), /invalid type/, 'the library text is kept for support');
    assert.equal(await code.isVisible(), false);

    // The keyboard reaches the disclosure right after the file picker, shows focus, and opens it.
    await page.locator('[data-testid=import-file]').focus();
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      const style = getComputedStyle(el);
      return { tag: el.tagName, outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    assert.equal(focused.tag, 'SUMMARY');
    assert.ok(focused.outline !== 'none' && focused.width >= 2, `visible focus: ${JSON.stringify(focused)}`);
    await page.keyboard.press('Enter');
    assert.equal(await details.evaluate((d) => d.open), true);
    assert.equal(await code.isVisible(), true);
    assert.deepEqual(await problems(), []);
    await context.close();
  }
});
