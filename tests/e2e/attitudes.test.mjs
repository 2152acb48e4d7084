// Career attitudes as a user meets it: a keyboard-only take, resuming after a reload, a retake
// compared with the first, accessibility in light and dark, and a 360 px wide screen.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, openPage, waitForApp, axeViolations } from './support.mjs';

const PAGES = 6;
const PER_PAGE = 6;

let app;
let browser;

useApp((up) => ({ app, browser } = up));

const activeTestId = (page) => page.evaluate(() => document.activeElement?.getAttribute('data-testid'));

/** Presses Tab until the element with `testid` has focus. */
async function tabTo(page, testid, limit = 60) {
  for (let i = 0; i < limit; i += 1) {
    if ((await activeTestId(page)) === testid) return;
    await page.keyboard.press('Tab');
  }
  assert.fail(`Tab never reached ${testid}`);
}

/** Answers every item of the current page with `value` by keyboard alone, from the page heading. */
async function answerPageByKeyboard(page, value) {
  for (let i = 0; i < PER_PAGE; i += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => ({ type: document.activeElement.type, value: document.activeElement.value }));
    assert.deepEqual(focused, { type: 'radio', value: '1' }, 'Tab enters the next unanswered group at its first option');
    await page.keyboard.press('Space');
    for (let k = 1; k < value; k += 1) await page.keyboard.press('ArrowRight');
  }
}

/** Answers every item of the current page with `value` by clicking. */
async function answerPageByClick(page, value) {
  const groups = page.locator('fieldset.likert');
  const n = await groups.count();
  for (let i = 0; i < n; i += 1) {
    await groups.nth(i).locator(`input[value="${value}"]`).check();
  }
}

const heading = (page) => page.locator('#attitudes-page-heading');

/** Waits until the questionnaire shows page `n` (1-based) with its statements. */
async function onPage(page, n) {
  await page.waitForFunction((want) => document.querySelector('#attitudes-page-heading')?.textContent === want, `Page ${n} of ${PAGES}`);
  const first = await page.locator('fieldset.likert').first().getAttribute('data-item');
  assert.ok(first, `page ${n} shows its statements`);
}

/** Clicks Next and waits for the following page. */
async function clickNext(page, from) {
  await page.getByTestId('attitudes-next').click();
  await onPage(page, from + 1);
}

async function openAttitudes(page) {
  await page.goto(`${app.url}#/attitudes`);
  await waitForApp(page);
  await page.locator('main h1').waitFor();
}

test('a keyboard-only user completes the questionnaire and sees chart and interpretation; a retake is compared', async () => {
  const { page, problems, context } = await openPage(browser, app.origin);
  await openAttitudes(page);
  assert.match(await page.getByTestId('attitudes-disclaimer').innerText(), /not a validated psychometric test/);
  await tabTo(page, 'attitudes-start');
  await page.keyboard.press('Enter');
  await onPage(page, 1);
  await page.waitForFunction(() => document.activeElement?.id === 'attitudes-page-heading');
  for (let p = 1; p <= PAGES; p += 1) {
    assert.equal(await heading(page).innerText(), `Page ${p} of ${PAGES}`);
    await answerPageByKeyboard(page, 4);
    // Selecting never moves on by itself.
    assert.equal(await heading(page).innerText(), `Page ${p} of ${PAGES}`);
    assert.equal(await page.evaluate(() => document.activeElement.checked && document.activeElement.value), '4');
    assert.equal(await page.getByTestId('attitudes-answered').innerText(), `${p * PER_PAGE} of 36 statements answered`);
    const target = p < PAGES ? 'attitudes-next' : 'attitudes-finish';
    await tabTo(page, target, 4);
    await page.keyboard.press('Enter');
    if (p < PAGES) {
      await onPage(page, p + 1);
      await page.waitForFunction(() => document.activeElement?.id === 'attitudes-page-heading');
    }
  }
  await page.getByTestId('attitudes-radar').waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'attitudes-results-title');

  // Chart: an image with a title and a description, plus a table with every scale.
  const radar = page.getByTestId('attitudes-radar');
  assert.equal(await radar.getAttribute('role'), 'img');
  assert.equal(await page.locator('#radar-title').textContent(), 'Your career attitudes on nine scales from 1 to 5');
  assert.equal(await page.evaluate(() => document.querySelector('#radar-title').namespaceURI), 'http://www.w3.org/2000/svg');
  assert.match(await page.locator('#radar-desc').textContent(), /Latest take: Self-directed 3\.5, .*Mobility 3\.0/);
  assert.equal(await page.getByTestId('radar-earlier').count(), 0, 'nothing to compare yet');
  assert.equal(await page.locator('[data-testid=attitudes-table] tbody tr').count(), 9);
  assert.equal(await page.locator('[data-testid=attitudes-table] tr[data-subscale=mobility] td').first().innerText(), '3.0');
  // All answers 4: plain items 4, reverse-keyed 2. Mobility has two reverse items → lowest.
  const summary = await page.getByTestId('attitudes-summary').innerText();
  assert.match(summary, /Lowest: Mobility preference\./);
  assert.match(summary, /Scores within 0\.1 of each other are treated as tied/);
  const interpretations = page.locator('[data-testid=attitudes-interpretation] section');
  assert.equal(await interpretations.count(), 9);
  assert.equal(await interpretations.first().locator('li').count(), 2, 'two next steps');
  assert.match(await page.locator('.attitudes-background').innerText(), /Briscoe, J\. P\., Hall, D\. T\., & DeMuth/);

  // A retake with other answers shows the comparison.
  await page.getByTestId('attitudes-retake').click();
  await onPage(page, 1);
  for (let p = 1; p <= PAGES; p += 1) {
    await answerPageByClick(page, 2);
    if (p < PAGES) await clickNext(page, p);
    else await page.getByTestId('attitudes-finish').click();
  }
  await page.getByTestId('radar-earlier').waitFor();
  assert.equal(await page.locator('[data-testid=attitudes-takes] li').count(), 2);
  const change = (key) => page.locator(`[data-testid=attitudes-table] tr[data-subscale=${key}] [data-testid=attitudes-change]`).innerText();
  assert.equal(await change('self_directed'), '−1.0 (lower than before)');
  assert.equal(await change('mobility'), '0.0 (about the same)');
  assert.notEqual(await page.getByTestId('radar-latest').getAttribute('points'), await page.getByTestId('radar-earlier').getAttribute('points'));
  assert.match(await page.locator('#radar-desc').textContent(), /Earlier take, drawn dashed: Self-directed 3\.5/);
  // Choosing no comparison removes the overlay.
  await page.getByTestId('attitudes-compare').selectOption('');
  await page.getByTestId('radar-earlier').waitFor({ state: 'detached' });
  // A retake can be stopped: the open take is dropped and the results come back unchanged.
  await page.getByTestId('attitudes-retake').click();
  await page.locator('fieldset.likert').first().locator('input[value="5"]').check();
  await page.getByTestId('attitudes-discard').click();
  await page.getByTestId('attitudes-radar').waitFor();
  assert.equal(await page.locator('[data-testid=attitudes-takes] li').count(), 2);
  const storedTakes = () => page.evaluate(() => {
    const raw = localStorage.getItem('crossroads.workbook');
    if (!raw) return [];
    return JSON.parse(raw).workbook.attitudes.takes.map((t) => [t.id, Boolean(t.completed_at), Object.keys(t.answers).length]);
  });
  // The autosave is debounced: wait until the last save (the retake finished, the discarded one
  // gone) has reached storage; two takes alone may still be an older save, mid-retake.
  const expected = [['t1', true, 36], ['t2', true, 36]];
  let takes = await storedTakes();
  for (let i = 0; i < 50 && JSON.stringify(takes) !== JSON.stringify(expected); i += 1) {
    await page.waitForTimeout(100);
    takes = await storedTakes();
  }
  assert.deepEqual(takes, expected, 'both completed takes are stored with every answer');
  assert.deepEqual(await problems(), []);
  await context.close();
});

test('a reload mid-way resumes on the first unanswered page with the answers kept', async () => {
  const { page, problems, context } = await openPage(browser, app.origin);
  await openAttitudes(page);
  await page.getByTestId('attitudes-start').click();
  await onPage(page, 1);
  await answerPageByClick(page, 3);
  await clickNext(page, 1);
  await page.locator('fieldset.likert').nth(0).locator('input[value="5"]').check();
  await page.locator('fieldset.likert').nth(1).locator('input[value="1"]').check();
  await page.locator('[data-testid=save-status].ok').waitFor();
  await page.reload();
  await waitForApp(page);
  await heading(page).waitFor();
  assert.equal(await heading(page).innerText(), `Page 2 of ${PAGES}`);
  assert.equal(await page.getByTestId('attitudes-answered').innerText(), '8 of 36 statements answered');
  assert.equal(await page.locator('fieldset.likert').nth(0).locator('input[value="5"]').isChecked(), true);
  assert.equal(await page.locator('fieldset.likert').nth(1).locator('input[value="1"]').isChecked(), true);
  assert.equal(await page.locator('fieldset.likert').nth(2).locator('input:checked').count(), 0);
  await page.getByTestId('attitudes-previous').click();
  await onPage(page, 1);
  await page.waitForFunction((n) => document.querySelectorAll('fieldset.likert input[value="3"]:checked').length === n, PER_PAGE);
  assert.equal(await heading(page).innerText(), `Page 1 of ${PAGES}`, 'page 1 kept its answers');
  // Finishing with items open warns, and subscales with more than one open answer are not scored.
  for (let p = 1; p < PAGES; p += 1) await clickNext(page, p);
  assert.match(await page.locator('.attitudes-note').innerText(), /28 statements are still unanswered/);
  await page.getByTestId('attitudes-finish').click();
  await page.getByTestId('attitudes-summary').waitFor();
  assert.match(await page.getByTestId('attitudes-summary').innerText(), /not scored/);
  assert.equal(await page.locator('[data-testid=attitudes-table] tr[data-subscale=concern] td').first().innerText(), 'not enough answers');
  assert.deepEqual(await problems(), []);
  await context.close();
});

for (const colorScheme of ['light', 'dark']) {
  test(`no axe violations on the attitudes route (${colorScheme})`, async () => {
    const { page, problems, context } = await openPage(browser, app.origin, { contextOptions: { colorScheme } });
    await openAttitudes(page);
    assert.deepEqual(await axeViolations(page), [], 'intro');
    await page.getByTestId('attitudes-start').click();
    await page.locator('fieldset.likert').first().locator('input[value="2"]').check();
    assert.deepEqual(await axeViolations(page), [], 'questionnaire');
    await page.goto(app.url);
    await waitForApp(page);
    await page.getByRole('button', { name: 'Load the example' }).click();
    await page.locator('[data-testid=example-banner]').waitFor();
    await openAttitudes(page);
    await page.getByTestId('radar-earlier').waitFor();
    assert.deepEqual(await axeViolations(page), [], 'results with a comparison');
    assert.deepEqual(await problems(), []);
    await context.close();
  });
}

test('usable at 360 px wide: nothing scrolls sideways', async () => {
  const { page, problems, context } = await openPage(browser, app.origin, { contextOptions: { viewport: { width: 360, height: 740 } } });
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  await openAttitudes(page);
  await page.getByTestId('attitudes-start').click();
  await heading(page).waitFor();
  assert.equal(await overflow(), 0, 'questionnaire');
  const option = page.locator('fieldset.likert').first().locator('label').nth(4);
  const box = await option.boundingBox();
  assert.ok(box && box.x >= 0 && box.x + box.width <= 360 && box.height >= 24, 'answer options fit and are big enough to tap');
  await page.goto(app.url);
  await waitForApp(page);
  await page.getByRole('button', { name: 'Load the example' }).click();
  await page.locator('[data-testid=example-banner]').waitFor();
  await openAttitudes(page);
  await page.getByTestId('radar-earlier').waitFor();
  assert.equal(await overflow(), 0, 'results');
  const chart = await page.getByTestId('attitudes-radar').boundingBox();
  assert.ok(chart && chart.width <= 360 && chart.width > 250, `chart fits: ${chart?.width}`);
  assert.deepEqual(await axeViolations(page), [], 'results at 360 px');
  assert.deepEqual(await problems(), []);
  await context.close();
});

test('the questionnaire and results speak Dutch and French, with decimal commas', async () => {
  const { page, problems, context } = await openPage(browser, app.origin);
  await page.goto(`${app.url}?lang=nl#/attitudes`);
  await waitForApp(page);
  await page.getByTestId('attitudes-start').click();
  const first = page.locator('fieldset.likert').first();
  assert.match(await first.locator('legend').innerText(), /Ik neem zelf het initiatief/);
  assert.equal(await first.locator('label').first().innerText(), '1\nHelemaal oneens');
  assert.equal(await heading(page).innerText(), 'Pagina 1 van 6');
  await page.goto(`${app.url}?lang=fr`);
  await waitForApp(page);
  await page.getByRole('button', { name: 'Charger l’exemple' }).click();
  await page.locator('[data-testid=example-banner]').waitFor();
  await page.goto(`${app.url}?lang=fr#/attitudes`);
  await waitForApp(page);
  await page.getByTestId('radar-earlier').waitFor();
  assert.match(await page.locator('#radar-desc').textContent(), /^Dernière passation : Autonomie 3,8, /);
  assert.match(await page.getByTestId('attitudes-disclaimer').innerText(), /pas un test psychométrique validé/);
  assert.deepEqual(await problems(), []);
  await context.close();
});
