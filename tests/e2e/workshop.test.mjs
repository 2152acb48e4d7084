// The workshop: a participant's hand-in export matches its preview; the facilitator loads
// hand-in files (a duplicate and a corrupt one among them) through the real file picker, sees
// the group picture of five participants and downloads its CSV; four participants are too few;
// HR's organisation check scores and remembers its answers; the facilitator guide is complete.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startApp, launchBrowser, openPage, waitForApp, axeViolations } from './support.mjs';

const HANDINS = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'handin');
const file = (name) => join(HANDINS, `${name}.crossroads-handin.json`);

let app;
let browser;

before(async () => {
  app = await startApp();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  app?.server.close();
});

async function openWorkshop(options) {
  const opened = await openPage(browser, app.origin, options);
  await opened.page.goto(`${app.url}#/workshop`);
  await waitForApp(opened.page);
  await opened.page.locator('[data-testid=group]').waitFor();
  return opened;
}

test('the facilitator sees five participants from six hand-ins (one a duplicate) and the corrupt file’s error', async () => {
  const { page, problems, context } = await openWorkshop();
  assert.match(await page.locator('[data-testid=group-empty]').innerText(), /No files loaded yet/);
  await page.setInputFiles('[data-testid=group-files-input]', ['p1', 'p2', 'p3', 'p4', 'p5', 'p3-again', 'corrupt'].map(file));
  const summary = page.locator('[data-testid=group-summary]');
  await summary.waitFor();
  assert.match(await summary.innerText(), /^5 participants from 7 files\s+1 file skipped/);
  const errors = page.locator('[data-testid=group-errors] [data-testid=group-file]');
  assert.equal(await errors.count(), 1);
  const error = await errors.innerText();
  assert.match(error, /corrupt\.crossroads-handin\.json: skipped: /);
  assert.match(error, /not a readable Crossroads file/, error);

  const picture = page.locator('[data-testid=group-picture]');
  await picture.waitFor();
  assert.equal(await page.locator('[data-testid=group-hidden]').count(), 0);
  assert.match(await page.locator('[data-testid=group-with-attitudes]').innerText(), /^5 of 5 participants/);
  assert.equal(await page.locator('[data-testid=group-boxplots] .boxplot-box').count(), 9, 'a box plot per attitude');
  const rows = page.locator('[data-testid=group-attitudes-table] tbody tr');
  assert.equal(await rows.count(), 9);
  assert.match(await rows.first().innerText(), /Self-directed career management\s+5\s+\d/);
  const meaning = page.locator('[data-testid=group-values] tr[data-key=meaning]');
  assert.match(await meaning.innerText(), /Meaning\s+5\s+100 %/);
  assert.equal(await page.locator('[data-testid=group-moves] tbody tr').count(), 7);
  const fileList = page.locator('[data-testid=group-file-list] [data-testid=group-file]');
  assert.equal(await fileList.count(), 7);
  assert.equal(await page.locator('[data-testid=group-file-list] [data-outcome=dup]').count(), 1);

  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid=group-csv]').click()]);
  assert.match(download.suggestedFilename(), /^crossroads-group-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile(await download.path(), 'utf8');
  const lines = csv.trim().split('\r\n');
  assert.equal(lines[0], 'section,key,label,participants,share,min,q1,median,q3,max,mean');
  assert.equal(lines[1], 'group,participants,Participants,5,,,,,,,');
  assert.match(csv, /\r\nattitudes,self_directed,Self-directed career management,5,1,[\d.]+,[\d.]+,[\d.]+,[\d.]+,[\d.]+,[\d.]+\r\n/);
  assert.match(csv, /\r\nvalues,meaning,Meaning,5,1,,,,,,\r\n/);
  assert.equal(lines.filter((l) => l.startsWith('moves,')).length, 7);
  for (const name of ['p1', 'p2', 'p3', 'p4', 'p5', 'p3-again']) {
    const { handin_id: id } = JSON.parse(await readFile(file(name), 'utf8'));
    assert.ok(!csv.includes(id), `no hand-in id in the CSV (${name})`);
  }
  assert.ok(!csv.includes('.json'), 'no file names in the CSV');

  await page.locator('[data-testid=group-clear]').click();
  await page.locator('[data-testid=group-empty]').waitFor();
  assert.deepEqual(await problems(), []);
  await context.close();
});

test('with four participants the group picture is hidden, with an explanation', async () => {
  const { page, problems, context } = await openWorkshop();
  await page.setInputFiles('[data-testid=group-files-input]', ['p1', 'p2', 'p3', 'p4'].map(file));
  const hidden = page.locator('[data-testid=group-hidden]');
  await hidden.waitFor();
  assert.match(await hidden.innerText(), /appears from 5 participants, to protect small groups[\s\S]*Participants loaded now: 4\./);
  assert.equal(await page.locator('[data-testid=group-picture]').count(), 0);
  assert.equal(await page.locator('[data-testid=group-csv]').count(), 0, 'no CSV of a hidden picture');
  // A fifth person, dropped in later, reveals it.
  await page.setInputFiles('[data-testid=group-files-input]', [file('p5')]);
  await page.locator('[data-testid=group-picture]').waitFor();
  assert.match(await page.locator('[data-testid=group-summary]').innerText(), /^5 participants from 5 files/);
  assert.deepEqual(await problems(), []);
  await context.close();
});

test('the participant’s hand-in file is exactly what the preview shows', async () => {
  const { page, problems, context } = await openWorkshop();
  assert.match(await page.locator('[data-testid=handin-nothing]').innerText(), /nothing to hand in yet/);
  await page.goto(`${app.url}#/`);
  await page.getByRole('button', { name: 'Load the example' }).click();
  await page.locator('[data-testid=save-status].ok').waitFor();
  await page.goto(`${app.url}#/workshop`);
  const preview = page.locator('[data-testid=handin-preview]');
  await preview.waitFor();
  const shownJson = await page.locator('[data-testid=handin-json]').textContent();
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid=handin-download]').click()]);
  assert.match(download.suggestedFilename(), /^crossroads-\d{4}-\d{2}-\d{2}\.crossroads-handin\.json$/);
  const text = await readFile(await download.path(), 'utf8');
  assert.equal(text, shownJson, 'the file is the text the preview shows');
  const doc = JSON.parse(text);
  assert.deepEqual(Object.keys(doc).sort(), ['attitudes', 'format', 'handin_id', 'moves', 'values_top', 'version']);
  assert.equal(doc.format, 'crossroads-handin');
  assert.equal(doc.version, 1);
  assert.match(await page.locator('[data-testid=handin-id]').innerText(), new RegExp(doc.handin_id));
  const shownValues = await page.locator('[data-testid=handin-values] li').evaluateAll((els) => els.map((e) => e.dataset.key));
  assert.deepEqual(shownValues, doc.values_top);
  assert.deepEqual(doc.values_top, ['meaning', 'autonomy', 'balance', 'helping', 'learning']);
  const shownMoves = await page.locator('[data-testid=handin-moves] li').evaluateAll((els) => els.map((e) => e.dataset.key));
  assert.deepEqual(shownMoves, doc.moves);
  const shownScales = await page.locator('[data-testid=handin-attitudes] li').evaluateAll((els) => els.map((e) => e.dataset.subscale));
  assert.deepEqual(shownScales.sort(), Object.keys(doc.attitudes).sort());
  // Nothing the person typed: no option or experience names from the example.
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('crossroads.workbook')).workbook);
  for (const option of stored.decision.options) assert.ok(!text.includes(option.name));
  for (const experience of stored.experiences) assert.ok(!text.includes(experience.title));
  assert.match(await page.locator('[data-testid=handin-status]').innerText(), /^Downloaded crossroads-/);

  // The facilitator side reads it back.
  const path = join(await mkdtemp(join(tmpdir(), 'crossroads-e2e-')), 'mine.crossroads-handin.json');
  await writeFile(path, text);
  await page.setInputFiles('[data-testid=group-files-input]', [path]);
  assert.match(await page.locator('[data-testid=group-summary]').innerText(), /^1 participant from 1 file/);
  assert.deepEqual(await problems(), []);
  await context.close();
});

test('the organisation check scores each theme, suggests what to do and remembers the answers', async () => {
  const { page, problems, context } = await openWorkshop();
  await page.locator('[data-testid=link-org-check]').click();
  await page.locator('[data-testid=org-progress]').waitFor();
  assert.match(await page.locator('[data-testid=org-progress]').innerText(), /^0 of 16 statements answered/);
  // Policies: both barriers fully present, the other two "a little".
  for (const [item, label] of [['pl1', 'Fully'], ['pl2', 'Fully'], ['pl3', 'A little'], ['pl4', 'A little']]) {
    await page.locator(`fieldset[data-item=${item}]`).getByLabel(label, { exact: true }).check();
  }
  const policies = page.locator('[data-testid=org-theme-result][data-theme=policies]');
  await policies.waitFor();
  assert.match(await policies.innerText(), /17 % ready: starting/);
  assert.match(await policies.innerText(), /Review pay and grading/);
  assert.match(await page.locator('[data-testid=org-table] tr[data-theme=policies]').innerText(), /17 %\s+starting/);
  await page.reload();
  await waitForApp(page);
  assert.match(await page.locator('[data-testid=org-progress]').innerText(), /^4 of 16 statements answered/);
  await page.locator('[data-testid=org-clear]').click();
  assert.match(await page.locator('[data-testid=org-progress]').innerText(), /^0 of 16/);
  // Clearing can be undone, then cleared again.
  await page.locator('[data-testid=org-undo-clear]').click();
  assert.match(await page.locator('[data-testid=org-progress]').innerText(), /^4 of 16 statements answered/);
  await page.locator('[data-testid=org-clear]').click();
  assert.match(await page.locator('[data-testid=org-progress]').innerText(), /^0 of 16/);
  // The answers never reach the workbook.
  const stored = await page.evaluate(() => localStorage.getItem('crossroads.workbook') ?? '');
  assert.ok(!stored.includes('pl1'));
  assert.deepEqual(await problems(), []);
  await context.close();
});

test('the facilitator guide plans 90 minutes in three languages', async () => {
  const { page, problems, context } = await openWorkshop();
  await page.locator('[data-testid=link-guide]').click();
  const steps = page.locator('[data-testid=guide-steps] > li');
  await steps.first().waitFor();
  assert.equal(await steps.count(), 8);
  assert.match(await steps.first().innerText(), /0–10 min/);
  assert.match(await steps.last().innerText(), /80–90 min/);
  assert.match(await page.locator('main').innerText(), /Hand-ins and privacy/);
  for (const [lang, title] of [['nl', /^Handleiding voor begeleiders/], ['fr', /^Guide d’animation/]]) {
    await page.goto(`${app.url}?lang=${lang}#/workshop/guide`);
    await waitForApp(page);
    assert.match(await page.locator('main h1').innerText(), title);
  }
  assert.deepEqual(await problems(), []);
  await context.close();
});

for (const colorScheme of ['light', 'dark']) {
  test(`the group picture and the hand-in preview pass axe and fit 360 px (${colorScheme})`, async () => {
    const { page, problems, context } = await openWorkshop({
      contextOptions: { colorScheme, viewport: { width: 360, height: 800 }, reducedMotion: 'reduce' },
    });
    await page.goto(`${app.url}#/`);
    await page.getByRole('button', { name: 'Load the example' }).click();
    await page.locator('[data-testid=example-banner]').waitFor();
    await page.goto(`${app.url}#/workshop`);
    await page.locator('[data-testid=handin-preview]').waitFor();
    await page.setInputFiles('[data-testid=group-files-input]', ['p1', 'p2', 'p3', 'p4', 'p5', 'corrupt'].map(file));
    await page.locator('[data-testid=group-picture]').waitFor();
    await page.locator('.handin-text summary').click();
    await page.locator('.group-files summary').click();
    assert.deepEqual(await axeViolations(page), []);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `#/workshop scrolls sideways by ${overflow} px`);
    await page.locator('[data-testid=group-clear]').click();
    await page.setInputFiles('[data-testid=group-files-input]', ['p1', 'p2'].map(file));
    await page.locator('[data-testid=group-hidden]').waitFor();
    assert.deepEqual(await axeViolations(page), [], 'hidden picture');
    await page.goto(`${app.url}#/workshop/org-check`);
    await page.locator('fieldset[data-item=cm1]').getByLabel('Largely', { exact: true }).check();
    await page.locator('fieldset[data-item=cm2]').getByLabel('A little', { exact: true }).check();
    await page.locator('[data-testid=org-theme-result]').first().waitFor();
    assert.deepEqual(await axeViolations(page), [], 'org check with results');
    assert.deepEqual(await problems(), []);
    await context.close();
  });
}
