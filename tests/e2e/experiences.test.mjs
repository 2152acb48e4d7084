// The experiences inventory and its evidence profile, as a keyboard-only user meets them: add
// three stories with talents and values, reload, read the evidence, edit, reorder, delete and
// undo; plus axe-core in light and dark and a 360 px wide screen.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, openPage, waitForApp, axeViolations } from './support.mjs';

let app;
let browser;

useApp((up) => ({ app, browser } = up));

/**
 * Presses Tab (Shift+Tab with `back`) until `matches(document.activeElement, arg)` holds; fails
 * after `max` presses.
 */
async function tabTo(page, matches, arg, { back = false, max = 250 } = {}) {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    if (await page.evaluate(({ src, arg }) => new Function('el', 'arg', `return (${src})(el, arg)`)(document.activeElement, arg), { src: matches.toString(), arg })) return;
  }
  throw new Error(`Tab never reached ${matches} ${JSON.stringify(arg)}`);
}

const byId = (el, id) => el?.id === id;
const bySuffix = (el, suffix) => Boolean(el?.id?.endsWith(suffix));
/** A checkbox whose label reads `name` inside the fieldset whose legend reads `legend`. */
const checkbox = (el, { legend, name }) => el?.type === 'checkbox'
  && el.closest('label')?.textContent.trim() === name
  && el.closest('fieldset')?.querySelector('legend')?.textContent.trim() === legend;
const button = (el, name) => el?.tagName === 'BUTTON' && el.textContent.trim() === name;
const link = (el, name) => el?.tagName === 'A' && el.textContent.trim() === name;

const activeId = (page) => page.evaluate(() => document.activeElement?.id ?? '');
const titles = (page) => page.locator('[data-testid=experience-list] .exp-card h3').allInnerTexts();

/** Fills the open form by keyboard alone and closes it with Done. */
async function writeStory(page, { title, kindSteps = 0, did, energy, talents = [], honoured = [], violated = [], customTalent }) {
  assert.match(await activeId(page), /-f-title$/, 'a new form puts focus in its title');
  await page.keyboard.type(title);
  await page.keyboard.press('Tab');
  assert.match(await activeId(page), /-f-kind$/);
  for (let i = 0; i < kindSteps; i += 1) await page.keyboard.press('ArrowDown');
  await tabTo(page, bySuffix, '-f-did');
  await page.keyboard.type(did);
  // Radios: Tab lands on the checked one ("not rated yet"), arrows move the choice.
  await tabTo(page, (el) => el?.type === 'radio');
  assert.equal(await page.evaluate(() => document.activeElement.value), '', 'a new story starts unrated');
  for (let i = 0; i < energy; i += 1) await page.keyboard.press('ArrowRight');
  for (const name of talents) {
    await tabTo(page, checkbox, { legend: 'Talents I used', name });
    await page.keyboard.press('Space');
  }
  if (customTalent) {
    await tabTo(page, bySuffix, '-f-custom-talents');
    await page.keyboard.type(customTalent);
    await page.keyboard.press('Enter');
  }
  for (const name of honoured) {
    await tabTo(page, checkbox, { legend: 'Values it honoured', name });
    await page.keyboard.press('Space');
  }
  for (const name of violated) {
    await tabTo(page, checkbox, { legend: 'Values it went against', name });
    await page.keyboard.press('Space');
  }
  await tabTo(page, button, 'Done');
  await page.keyboard.press('Enter');
  await page.locator('[data-testid=experience-form]').waitFor({ state: 'detached' });
  // Focus moves after the re-render (a zero-delay timer): wait for it rather than race it.
  await page.waitForFunction(() => /-edit$/.test(document.activeElement?.id ?? ''), null, { timeout: 2000 }).catch(() => {});
  assert.match(await activeId(page), /-edit$/, 'Done returns focus to the story’s Edit button');
}

test('a keyboard-only user builds an inventory, reads the evidence, edits, reorders, deletes and undoes', async () => {
  const { page, problems, context } = await openPage(browser, app.origin);
  await page.goto(`${app.url}#/experiences`);
  await waitForApp(page);
  assert.equal(await page.locator('main h1').innerText(), 'Experiences');
  await page.getByText('Add experiences, tick the talents and values').waitFor();

  // A prompt shows a question and an example beside the form and fills in nothing.
  await tabTo(page, byId, 'exp-add');
  await page.keyboard.press('Enter');
  await page.locator('[data-testid=experience-form]').waitFor();
  await page.keyboard.press('Shift+Tab');
  assert.match(await activeId(page), /-f-prompt$/);
  await page.keyboard.press('ArrowDown');
  const prompt = page.locator('[data-testid=prompt-card]');
  await prompt.waitFor();
  assert.match(await prompt.innerText(), /A time you lost track of time[\s\S]*Example:/);
  assert.equal(await page.locator('[id$=-f-title]').inputValue(), '');
  await page.keyboard.press('Tab');

  await writeStory(page, {
    title: 'Coached the youth team', kindSteps: 3, did: 'Coached twenty kids on Saturdays.', energy: 5,
    talents: ['Coaching', 'Listening'], honoured: ['Helping others'], customTalent: 'Juggling',
  });
  await tabTo(page, byId, 'exp-add');
  await page.keyboard.press('Enter');
  await writeStory(page, {
    title: 'Trained new colleagues', did: 'Ran hands-on sessions.', energy: 4,
    talents: ['Coaching', 'Teaching'], honoured: ['Helping others', 'Learning'],
  });
  await tabTo(page, byId, 'exp-add');
  await page.keyboard.press('Enter');
  await writeStory(page, {
    title: 'Audit season', did: 'Long travel weeks.', energy: 1,
    talents: ['Working with numbers'], honoured: ['Status'], violated: ['Work–life balance'],
  });
  assert.deepEqual(await titles(page), ['Coached the youth team', 'Trained new colleagues', 'Audit season']);

  await page.locator('[data-testid=save-status].ok').waitFor();
  await page.reload();
  await waitForApp(page);
  await page.locator('[data-testid=experience-list] .exp-card').first().waitFor();
  assert.deepEqual(await titles(page), ['Coached the youth team', 'Trained new colleagues', 'Audit season'], 'kept after reload');
  const first = await page.locator('[data-testid=experience-list] .exp-card').first().innerText();
  assert.match(first, /Volunteering · Energy: 5 – very energising/);
  assert.match(first, /Coaching, Listening, Juggling/);

  // The evidence profile: coaching 2 + 1 = +3; listening and juggling tie at +2; numbers −2.
  const talents = page.locator('[data-testid=evidence-talents]');
  const talentItems = await talents.locator('.evidence-list li').allInnerTexts();
  assert.match(talentItems[0], /^Coaching strength \+3 · Rank 1\b/);
  assert.match(talentItems[0], /Used in: Coached the youth team, Trained new colleagues/);
  assert.match(talentItems[1], /^Listening strength \+2 · Rank 2 \(tied\)/);
  assert.match(talentItems[2], /^Juggling strength \+2 · Rank 2 \(tied\)/);
  assert.match(talentItems.at(-1), /^Working with numbers strength −2/);
  // A value gone against in a draining story (energy 1) counts 3 − 1 = +2 for it mattering.
  const valueItems = await page.locator('[data-testid=evidence-values] .evidence-list li').allInnerTexts();
  assert.match(valueItems[0], /^Helping others strength \+3 · Rank 1/);
  assert.match(valueItems[1], /^Work–life balance strength \+2 · Rank 2\b[\s\S]*Gone against in: Audit season/);
  assert.match(valueItems.at(-1), /^Status strength −2/);
  const chart = talents.locator('svg[role=img]');
  assert.equal(await chart.locator('title').textContent(), 'Evidence strength per talent');
  assert.match(await chart.locator('desc').textContent(), /Coaching \+3, Listening \+2, Juggling \+2/);
  assert.equal(await chart.locator('rect.chart-bar').count(), 5);
  assert.equal(await chart.locator('rect.chart-bar.negative').count(), 1);
  const themes = await page.locator('[data-testid=evidence-themes]').innerText();
  assert.match(themes, /Coaching \(talent\): 2 stories/);
  assert.match(themes, /Helping others \(value honoured\): 2 stories/);

  // A story link in the evidence opens that story's form.
  await tabTo(page, link, 'Audit season');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash === '#/experiences/e3');
  const form = page.locator('[data-testid=experience-form]');
  await form.waitFor();
  assert.match(await form.locator('h3').innerText(), /Audit season/);
  await page.waitForFunction(() => document.activeElement?.id === 'exp-e3-f-title');
  await tabTo(page, button, 'Done');
  await page.keyboard.press('Enter');
  await form.waitFor({ state: 'detached' });
  assert.equal(await page.evaluate(() => location.hash), '#/experiences', 'Done leaves the story link');

  // Edit the second story's title.
  await tabTo(page, byId, 'exp-e2-edit', { back: true });
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'exp-e2-f-title');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Trained colleagues on the ERP');
  await tabTo(page, button, 'Done');
  await page.keyboard.press('Enter');
  await form.waitFor({ state: 'detached' });
  assert.deepEqual(await titles(page), ['Coached the youth team', 'Trained colleagues on the ERP', 'Audit season']);

  // Reorder with the move buttons; focus follows the moved story.
  await tabTo(page, byId, 'exp-e3-up');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'exp-e3-up');
  assert.deepEqual(await titles(page), ['Coached the youth team', 'Audit season', 'Trained colleagues on the ERP']);
  await page.getByText('“Audit season” is now number 2 of 3.').waitFor();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'exp-e3-down', null, { timeout: 2000 });
  assert.deepEqual(await titles(page), ['Audit season', 'Coached the youth team', 'Trained colleagues on the ERP']);
  assert.equal(await page.locator('#exp-e3-up').isDisabled(), true, 'the first story cannot move up');

  // Delete the middle story, then undo: it comes back at the same position.
  await tabTo(page, byId, 'exp-e1-delete');
  await page.keyboard.press('Enter');
  const status = page.locator('[data-testid=experience-status]');
  await status.getByText('Deleted “Coached the youth team”.').waitFor();
  assert.deepEqual(await titles(page), ['Audit season', 'Trained colleagues on the ERP']);
  await page.waitForFunction(() => document.activeElement?.id === 'exp-undo');
  await page.keyboard.press('Enter');
  await status.getByText('Restored “Coached the youth team”.').waitFor();
  assert.deepEqual(await titles(page), ['Audit season', 'Coached the youth team', 'Trained colleagues on the ERP']);
  await page.waitForFunction(() => document.activeElement?.id === 'exp-e1-edit');

  await page.locator('[data-testid=save-status].ok').waitFor();
  await page.reload();
  await waitForApp(page);
  await page.locator('[data-testid=experience-list] .exp-card').first().waitFor();
  assert.deepEqual(await titles(page), ['Audit season', 'Coached the youth team', 'Trained colleagues on the ERP'], 'order and undo survive a reload');
  assert.deepEqual(await problems(), []);
  await context.close();
});

test('the undo offer goes away after a while, and the story stays deleted', async () => {
  const { page, problems, context } = await openPage(browser, app.origin);
  await page.goto(`${app.url}#/experiences`);
  await waitForApp(page);
  await page.locator('#exp-add').click();
  await page.waitForFunction(() => document.activeElement?.id === 'exp-e1-f-title');
  await page.keyboard.type('Short-lived');
  await page.getByRole('button', { name: 'Done' }).click();
  await page.locator('#exp-e1-delete').click();
  const undo = page.getByRole('button', { name: 'Undo' });
  await undo.waitFor();
  await page.locator('#exp-add').focus(); // Undo keeps the offer open while it has focus.
  await undo.waitFor({ state: 'detached', timeout: 15000 });
  assert.deepEqual(await titles(page), []);
  assert.deepEqual(await problems(), []);
  await context.close();
});

for (const colorScheme of ['light', 'dark']) {
  test(`no axe violations on the experiences screen (${colorScheme})`, async () => {
    const { page, problems, context } = await openPage(browser, app.origin, { contextOptions: { colorScheme } });
    await page.goto(`${app.url}#/experiences`);
    await waitForApp(page);
    await page.locator('main h1').waitFor();
    assert.deepEqual(await axeViolations(page), [], 'empty');
    await page.goto(app.url);
    await page.getByRole('button', { name: 'Load the example' }).click();
    await page.locator('[data-testid=save-status].ok').waitFor();
    await page.goto(`${app.url}#/experiences`);
    await page.locator('[data-testid=evidence-talents] svg').waitFor();
    assert.equal(await page.locator('[data-testid=experience-list] > li').count(), 8, 'the example person’s stories');
    for (const summary of await page.locator('details summary').all()) await summary.click();
    assert.deepEqual(await axeViolations(page), [], 'example with evidence and tables');
    await page.locator('#exp-e6-edit').click();
    await page.locator('[id$=-f-prompt]').selectOption('quit');
    await page.locator('[data-testid=prompt-card]').waitFor();
    assert.deepEqual(await axeViolations(page), [], 'form with a prompt open');
    await page.getByRole('button', { name: 'Done' }).click();
    await page.locator('#exp-e6-delete').click();
    await page.getByRole('button', { name: 'Undo' }).waitFor();
    assert.deepEqual(await axeViolations(page), [], 'undo status');
    assert.deepEqual(await problems(), []);
    await context.close();
  });
}

test('usable at 360 px wide: nothing overflows sideways, and French and Dutch fit', async () => {
  const { page, problems, context } = await openPage(browser, app.origin, { contextOptions: { viewport: { width: 360, height: 740 } } });
  await page.goto(app.url);
  await waitForApp(page);
  await page.getByRole('button', { name: 'Load the example' }).click();
  await page.locator('[data-testid=save-status].ok').waitFor();
  for (const lang of ['en', 'fr', 'nl']) {
    await page.goto(`${app.url}?lang=${lang}#/experiences/e1`);
    await waitForApp(page);
    await page.locator('[data-testid=experience-form]').waitFor();
    await page.locator('[data-testid=evidence-talents] svg').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `${lang}: the page scrolls sideways by ${overflow}px`);
    const svgWidth = await page.locator('[data-testid=evidence-talents] svg').evaluate((svg) => svg.getBoundingClientRect().width);
    assert.ok(svgWidth > 280 && svgWidth <= 360, `${lang}: the chart fits (${svgWidth}px)`);
  }
  assert.deepEqual(await problems(), []);
  await context.close();
});
