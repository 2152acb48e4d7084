// Values, talents and goals. A keyboard-only user sorts value cards, ranks a top five, rates
// talents and sets goals, success and constraints; a mouse user does the card sort by real
// drag-and-drop (pointer events); everything survives a reload.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, openPage, waitForApp, waitForPage, axeViolations } from './support.mjs';

let app;
let browser;

useApp((up) => ({ app, browser } = up));

/** The DOM id the screens give a value card or talent (its key's bytes in hex). */
const hex = (key) => Buffer.from(key, 'utf8').toString('hex');
const card = (key) => `value-${hex(key)}`;
const talent = (key) => `talent-${hex(key)}`;

const activeId = (page) => page.evaluate(() => document.activeElement?.id ?? '');

/** Presses Tab until the element with `id` has focus; fails after `max` presses. */
async function tabTo(page, id, { max = 400 } = {}) {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    if ((await activeId(page)) === id) return;
  }
  throw new Error(`Tab never reached #${id}`);
}

/** Presses Enter and checks where focus went. */
async function enterThenFocus(page, expected, message) {
  await page.keyboard.press('Enter');
  await page.waitForFunction((id) => document.activeElement?.id === id, expected, { timeout: 3000 }).catch(() => {});
  assert.equal(await activeId(page), expected, message);
}

const pileNames = (page, slug) => page.locator(`[data-testid=pile-${slug}] .value-name`).allInnerTexts();
const topNames = (page) => page.locator('[data-testid=values-top] .top-name').allInnerTexts();

test('keyboard only: sort values, rank the top five, rate talents, set goals; all kept after reload', async () => {
  const { page, problems, context } = await openPage(browser, app.origin);
  await page.goto(`${app.url}#/values`);
  await waitForPage(page);
  await waitForApp(page);
  await page.locator('[data-testid=pile-unsorted]').waitFor();
  assert.match(await page.locator('[data-testid=values-left]').innerText(), /24 of 24 cards left/);
  assert.match(await page.locator(`#${card('autonomy')}`).innerText(), /Not in your experiences yet/);

  // Sorting from the unsorted pile moves focus to the same button of the next card.
  await tabTo(page, `${card('autonomy')}-vi`);
  await enterThenFocus(page, `${card('security')}-vi`, 'focus goes to the next card to sort');
  assert.match(await page.locator('[data-testid=values-status]').innerText(), /“Autonomy” is now on the pile Very important/);
  await page.keyboard.press('Tab');
  assert.equal(await activeId(page), `${card('security')}-im`);
  await enterThenFocus(page, `${card('learning')}-im`);
  await enterThenFocus(page, `${card('meaning')}-im`);
  await page.keyboard.press('Shift+Tab');
  await enterThenFocus(page, `${card('recognition')}-vi`);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  assert.equal(await activeId(page), `${card('recognition')}-li`);
  await enterThenFocus(page, `${card('relationships')}-li`);
  await page.keyboard.press('Shift+Tab');
  await enterThenFocus(page, `${card('balance')}-im`);
  await page.keyboard.press('Shift+Tab');
  await enterThenFocus(page, `${card('income')}-vi`);

  assert.deepEqual(await pileNames(page, 'very-important'), ['Autonomy', 'Meaning', 'Work–life balance']);
  assert.deepEqual(await pileNames(page, 'important'), ['Security', 'Learning', 'Relationships']);
  assert.deepEqual(await pileNames(page, 'less-important'), ['Recognition']);
  assert.match(await page.locator('[data-testid=values-left]').innerText(), /17 of 24 cards left/);

  // A card can go back, and be re-sorted, with its own buttons.
  await page.locator(`#${card('relationships')}-unsort`).focus();
  await page.keyboard.press('Enter');
  assert.match(await page.locator('[data-testid=values-status]').innerText(), /“Relationships” is back among the cards to sort/);
  assert.deepEqual(await pileNames(page, 'important'), ['Security', 'Learning']);

  // Rank five: the buttons appear on very important and important cards.
  for (const [i, key] of ['autonomy', 'meaning', 'security', 'learning', 'balance'].entries()) {
    await page.locator(`#${card(key)}-top`).focus();
    // The button leaves with the render and focus stays on its card: wait for that before the next.
    await enterThenFocus(page, card(key), 'focus stays on the card added to the top five');
    assert.match(await page.locator('[data-testid=values-top-count]').innerText(), new RegExp(`${i + 1} of 5 chosen`));
  }
  assert.deepEqual(await topNames(page), ['Autonomy', 'Meaning', 'Security', 'Learning', 'Work–life balance']);
  assert.match(await page.locator('[data-testid=values-top-count]').innerText(), /5 of 5 chosen/);
  assert.match(await page.locator(`#${card('autonomy')}`).innerText(), /Number 1 in your top five/);
  // Move "Work–life balance" up twice; focus stays on its Move up button.
  await page.locator(`#top-${card('balance')}-up`).focus();
  await enterThenFocus(page, `top-${card('balance')}-up`);
  await enterThenFocus(page, `top-${card('balance')}-up`);
  assert.match(await page.locator('[data-testid=values-status]').innerText(), /“Work–life balance” is now number 3 of your top five/);
  assert.deepEqual(await topNames(page), ['Autonomy', 'Meaning', 'Work–life balance', 'Security', 'Learning']);
  // Moving a ranked card to "less important" takes it out of the ranking.
  await page.locator(`#${card('learning')}-li`).focus();
  await page.keyboard.press('Enter');
  assert.deepEqual(await topNames(page), ['Autonomy', 'Meaning', 'Work–life balance', 'Security']);

  // A value of one's own, with a clear error for a duplicate.
  await page.locator('#values-custom-name').focus();
  await page.keyboard.type('autonomy');
  await page.keyboard.press('Enter');
  // The error renders after the submit handler's update: wait for it rather than race it.
  await page.locator('#values-custom-error', { hasText: 'already among the cards' }).waitFor({ timeout: 2000 }).catch(() => {});
  assert.match(await page.locator('#values-custom-error').innerText(), /already among the cards/);
  await page.locator('#values-custom-name').fill('');
  await page.keyboard.type('Humour');
  await page.keyboard.press('Enter');
  assert.match(await page.locator('[data-testid=pile-unsorted]').innerText(), /Humour/);

  // Talents: native radio groups, Tab into a group, arrows choose.
  await page.goto(`${app.url}#/talents`);
  await waitForPage(page);
  await page.locator('[data-testid=talent-list]').waitFor();
  assert.match(await page.locator('[data-testid=talents-quadrants]').innerText(), /Rate talents on both scales/);
  await tabTo(page, `${talent('analysing')}-prof-1`);
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Tab');
  assert.equal(await activeId(page), `${talent('analysing')}-enj-1`);
  for (let i = 0; i < 4; i += 1) await page.keyboard.press('ArrowRight');
  assert.equal(await page.locator(`#${talent('analysing')} [data-testid=talent-quadrant]`).innerText(), 'Motivated talents');
  await tabTo(page, `${talent('organising')}-prof-1`);
  for (let i = 0; i < 4; i += 1) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.locator(`#${talent('organising')} [data-testid=talent-quadrant]`).innerText(), 'Burnout risks');
  const quadrants = await page.locator('[data-testid=talents-quadrants]').innerText();
  assert.match(quadrants, /Motivated talents[\s\S]*Analysing/);
  assert.match(quadrants, /Burnout risks[\s\S]*Organising/);
  assert.equal(await page.locator('[data-testid=talents-chart] circle').count(), 2);

  // Goals: add one, say why; rate success; constraints with a clear error for a bad number.
  await page.goto(`${app.url}#/goals`);
  await page.locator('[data-testid=goals]').waitFor();
  await tabTo(page, 'goal-add-3y');
  await enterThenFocus(page, 'goal-g1-text', 'a new goal puts focus in its text');
  await page.keyboard.type('Lead the people analytics team.');
  await page.keyboard.press('Tab');
  assert.equal(await activeId(page), 'goal-g1-why');
  await page.keyboard.type('It joins numbers and people.');
  await tabTo(page, 'success-growth-1');
  for (let i = 0; i < 4; i += 1) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Tab');
  assert.equal(await activeId(page), 'success-quality_work-1', 'the next dimension');
  await tabTo(page, 'success-text');
  await page.keyboard.type('Home for dinner, proud of the work.');
  await tabTo(page, 'constraint-income');
  await page.keyboard.type('3 400');
  await tabTo(page, 'constraint-hours');
  await page.keyboard.type('forty');
  assert.match(await page.locator('#constraint-hours-error').innerText(), /Type a number/);
  assert.equal(await page.locator('#constraint-hours').getAttribute('aria-invalid'), 'true');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('38');
  assert.equal(await page.locator('#constraint-hours-error').innerText(), '');
  assert.match(await page.locator('[data-testid=success-rated]').innerText(), /1 of 8 rated/);

  // Everything survives a reload.
  await page.waitForTimeout(700);
  await page.reload();
  await waitForApp(page);
  await page.locator('[data-testid=goals]').waitFor();
  assert.equal(await page.locator('#goal-g1-text').inputValue(), 'Lead the people analytics team.');
  assert.equal(await page.locator('#goal-g1-why').inputValue(), 'It joins numbers and people.');
  assert.ok(await page.locator('#success-growth-5').isChecked());
  assert.equal(await page.locator('#success-text').inputValue(), 'Home for dinner, proud of the work.');
  assert.equal(await page.locator('#constraint-income').inputValue(), '3400');
  assert.equal(await page.locator('#constraint-hours').inputValue(), '38');
  const stored = await page.evaluate(() => {
    for (let i = 0; i < localStorage.length; i += 1) {
      const text = localStorage.getItem(localStorage.key(i));
      if (text?.includes('"workbook"') && text.includes('people analytics')) return JSON.parse(text).workbook;
    }
    return null;
  });
  assert.ok(stored, 'the workbook is in localStorage');
  assert.deepEqual(stored.values.top, ['autonomy', 'meaning', 'balance', 'security']);
  assert.equal(stored.values.custom.Humour, 'Humour');
  assert.deepEqual(stored.goals.constraints, { income_floor: 3400, location: '', max_hours: 38, timing: '' });

  await page.goto(`${app.url}#/talents`);
  await waitForPage(page);
  await page.locator('[data-testid=talent-list]').waitFor();
  assert.ok(await page.locator(`#${talent('analysing')}-prof-4`).isChecked());
  assert.ok(await page.locator(`#${talent('analysing')}-enj-5`).isChecked());
  assert.ok(await page.locator(`#${talent('organising')}-enj-2`).isChecked());

  await page.goto(`${app.url}#/values`);
  await waitForPage(page);
  await page.locator('[data-testid=values-top]').waitFor();
  assert.deepEqual(await topNames(page), ['Autonomy', 'Meaning', 'Work–life balance', 'Security']);
  assert.deepEqual(await pileNames(page, 'less-important'), ['Learning', 'Recognition']);
  assert.deepEqual(await problems(), []);
  await context.close();
});

/** Drags the handle of card `key` onto the pile `slug` with real mouse events (the viewport is
 * tall enough that nothing scrolls). */
async function drag(page, key, slug) {
  const from = await page.locator(`#${card(key)} .drag-handle`).boundingBox();
  const to = await page.locator(`[data-testid=pile-${slug}] h2`).boundingBox();
  const [x, y] = [from.x + from.width / 2, from.y + from.height / 2];
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 10, y + 10, { steps: 3 });
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 12 });
  await page.mouse.up();
}

test('mouse: the card sort by drag-and-drop, kept after reload', async () => {
  const { page, problems, context } = await openPage(browser, app.origin, { contextOptions: { viewport: { width: 1280, height: 2600 } } });
  await page.goto(`${app.url}#/values`);
  await waitForPage(page);
  await waitForApp(page);
  await page.locator('[data-testid=pile-unsorted]').waitFor();
  await drag(page, 'autonomy', 'very-important');
  await page.waitForFunction(() => document.querySelector('[data-testid=pile-very-important]')?.textContent.includes('Autonomy'));
  assert.match(await page.locator('[data-testid=values-status]').innerText(), /“Autonomy” is now on the pile Very important/);
  await drag(page, 'security', 'less-important');
  await drag(page, 'income', 'important');
  // From one pile to another, and back to the cards to sort.
  await drag(page, 'autonomy', 'important');
  await drag(page, 'security', 'unsorted');
  assert.deepEqual(await pileNames(page, 'important'), ['Autonomy', 'Income']);
  assert.deepEqual(await pileNames(page, 'very-important'), []);
  assert.deepEqual(await pileNames(page, 'less-important'), []);
  // A press without moving is not a drop.
  const handle = await page.locator(`#${card('variety')} .drag-handle`).boundingBox();
  await page.mouse.click(handle.x + 5, handle.y + 5);
  assert.match(await page.locator('[data-testid=values-left]').innerText(), /22 of 24 cards left/);

  await page.waitForTimeout(700);
  await page.reload();
  await waitForApp(page);
  await page.locator('[data-testid=pile-important]').waitFor();
  assert.deepEqual(await pileNames(page, 'important'), ['Autonomy', 'Income']);
  assert.match(await page.locator('[data-testid=values-left]').innerText(), /22 of 24 cards left/);
  assert.deepEqual(await problems(), []);
  await context.close();
});

/** Rendered boxes of the talents chart's texts and dots that overlap each other or leave the chart. */
const chartCollisions = (page) => page.evaluate(() => {
  const svg = document.querySelector('[data-testid=talents-chart]');
  const frame = svg.getBoundingClientRect();
  const items = [...svg.querySelectorAll('text, circle')].map((el) => ({ el, name: el.textContent || `dot ${el.getAttribute('cx')},${el.getAttribute('cy')}`, r: el.getBoundingClientRect() }));
  const found = [];
  for (const a of items) {
    if (a.r.left < frame.left - 0.5 || a.r.right > frame.right + 0.5 || a.r.top < frame.top - 0.5 || a.r.bottom > frame.bottom + 0.5) found.push(`${a.name} leaves the chart`);
  }
  const labels = items.filter((i) => i.el.classList.contains('quadrant-label'));
  if (labels.length === 0) found.push('no labels drawn');
  // Every label against every other text and dot (a small tolerance for glyph side bearings).
  const overlap = (a, b) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
  for (const a of labels) {
    for (const b of items) if (a !== b && overlap(a.r, b.r)) found.push(`${a.name} overlaps ${b.name}`);
  }
  return found;
});

test('touch-sized screen with the example person: no axe violations, cards show evidence', async () => {
  const { page, problems, context } = await openPage(browser, app.origin, { contextOptions: { viewport: { width: 360, height: 800 } } });
  await page.goto(app.url);
  await waitForApp(page);
  await page.getByRole('button', { name: 'Load the example' }).click();
  await page.goto(`${app.url}#/values`);
  await waitForPage(page);
  await page.locator('[data-testid=values-top]').waitFor();
  assert.match(await page.locator(`#${card('helping')}`).innerText(), /Honoured in 3 energising experiences/);
  assert.deepEqual(await topNames(page), ['Meaning', 'Autonomy', 'Work–life balance', 'Helping others', 'Learning']);
  assert.deepEqual(await axeViolations(page), []);
  await page.goto(`${app.url}#/talents`);
  await waitForPage(page);
  await page.locator('[data-testid=talents-chart]').waitFor();
  assert.equal(await page.locator('[data-testid=talents-chart] circle').count(), 10);
  assert.match(await page.locator('[data-testid=talents-chart] desc').textContent(), /Motivated talents: Coaching, Teaching, Solving problems, Listening\./);
  for (const lang of ['en', 'nl', 'fr', 'en']) {
    await page.goto(`${app.url}?lang=${lang}#/talents`);
    await page.locator('[data-testid=talents-chart]').waitFor();
    await page.waitForFunction((l) => document.documentElement.lang === l, lang);
    assert.deepEqual(await chartCollisions(page), [], `${lang}: chart texts stay apart and inside the chart`);
  }
  assert.deepEqual(await axeViolations(page), []);
  await page.goto(`${app.url}#/goals`);
  await page.locator('[data-testid=constraints]').waitFor();
  assert.equal(await page.locator('#constraint-income').inputValue(), '3400');
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(await problems(), []);
  await context.close();
});
