// Keyboard-only use: one journey from an empty workbook through every module with nothing but
// page.keyboard (Tab, Shift+Tab, Enter, Space, arrows, typing; no clicks, no fill), asserting
// the effect of each step; and on every route, every element that Tab reaches shows a visible
// focus indicator.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { useApp, openPage, waitForApp, waitForPage } from './support.mjs';

const HANDINS = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'handin');
const ROUTES = ['', 'experiences', 'attitudes', 'values', 'talents', 'goals', 'decision', 'brief', 'brief/guide', 'brief/manager-guide', 'report', 'data', 'workshop', 'workshop/embed', 'workshop/org-check', 'workshop/guide'];

let app;
let browser;

useApp((up) => ({ app, browser } = up));

/**
 * What has focus now, and whether it shows a focus indicator: a computed outline (style not
 * none, width > 0) or a box-shadow, on the element itself or, for a visually hidden control
 * (the file input), on the label that stands for it.
 */
function focusState() {
  let el = document.activeElement;
  let frame = '';
  // Focus inside a (same-origin) frame: the indicator is drawn on the element inside it.
  while (el?.tagName === 'IFRAME' && el.contentDocument) {
    frame = `${frame}iframe${el.dataset.testid ? `[data-testid=${el.dataset.testid}]` : ''} > `;
    el = el.contentDocument.activeElement;
  }
  if (!el || (el === document.body && !frame)) return { none: true };
  const view = el.ownerDocument.defaultView;
  const shows = (e) => {
    const cs = view.getComputedStyle(e);
    const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0;
    const shadow = cs.boxShadow !== '' && cs.boxShadow !== 'none';
    return outline || shadow;
  };
  const box = el.getBoundingClientRect();
  const hidden = box.width <= 1 || box.height <= 1;
  const labels = el.labels ? [...el.labels] : [];
  const indicator = hidden ? labels.some(shows) : shows(el) || labels.some(shows);
  const name = (el.getAttribute('aria-label') || el.textContent || el.value || '').trim().slice(0, 40);
  return {
    none: false,
    indicator,
    desc: `${frame}${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.dataset?.testid ? `[data-testid=${el.dataset.testid}]` : ''}${el.type ? `[type=${el.type}]` : ''} “${name}”`,
  };
}

/** Presses `key`; if it moves focus (Tab, Shift+Tab) the newly focused element must show an indicator. */
async function press(page, key) {
  await page.keyboard.press(key);
  if (key === 'Tab' || key === 'Shift+Tab') {
    const state = await page.evaluate(focusState);
    if (!state.none) assert.ok(state.indicator, `no visible focus indicator on ${state.desc} (${page.url()})`);
    return state;
  }
  return null;
}

/**
 * Presses Tab (Shift+Tab with `back`) until `matches(document.activeElement, arg)` holds,
 * checking the focus indicator of every element on the way; fails after `max` presses.
 */
async function tabTo(page, matches, arg, { back = false, max = 300 } = {}) {
  const src = matches.toString();
  for (let i = 0; i < max; i += 1) {
    await press(page, back ? 'Shift+Tab' : 'Tab');
    const hit = await page.evaluate(({ src, arg }) => new Function('el', 'arg', `return (${src})(el, arg)`)(document.activeElement, arg), { src, arg });
    if (hit) return;
  }
  throw new Error(`Tab never reached ${src} ${JSON.stringify(arg)}`);
}

const byId = (el, id) => el?.id === id;
const byTestId = (el, id) => el?.dataset?.testid === id;
const navLink = (el, slug) => el?.tagName === 'A' && el.closest('nav') !== null && el.getAttribute('href') === `#/${slug}`;
const linkTo = (el, hash) => el?.tagName === 'A' && el.getAttribute('href') === hash;
const radioIn = (el, selector) => el?.type === 'radio' && el.closest(selector) !== null;

/** The DOM id the screens give a value card or talent (its key's bytes in hex). */
const hex = (key) => Buffer.from(key, 'utf8').toString('hex');

const stored = (page) => page.evaluate(() => {
  const raw = localStorage.getItem('crossroads.workbook');
  return raw === null ? null : JSON.parse(raw).workbook;
});

/** Waits until the saved workbook satisfies `check` (autosave is debounced), polling storage. */
async function savedWhere(page, check, message, show = (wb) => wb) {
  const deadline = Date.now() + 10000;
  let wb = await stored(page);
  while (!(wb !== null && check(wb)) && Date.now() < deadline) {
    await page.waitForTimeout(100);
    wb = await stored(page);
  }
  assert.ok(wb !== null && check(wb), `${message}: ${JSON.stringify(wb === null ? null : show(wb)).slice(0, 800)}`);
}

/**
 * After an action that re-renders what had focus, focus must land on something, not fall back
 * to the page; each loss is noted in `lost` (asserted empty at the end of the journey).
 */
async function focusKept(page, what, lost) {
  await page.waitForFunction(() => document.activeElement && document.activeElement !== document.body, null, { timeout: 3000 }).catch(() => {});
  const state = await page.evaluate(focusState);
  if (state.none) lost.push(what);
}

/** Goes to a module through the site navigation: Shift+Tab back to its link, then Enter. */
async function navigate(page, slug) {
  await tabTo(page, navLink, slug, { back: true, max: 400 });
  await page.keyboard.press('Enter');
  await page.waitForFunction((slug) => location.hash === `#/${slug}`, slug);
  await page.waitForFunction(() => document.activeElement?.id === 'main', null, { timeout: 5000 });
}

test('a keyboard-only journey through every module, from an empty workbook to export, import and hand-in', async () => {
  const { page, problems, context } = await openPage(browser, app.origin, { contextOptions: { viewport: { width: 1280, height: 900 } } });
  await page.goto(app.url);
  await waitForApp(page);
  assert.equal(await stored(page), null, 'an empty workbook');
  const lost = [];

  // Experiences: add one story.
  await tabTo(page, navLink, 'experiences');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash === '#/experiences');
  await tabTo(page, byId, 'exp-add');
  await page.keyboard.press('Enter');
  await page.locator('[data-testid=experience-form]').waitFor();
  await page.waitForFunction(() => /-f-title$/.test(document.activeElement?.id ?? ''));
  await page.keyboard.type('Ran the onboarding week');
  await tabTo(page, (el) => el?.id?.endsWith('-f-did'));
  await page.keyboard.type('Planned and hosted five days for new colleagues.');
  await tabTo(page, (el) => el?.type === 'radio');
  for (let i = 0; i < 5; i += 1) await page.keyboard.press('ArrowRight');
  await tabTo(page, (el) => el?.type === 'checkbox' && el.closest('label')?.textContent.trim() === 'Organising');
  await page.keyboard.press('Space');
  await tabTo(page, (el) => el?.tagName === 'BUTTON' && el.textContent.trim() === 'Done');
  await page.keyboard.press('Enter');
  await page.locator('[data-testid=experience-form]').waitFor({ state: 'detached' });
  assert.deepEqual(await page.locator('[data-testid=experience-list] .exp-card h3').allInnerTexts(), ['Ran the onboarding week']);
  await savedWhere(page, (wb) => wb.experiences.length === 1 && wb.experiences[0].energy === 5
    && wb.experiences[0].talents.includes('organising'), 'the story is saved with its energy and talent');

  // Career attitudes: start and answer the first page's statements.
  await navigate(page, 'attitudes');
  await tabTo(page, byTestId, 'attitudes-start');
  await page.keyboard.press('Enter');
  await page.locator('fieldset.likert').first().waitFor();
  const items = await page.locator('fieldset.likert').count();
  for (let i = 0; i < items; i += 1) {
    await tabTo(page, (el) => el?.type === 'radio' && !el.closest('fieldset').querySelector('input:checked'));
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
  }
  await page.locator('[data-testid=attitudes-answered]', { hasText: `${items} of 36 statements answered` }).waitFor();
  const answered = items;
  await savedWhere(page, (wb) => wb.attitudes.takes.length === 1 && Object.values(wb.attitudes.takes[0].answers).length === 6
    && Object.values(wb.attitudes.takes[0].answers).every((a) => a === 2), 'the answers (2 of 5 each) are saved', (wb) => wb.attitudes);
  assert.equal(answered, 6);

  // Values: sort a card onto a pile and put it in the top five.
  await navigate(page, 'values');
  const autonomy = `value-${hex('autonomy')}`;
  await tabTo(page, byId, `${autonomy}-vi`);
  await page.keyboard.press('Enter');
  await page.locator('[data-testid=values-status]', { hasText: '“Autonomy” is now on the pile Very important' }).waitFor();
  assert.deepEqual(await page.locator('[data-testid=pile-very-important] .value-name').allInnerTexts(), ['Autonomy']);
  await tabTo(page, byId, `${autonomy}-top`);
  await page.keyboard.press('Enter');
  await page.locator('[data-testid=values-top] .top-name', { hasText: 'Autonomy' }).waitFor();
  assert.deepEqual(await page.locator('[data-testid=values-top] .top-name').allInnerTexts(), ['Autonomy']);
  const meaning = `value-${hex('meaning')}`;
  await tabTo(page, byId, `${meaning}-im`);
  await page.keyboard.press('Enter');
  await page.locator('[data-testid=values-status]', { hasText: '“Meaning” is now on the pile Important' }).waitFor();
  await focusKept(page, 'sorting a card', lost);
  await tabTo(page, byId, `${meaning}-top`, { back: true });
  await page.keyboard.press('Enter');
  await page.locator('[data-testid=values-top-count]', { hasText: '2 of 5 chosen' }).waitFor();
  await focusKept(page, 'adding a card to the top five', lost);
  await tabTo(page, byId, `top-${meaning}-up`);
  await page.keyboard.press('Enter');
  await page.locator('[data-testid=values-status]', { hasText: '“Meaning” is now number 1 of your top five' }).waitFor();
  assert.deepEqual(await page.locator('[data-testid=values-top] .top-name').allInnerTexts(), ['Meaning', 'Autonomy']);
  await focusKept(page, 'moving a card up the top five', lost);
  await savedWhere(page, (wb) => wb.values.top.join() === 'meaning,autonomy' && wb.values.sort.meaning === 'important', 'the sort and the top five are saved', (wb) => wb.values);

  // Talents: rate one on both scales with arrows.
  await navigate(page, 'talents');
  const analysing = `talent-${hex('analysing')}`;
  await tabTo(page, byId, `${analysing}-prof-1`);
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('ArrowRight');
  await press(page, 'Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), `${analysing}-enj-1`);
  for (let i = 0; i < 4; i += 1) await page.keyboard.press('ArrowRight');
  await page.locator(`#${analysing} [data-testid=talent-quadrant]`, { hasText: 'Motivated talents' }).waitFor();

  // Goals: add a three-year goal.
  await navigate(page, 'goals');
  await tabTo(page, byId, 'goal-add-3y');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => /^goal-.*-text$/.test(document.activeElement?.id ?? ''));
  await page.keyboard.type('Lead the onboarding programme.');
  await savedWhere(page, (wb) => JSON.stringify(wb.goals).includes('Lead the onboarding programme.'), 'the goal is saved');

  // Decision: two options, two criteria, a score, and another weighting method.
  await navigate(page, 'decision');
  for (const [name, downs] of [['Stay and grow', 0], ['Move to HR', 2]]) {
    await tabTo(page, byId, 'dec-new-option');
    await page.keyboard.type(name);
    await press(page, 'Tab');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'dec-new-move');
    for (let i = 0; i < downs; i += 1) await page.keyboard.press('ArrowDown');
    await tabTo(page, byTestId, 'add-option');
    await page.keyboard.press('Enter');
    await page.locator('[data-testid=option-item] input[type=text]', { hasText: '' }).nth(0).waitFor();
  }
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=option-item]').length === 2);
  for (const name of ['Autonomy', 'Income']) {
    await tabTo(page, byId, 'dec-new-criterion');
    await page.keyboard.type(name);
    await page.keyboard.press('Enter');
    await page.waitForFunction((name) => [...document.querySelectorAll('[data-testid=criterion-item] input[type=text]')].some((i) => i.value === name), name);
  }
  assert.equal(await page.locator('[data-testid=criterion-item]').count(), 2);
  await tabTo(page, byTestId, 'cell-o1-c1');
  await page.keyboard.type('7');
  await press(page, 'Tab');
  await page.locator('[data-testid=unscored-count]', { hasText: '3 scores still missing' }).waitFor();
  await tabTo(page, byId, 'dec-method-equal');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'dec-method-rank');
  await page.locator('[data-testid=rank-list]').waitFor();
  await tabTo(page, (el) => el?.tagName === 'BUTTON' && el.getAttribute('aria-label') === 'Move Income up');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('[data-testid=rank-list] li')?.textContent.includes('Income'));
  await focusKept(page, 'moving a criterion up', lost);
  // Pairwise: one question for two criteria, answered with arrows.
  await tabTo(page, byId, 'dec-method-rank', { back: true });
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'dec-method-pairwise');
  await page.locator('[data-testid=pair-question]').waitFor();
  await tabTo(page, radioIn, '[data-testid=pairwise]');
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await page.locator('[data-testid=pair-progress]', { hasText: '1 of 1 needed comparisons answered' }).waitFor();
  await page.locator('[data-testid=consistency]').waitFor();
  // Remove an option, and undo it, by keyboard.
  await tabTo(page, (el) => el?.tagName === 'BUTTON' && el.textContent.trim() === 'Remove “Move to HR”', undefined, { back: true, max: 400 });
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=option-item]').length === 1);
  // Focus moves once the list has re-rendered, which on a loaded machine can be a task later.
  await page.waitForFunction(() => document.activeElement?.id === 'dec-undo', null, { timeout: 3000 }).catch(() => {});
  assert.equal(await page.evaluate(() => document.activeElement.id), 'dec-undo', 'focus goes to Undo');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=option-item]').length === 2);
  await focusKept(page, 'undoing a removal', lost);
  await savedWhere(page, (wb) => wb.decision.options.length === 2 && wb.decision.criteria.length === 2
    && wb.decision.weighting.method === 'pairwise' && wb.decision.weighting.pairwise.length === 1
    && wb.decision.weighting.rank.join() === 'c2,c1', 'options, criteria, the ranking and the pairwise answer are saved', (wb) => wb.decision);
  assert.deepEqual((await stored(page)).decision.scores.map((sc) => [sc.option, sc.criterion, sc.value]), [['o1', 'c1', 7]], 'the score is saved');

  // Brief: add a line of one's own to "what I want".
  await navigate(page, 'brief');
  await tabTo(page, byTestId, 'brief-add-want');
  await page.keyboard.type('A clear onboarding budget');
  await page.keyboard.press('Enter');
  await page.locator('[data-testid=brief-want] .brief-text', { hasText: 'A clear onboarding budget' }).waitFor();

  // Data: export a real file, then import it back and replace.
  await navigate(page, 'data');
  await tabTo(page, byTestId, 'export');
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  const exportedPath = await download.path();
  const exported = JSON.parse(await readFile(exportedPath, 'utf8'));
  assert.equal(exported.format, 'crossroads-workbook');
  assert.equal(exported.workbook.experiences[0].title, 'Ran the onboarding week');
  assert.equal(exported.workbook.brief.sections.want.added[0].text, 'A clear onboarding budget');
  // Delete everything, then bring it all back from the file.
  await tabTo(page, byTestId, 'delete-everything');
  await page.keyboard.press('Enter');
  await page.locator('[data-testid=delete-confirm]').waitFor();
  await focusKept(page, 'asking to delete everything', lost);
  if (await page.evaluate(() => document.activeElement?.dataset.testid) !== 'delete-confirm') await tabTo(page, byTestId, 'delete-confirm');
  await page.keyboard.press('Enter');
  await page.getByText('Everything was deleted from this browser.').waitFor();
  await focusKept(page, 'deleting everything', lost);
  assert.equal(await stored(page), null, 'nothing is stored');
  await tabTo(page, byTestId, 'import-file', { back: true });
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Space')]);
  await chooser.setFiles(exportedPath);
  await page.locator('[data-testid=import-preview]').waitFor();
  assert.match(await page.locator('[data-testid=preview-counts]').innerText(), /1 experience/);
  await focusKept(page, 'choosing a file', lost);
  await tabTo(page, byTestId, 'import-replace');
  await page.keyboard.press('Enter');
  await page.locator('[data-testid=import-done]').waitFor();
  await focusKept(page, 'replacing the workbook', lost);
  await savedWhere(page, (wb) => wb.experiences.length === 1 && wb.decision.options.length === 2, 'the imported workbook is kept');

  // Workshop: the hand-in export, then the organisation check.
  await navigate(page, 'workshop');
  await tabTo(page, byTestId, 'handin-download');
  const [handin] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  const handinDoc = JSON.parse(await readFile(await handin.path(), 'utf8'));
  assert.equal(handinDoc.format, 'crossroads-handin');
  assert.deepEqual(handinDoc.values_top, ['meaning', 'autonomy'], 'the top five as ranked');
  await page.locator('[data-testid=handin-status]', { hasText: 'Downloaded crossroads-' }).waitFor();
  // The facilitator's side: pick five hand-ins, see the group, clear it.
  await tabTo(page, byTestId, 'group-files-input');
  const [picker] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Space')]);
  await picker.setFiles(['p1', 'p2', 'p3', 'p4', 'p5'].map((n) => join(HANDINS, `${n}.crossroads-handin.json`)));
  await page.locator('[data-testid=group-picture]').waitFor();
  assert.match(await page.locator('[data-testid=group-summary]').innerText(), /^5 participants from 5 files/);
  await tabTo(page, byTestId, 'group-csv');
  const [csv] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  assert.match(await readFile(await csv.path(), 'utf8'), /^section,key,label,/);
  await tabTo(page, byTestId, 'group-clear');
  await page.keyboard.press('Enter');
  await page.locator('[data-testid=group-empty]').waitFor();
  await focusKept(page, 'clearing the group', lost);
  await tabTo(page, linkTo, '#/workshop/org-check');
  await page.keyboard.press('Enter');
  await page.locator('[data-testid=org-progress]').waitFor();
  await tabTo(page, radioIn, 'fieldset.org-item');
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await page.locator('[data-testid=org-progress]', { hasText: '1 of 16 statements answered' }).waitFor();
  await page.locator('[data-testid=org-theme-result]').first().waitFor();
  await tabTo(page, byTestId, 'org-clear');
  await page.keyboard.press('Enter');
  await page.locator('[data-testid=org-progress]', { hasText: '0 of 16 statements answered' }).waitFor();
  await tabTo(page, byTestId, 'org-undo-clear');
  await page.keyboard.press('Enter');
  await page.locator('[data-testid=org-progress]', { hasText: '1 of 16 statements answered' }).waitFor();
  await focusKept(page, 'undoing the clearing of the org check', lost);
  assert.deepEqual(lost, [], 'focus is never dropped to the page');
  assert.deepEqual(await problems(), []);
  await context.close();
});

test('on every route, every element Tab reaches shows a visible focus indicator (example person, light and dark)', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { page, problems, context } = await openPage(browser, app.origin, { contextOptions: { colorScheme, viewport: { width: 1280, height: 900 } } });
    await page.goto(app.url);
    await waitForApp(page);
    // Loaded by keyboard too.
    await tabTo(page, (el) => el?.tagName === 'BUTTON' && el.textContent.trim() === 'Load the example');
    await page.keyboard.press('Enter');
    await page.locator('[data-testid=example-banner]').waitFor();
    let total = 0;
    const missing = new Set();
    /** Tab, and note the focused element if it shows no indicator. */
    const tab = async (slug) => {
      await page.keyboard.press('Tab');
      const state = await page.evaluate(focusState);
      if (!state.none && !state.indicator) missing.add(`#/${slug}: ${state.desc}`);
      return state;
    };
    for (const slug of ROUTES) {
      await page.goto(`${app.url}#/${slug}`);
      await waitForPage(page);
      if (slug === 'workshop/embed') await page.frameLocator('[data-testid=embed-preview]').locator('nav .nav-list a').first().waitFor({ state: 'attached' });
      // Tab past the last element (focus leaves the document), then once round the whole page.
      let state = { none: false };
      for (let i = 0; i < 800 && !state.none; i += 1) state = await tab(slug);
      assert.ok(state.none, `#/${slug}: Tab leaves the page after its last element`);
      const seen = new Set();
      for (let i = 0; i < 800; i += 1) {
        state = await tab(slug);
        if (state.none) break;
        seen.add(await page.evaluate(() => {
          const el = document.activeElement;
          if (!el.dataset.focusProbe) el.dataset.focusProbe = String((window.__probe = (window.__probe ?? 0) + 1));
          return el.dataset.focusProbe;
        }));
      }
      assert.ok(seen.size >= 10, `#/${slug}: Tab reached only ${seen.size} elements`);
      total += seen.size;
    }
    assert.deepEqual([...missing], [], `${colorScheme}: elements with no visible focus indicator`);
    assert.ok(total > 300, `${total} focus stops checked`);
    assert.deepEqual(await problems(), []);
    await context.close();
  }
});
