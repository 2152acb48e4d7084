// The negotiation brief, the guides, the printable report and the standalone HTML report:
// the example person's brief, edits that survive a workbook change and a reload, the standalone
// file opened from disk with no request and imported back, and a PDF printed by Chromium.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { inflateSync } from 'node:zlib';
import { startApp, launchBrowser, openPage, waitForApp, waitForPage } from './support.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const FIXTURES = join(ROOT, 'tests', 'fixtures');
const OUT = join(ROOT, 'target', 'e2e-brief');

let app;
let browser;

before(async () => {
  app = await startApp();
  browser = await launchBrowser();
  await mkdir(OUT, { recursive: true });
});

after(async () => {
  await browser?.close();
  app?.server.close();
});

const storedWorkbook = (page) => page.evaluate(() => {
  const raw = localStorage.getItem('crossroads.workbook');
  return raw === null ? null : JSON.stringify(JSON.parse(raw).workbook);
});

async function withExample() {
  const opened = await openPage(browser, app.origin);
  await opened.page.goto(app.url);
  await waitForApp(opened.page);
  await opened.page.getByRole('button', { name: 'Load the example' }).click();
  await opened.page.locator('[data-testid=save-status].ok').waitFor();
  return opened;
}

const lines = (page, key) => page.locator(`[data-testid=brief-${key}] [data-testid=brief-line] .brief-text`).allInnerTexts();

test('an empty workbook gives a brief that only points to the modules that fill it', async () => {
  const { page, problems, context } = await openPage(browser, app.origin);
  await page.goto(`${app.url}#/brief`);
  await waitForApp(page);
  await waitForPage(page);
  const missing = page.locator('[data-testid=brief-missing]');
  await missing.waitFor();
  const hrefs = await missing.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.deepEqual(hrefs, ['#/decision', '#/values', '#/goals', '#/talents']);
  assert.equal(await page.locator('[data-testid=brief-line]').count(), 0);
  assert.deepEqual(await problems(), []);
  await context.close();
});

test('with the example person the brief shows every section with the expected content', async () => {
  const { page, problems, context } = await withExample();
  await page.goto(`${app.url}#/brief`);
  await page.locator('[data-testid=brief-want]').waitFor();
  assert.equal(await page.locator('[data-testid=brief-missing]').count(), 0, 'nothing is missing');
  const want = await lines(page, 'want');
  assert.ok(want.includes('Preferred option: Move to HR as people-analytics specialist'), want.join('\n'));
  assert.ok(want.includes('What matters most to me: Meaning, Autonomy, Work–life balance, Helping others and Learning'), want.join('\n'));
  assert.ok(want.some((l) => l.startsWith('Goal in 1 year: Spend at least a day a week')), want.join('\n'));
  const offer = await lines(page, 'offer');
  assert.ok(offer.some((l) => l.startsWith('Coaching, shown in:') && l.includes('Treasurer and coach, local youth football club')), offer.join('\n'));
  const ask = await lines(page, 'ask');
  assert.ok(ask.length >= 1 && ask.every((l) => l.startsWith('Support on ')), ask.join('\n'));
  assert.ok(ask.some((l) => l.includes('Income')), ask.join('\n'));
  const firm = await lines(page, 'non_negotiables');
  assert.equal(firm[0], 'Income: at least 4/10');
  assert.ok(firm.includes('Location: Within an hour of Ghent'), firm.join('\n'));
  const alternative = await lines(page, 'alternative');
  assert.equal(alternative.length, 1);
  assert.match(alternative[0], /^(Stay and grow: lead the finance-process programme \(growing in place\)|Head of finance operations \(a step up\))$/);
  const points = await lines(page, 'talking_points');
  assert.ok(points.length >= 3 && points.length <= 5, points.join('\n'));
  assert.match(points[0], /^My preferred next step is Move to HR as people-analytics specialist, because/);
  // The guides, each on its own page.
  await page.locator('.brief-guides a').first().click();
  await page.locator('[data-testid=guide-employee] h1').waitFor();
  assert.equal(await page.evaluate(() => location.hash), '#/brief/guide');
  assert.equal(await page.locator('[data-testid=guide-employee] h2').count(), 3);
  await page.goto(`${app.url}#/brief/manager-guide`);
  await page.locator('[data-testid=guide-manager] h1').waitFor();
  assert.match(await page.locator('main h1').innerText(), /guide for managers/);
  assert.deepEqual(await problems(), []);
  await context.close();
});

test('a user edit, an added line and a new order survive a workbook change and a reload', async () => {
  const { page, problems, context } = await withExample();
  await page.goto(`${app.url}#/brief`);
  const want = page.locator('[data-testid=brief-want]');
  await want.waitFor();
  // Edit the values line.
  await want.locator('[data-line=values] button', { hasText: 'Edit' }).click();
  const field = page.locator('[data-testid=brief-edit-field]');
  await field.waitFor();
  await page.waitForFunction(() => document.activeElement?.dataset.testid === 'brief-edit-field', null, { timeout: 2000 });
  await field.fill('Meaningful work with people, and evenings at home');
  await page.locator('[data-testid=brief-edit-save]').click();
  await field.waitFor({ state: 'detached' });
  // Add an ask of my own and move it to the top.
  await page.locator('[data-testid=brief-add-ask]').fill('A budget for a people-analytics course');
  await page.locator('[data-testid=brief-add-ask]').press('Enter');
  const ask = page.locator('[data-testid=brief-ask]');
  await ask.locator('[data-line="added:1"]').waitFor();
  for (let i = 0; i < 5 && (await lines(page, 'ask'))[0] !== 'A budget for a people-analytics course'; i += 1) {
    await ask.locator('[data-line="added:1"] button', { hasText: 'Move up' }).click();
  }
  await page.locator('[data-testid=save-status].ok').waitFor();

  // A change elsewhere in the workbook: rename the story behind the coaching talent.
  await page.goto(`${app.url}#/experiences`);
  await page.locator('#exp-e3-edit').click();
  await page.locator('#exp-e3-f-title').fill('Coach of the under-12s');
  await page.getByRole('button', { name: 'Done' }).click();
  await page.locator('[data-testid=save-status].ok').waitFor();

  const check = async (when) => {
    await page.goto(`${app.url}#/brief`);
    await page.locator('[data-testid=brief-want]').waitFor();
    const wantLines = await lines(page, 'want');
    assert.ok(wantLines.includes('Meaningful work with people, and evenings at home'), `${when}: ${wantLines.join(' | ')}`);
    assert.ok(!wantLines.some((l) => l.startsWith('What matters most to me')), `${when}: the derived text is replaced`);
    const offer = await lines(page, 'offer');
    assert.ok(offer.some((l) => l.includes('Coach of the under-12s')), `${when}: derived lines follow the workbook: ${offer.join(' | ')}`);
    assert.equal((await lines(page, 'ask'))[0], 'A budget for a people-analytics course', `${when}: the added line keeps its place`);
  };
  await check('after the change');
  await page.reload();
  await waitForApp(page);
  await check('after a reload');
  const stored = JSON.parse(await storedWorkbook(page));
  assert.equal(stored.brief.sections.want.edited.values, 'Meaningful work with people, and evenings at home');

  // Removing a line of my own can be undone (it has no "removed lines" entry to restore from).
  await page.locator('[data-testid=brief-ask] [data-line="added:1"] [data-testid=brief-remove]').click();
  await page.locator('[data-testid=brief-ask] [data-line="added:1"]').waitFor({ state: 'detached' });
  await page.locator('[data-testid=brief-undo-remove]').click();
  await page.locator('[data-testid=brief-ask] [data-line="added:1"]').waitFor();
  assert.equal((await lines(page, 'ask'))[0], 'A budget for a people-analytics course');
  assert.deepEqual(await problems(), []);
  await context.close();
});

test('opening another line’s editor keeps the text typed in the first one', async () => {
  const { page, problems, context } = await withExample();
  await page.goto(`${app.url}#/brief`);
  const want = page.locator('[data-testid=brief-want]');
  await want.waitFor();
  await want.locator('[data-line=values] button', { hasText: 'Edit' }).click();
  const field = page.locator('[data-testid=brief-edit-field]');
  await field.waitFor();
  await field.fill('Work that matters to the people it serves');
  // Without saving, open the editor of a line in another section.
  const offer = page.locator('[data-testid=brief-offer]');
  await offer.locator('[data-testid=brief-line] button', { hasText: 'Edit' }).first().click();
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid=brief-want] .brief-text')]
    .some((e) => e.textContent === 'Work that matters to the people it serves'), null, { timeout: 5000 });
  assert.equal(await offer.locator('[data-testid=brief-edit-field]').count(), 1, 'the second editor is open');
  assert.equal(await want.locator('[data-testid=brief-edit-field]').count(), 0, 'the first editor is closed');
  // Saved with the workbook (autosave is debounced: wait for the write).
  await page.waitForFunction(() => JSON.parse(localStorage.getItem('crossroads.workbook') ?? 'null')?.workbook?.brief?.sections?.want?.edited?.values
    === 'Work that matters to the people it serves', null, { timeout: 5000 });
  assert.deepEqual(await problems(), []);
  await context.close();
});

test('copy as text and as Markdown put the brief on the clipboard', async () => {
  const { page, problems, context } = await withExample();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.origin });
  await page.goto(`${app.url}#/brief`);
  await page.locator('[data-testid=brief-copy-text]').click();
  await page.locator('[data-testid=brief-copy-status]', { hasText: 'Copied' }).waitFor();
  const text = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(text, /^Negotiation brief\n=+\n\nWhat I want\n-+\n- Preferred option: Move to HR/);
  await page.locator('[data-testid=brief-copy-markdown]').click();
  await page.waitForFunction(async () => (await navigator.clipboard.readText()).startsWith('# Negotiation brief'));
  const md = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(md, /\n## What I offer\n\n- Coaching, shown in: /);
  assert.deepEqual(await problems(), []);
  await context.close();
});

test('the standalone HTML report opens from disk with no request, reads without scripts, and imports back', async () => {
  const { page, problems, context } = await withExample();
  const original = await storedWorkbook(page);
  await page.goto(`${app.url}#/report`);
  await page.locator('[data-testid=report-experiences]').waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid=report-export-html]').click()]);
  assert.match(download.suggestedFilename(), /^crossroads-report-\d{4}-\d{2}-\d{2}\.html$/);
  const path = join(OUT, 'standalone-report.html');
  await writeFile(path, await readFile(await download.path(), 'utf8'));
  assert.deepEqual(await problems(), []);
  await context.close();

  for (const javaScriptEnabled of [true, false]) {
    const ctx = await browser.newContext({ javaScriptEnabled });
    const viewer = await ctx.newPage();
    const requests = [];
    const errors = [];
    viewer.on('request', (r) => requests.push(r.url()));
    viewer.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text()); });
    viewer.on('pageerror', (e) => errors.push(e.message));
    const url = pathToFileURL(path).href;
    await viewer.goto(url);
    assert.equal(await viewer.locator('h1').innerText(), 'Career workbook report');
    assert.equal(await viewer.locator('section.report-section').count(), 7);
    assert.ok((await viewer.locator('svg[role=img]').count()) >= 4, 'charts as inline SVG');
    assert.ok((await viewer.locator('text=Rebuilt the monthly close at Vandamme Logistics').count()) >= 1);
    assert.ok(await viewer.locator('svg[role=img]').first().isVisible());
    assert.deepEqual(requests, [url], `only the file itself is loaded (scripts ${javaScriptEnabled ? 'on' : 'off'})`);
    assert.deepEqual(errors, []);
    await ctx.close();
  }

  const fresh = await openPage(browser, app.origin);
  await fresh.page.goto(`${app.url}#/data`);
  await waitForApp(fresh.page);
  await fresh.page.setInputFiles('[data-testid=import-file]', path);
  await fresh.page.locator('[data-testid=import-preview]').waitFor();
  await fresh.page.locator('[data-testid=import-replace]').click();
  await fresh.page.locator('[data-testid=import-done]').waitFor();
  await fresh.page.locator('[data-testid=save-status].ok').waitFor();
  assert.equal(await storedWorkbook(fresh.page), original, 'importing the HTML report restores the workbook');
  assert.deepEqual(await fresh.problems(), []);
  await fresh.context.close();
});

test('a brief person imported from a file: the report and the brief show the fixture’s facts', async () => {
  const { page, problems, context } = await openPage(browser, app.origin);
  await page.goto(`${app.url}#/data`);
  await waitForApp(page);
  await page.setInputFiles('[data-testid=import-file]', join(FIXTURES, 'brief', 'brief-person.crossroads.json'));
  await page.locator('[data-testid=import-replace]').click();
  await page.locator('[data-testid=import-done]').waitFor();
  await page.goto(`${app.url}#/brief`);
  await page.locator('[data-testid=brief-want]').waitFor();
  assert.ok((await lines(page, 'want')).includes('Preferred option: Grow as team lead'));
  assert.deepEqual(await lines(page, 'alternative'), ['Join the design agency (lateral move)']);
  assert.deepEqual((await lines(page, 'ask')).slice(0, 2), [
    'Support on Income: Grow as team lead scores 4/10 there',
    'Support on Learning: Grow as team lead scores 6/10 there',
  ]);
  assert.equal((await lines(page, 'offer'))[2], 'Mentoring <juniors>', 'custom names are text, not markup');
  // Choosing another alternative sticks.
  await page.locator('[data-testid=brief-alternative-choice]').selectOption('o2');
  assert.deepEqual(await lines(page, 'alternative'), ['Take on the training programme (growing in place)']);
  assert.deepEqual(await problems(), []);
  await context.close();
});


/** Every Flate stream of a PDF, inflated. */
function pdfStreams(pdf) {
  const raw = pdf.toString('latin1');
  const out = [];
  const re = /stream\r?\n/g;
  let m;
  while ((m = re.exec(raw))) {
    const start = m.index + m[0].length;
    const end = raw.indexOf('endstream', start);
    if (end < 0) break;
    try { out.push(inflateSync(Buffer.from(raw.slice(start, end), 'latin1')).toString('latin1')); } catch { /* not deflated */ }
  }
  return out;
}

/**
 * The text Chromium drew into a PDF, roughly: glyph ids of `Tj`/`TJ` hex strings mapped through
 * every ToUnicode CMap (the fonts are subsets of one family, so their maps agree), with all
 * whitespace removed (Chromium places words separately). Good enough to ask "is this string drawn?".
 */
function pdfTextSquashed(pdf) {
  const streams = pdfStreams(pdf);
  const map = new Map();
  for (const s of streams) {
    for (const block of s.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
      for (const [, from, to] of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set(parseInt(from, 16), String.fromCodePoint(parseInt(to, 16)));
    }
    for (const block of s.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
      for (const [, lo, hi, to] of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
        for (let g = parseInt(lo, 16), u = parseInt(to, 16); g <= parseInt(hi, 16); g += 1, u += 1) map.set(g, String.fromCodePoint(u));
      }
    }
  }
  let text = '';
  for (const s of streams.filter((x) => /T[jJ]/.test(x))) {
    for (const [, hex] of s.matchAll(/<([0-9A-Fa-f]+)>/g)) {
      for (let i = 0; i + 4 <= hex.length; i += 4) text += map.get(parseInt(hex.slice(i, i + 4), 16)) ?? '';
    }
  }
  return text.replace(/\s+/g, '');
}

/** The strings of a PDF's outline (bookmarks): literal or UTF-16BE hex `/Title` entries. */
function pdfOutlineTitles(pdf) {
  const chunks = [pdf.toString('latin1')];
  // Object streams, if any, are Flate-compressed: inflate every stream we can.
  const raw = pdf.toString('latin1');
  const re = /stream\r?\n/g;
  let m;
  while ((m = re.exec(raw))) {
    const start = m.index + m[0].length;
    const end = raw.indexOf('endstream', start);
    if (end < 0) break;
    try {
      chunks.push(inflateSync(Buffer.from(raw.slice(start, end), 'latin1')).toString('latin1'));
    } catch { /* not deflated */ }
  }
  const titles = [];
  for (const text of chunks) {
    for (const t of text.matchAll(/\/Title\s*(<[0-9A-Fa-f\s]*>|\((?:\\.|[^\\)])*\))/g)) {
      const v = t[1];
      if (v.startsWith('<')) {
        const hex = v.slice(1, -1).replace(/\s/g, '');
        const bytes = Buffer.from(hex, 'hex');
        titles.push(bytes[0] === 0xfe && bytes[1] === 0xff ? bytes.subarray(2).swap16().toString('utf16le') : bytes.toString('latin1'));
      } else {
        titles.push(v.slice(1, -1).replace(/\\(.)/g, '$1'));
      }
    }
  }
  return titles;
}

test('a PDF printed by Chromium holds the report and no navigation', async () => {
  const { page, problems, context } = await withExample();
  await page.goto(`${app.url}#/report`);
  await page.locator('[data-testid=report-decision] svg').waitFor();
  // Print media on screen: the chrome is hidden, the report is shown.
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('nav.site-nav').isVisible(), false, 'navigation hidden in print');
  assert.equal(await page.locator('header.site-header').isVisible(), false, 'header hidden in print');
  assert.equal(await page.locator('[data-testid=report-print]').isVisible(), false, 'buttons hidden in print');
  assert.ok(await page.locator('[data-testid=report-attitudes] svg').isVisible());
  // Back to no emulation: page.pdf() prints with print media, as the browser's dialog does.
  await page.emulateMedia({ media: null });

  const pdf = await page.pdf({ format: 'A4', outline: true, tagged: true, printBackground: false });
  await writeFile(join(OUT, 'report.pdf'), pdf);
  assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) || []).length;
  assert.ok(pages >= 3, `the whole report spans pages (${pages})`);
  // The outline is built from the printed headings: every module is there, nothing of the chrome.
  const titles = pdfOutlineTitles(pdf);
  for (const heading of ['Career workbook report', 'Experiences', 'Career attitudes', 'Values', 'Talents', 'Goals and success', 'Options and decision', 'Negotiation brief']) {
    assert.ok(titles.includes(heading), `outline has “${heading}”: ${JSON.stringify(titles)}`);
  }
  // The drawn text holds the report and none of the chrome (navigation, footer).
  const squash = (x) => x.replace(/\s+/g, '');
  const drawn = pdfTextSquashed(pdf);
  for (const shown of ['Career workbook report', 'Rebuilt the monthly close at Vandamme Logistics', 'Move to HR as people-analytics specialist']) {
    assert.ok(drawn.includes(squash(shown)), `the PDF draws “${shown}”`);
  }
  const chrome = ['Your data', 'Workshop', 'Everything you enter stays in this browser', 'You are looking at an example person', 'Print or save as PDF'];
  for (const hidden of chrome) assert.ok(!drawn.includes(squash(hidden)), `the PDF does not draw “${hidden}”`);

  // Control: with the chrome's classes removed (so no print rule hides it), the same extraction
  // finds the navigation's text, so the check above is able to fail.
  await page.evaluate(() => {
    for (const sel of ['header.site-header', 'nav.site-nav', 'footer.site-footer']) document.querySelector(sel)?.removeAttribute('class');
  });
  const control = pdfTextSquashed(await page.pdf({ format: 'A4' }));
  for (const shown of chrome.slice(0, 3)) assert.ok(control.includes(squash(shown)), `the control PDF draws “${shown}”`);
  assert.deepEqual(await problems(), []);
  await context.close();
});
