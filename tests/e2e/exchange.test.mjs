// Export, import, view-only, replace with undo, and every bad fixture, through the real file
// picker and real downloads.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { useApp, openPage, waitForApp } from './support.mjs';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

let app;
let browser;

useApp((up) => ({ app, browser } = up));

/** The workbook object in storage (or null), as JSON text for exact comparison. */
const storedWorkbook = (page) => page.evaluate(() => {
  const raw = localStorage.getItem('crossroads.workbook');
  return raw === null ? null : JSON.stringify(JSON.parse(raw).workbook);
});

async function freshApp(options) {
  const opened = await openPage(browser, app.origin, options);
  await opened.page.goto(`${app.url}#/data`);
  await waitForApp(opened.page);
  return opened;
}

async function loadExample(page) {
  await page.goto(`${app.url}#/`);
  await page.getByRole('button', { name: 'Load the example' }).click();
  await page.locator('[data-testid=save-status].ok').waitFor();
  await page.goto(`${app.url}#/data`);
}

async function exportFile(page) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid=export]').click()]);
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
}

test('export downloads the workbook with results; a fresh profile imports it and has everything', async () => {
  const first = await freshApp();
  await loadExample(first.page);
  const original = await storedWorkbook(first.page);
  const exported = await exportFile(first.page);
  assert.match(exported.name, /^crossroads-\d{4}-\d{2}-\d{2}\.crossroads\.json$/);
  const doc = JSON.parse(exported.text);
  assert.equal(doc.format, 'crossroads-workbook');
  assert.equal(doc.schema_version, 1);
  assert.ok(doc.results && typeof doc.results === 'object', 'results are written for readers');
  assert.equal(JSON.stringify(doc.workbook), original);
  assert.deepEqual(await first.problems(), []);
  await first.context.close();

  const second = await freshApp();
  const path = join(FIXTURES, '..', '..', 'target', 'e2e-export.crossroads.json');
  await (await import('node:fs/promises')).writeFile(path, exported.text);
  await second.page.setInputFiles('[data-testid=import-file]', path);
  const preview = second.page.locator('[data-testid=import-preview]');
  await preview.waitFor();
  assert.match(await preview.locator('[data-testid=preview-counts]').innerText(), /^8 experiences/);
  await second.page.locator('[data-testid=import-replace]').click();
  await second.page.locator('[data-testid=import-done]').waitFor();
  await second.page.locator('[data-testid=save-status].ok').waitFor();
  assert.equal(await storedWorkbook(second.page), original, 'the imported workbook equals the exported one');
  await second.page.reload();
  await waitForApp(second.page);
  assert.equal(await storedWorkbook(second.page), original);
  assert.deepEqual(await second.problems(), []);
  await second.context.close();
});

test('every bad fixture shows its error and leaves the current workbook unchanged', async () => {
  const { page, problems, context } = await freshApp();
  await loadExample(page);
  const before = await storedWorkbook(page);
  const manifest = JSON.parse(await readFile(join(FIXTURES, 'bad', 'manifest.json'), 'utf8'));
  const names = Object.keys(manifest);
  assert.ok(names.length >= 25);
  const seen = new Set();
  for (const name of names) {
    await page.setInputFiles('[data-testid=import-file]', join(FIXTURES, 'bad', name));
    const error = page.locator('[data-testid=import-error]');
    await error.waitFor();
    const message = await error.innerText();
    assert.match(message, /Your workbook was not changed\./, name);
    seen.add(message.split('.')[0]);
    assert.equal(await page.locator('[data-testid=import-preview]').count(), 0, `${name}: no preview`);
  }
  assert.ok(seen.size >= 8, `errors are specific, not one generic message (${seen.size} distinct)`);
  assert.equal(await storedWorkbook(page), before);
  assert.deepEqual(await problems(), []);
  await context.close();
});

test('hostile HTML in every text field is shown as text, never run', async () => {
  const { page, problems, context } = await freshApp();
  let dialogs = 0;
  page.on('dialog', async (d) => { dialogs += 1; await d.dismiss(); });
  await page.setInputFiles('[data-testid=import-file]', join(FIXTURES, 'good', 'hostile-html.crossroads.json'));
  await page.locator('[data-testid=import-preview]').waitFor();
  await page.locator('[data-testid=import-replace]').click();
  await page.locator('[data-testid=import-done]').waitFor();
  for (const slug of ['', 'experiences', 'goals', 'decision', 'brief', 'report']) {
    await page.goto(`${app.url}#/${slug}`);
    await page.locator('main h1').waitFor();
  }
  assert.equal(dialogs, 0);
  assert.equal(await page.locator('img[src=x]').count(), 0);
  assert.deepEqual(await problems(), []);
  await context.close();
});

test('replace keeps a backup and undo restores the previous workbook', async () => {
  const { page, problems, context } = await freshApp();
  await loadExample(page);
  const mine = await storedWorkbook(page);
  await page.setInputFiles('[data-testid=import-file]', join(FIXTURES, 'good', 'decision-only.crossroads.json'));
  await page.locator('[data-testid=import-replace]').click();
  await page.locator('[data-testid=import-done]').waitFor();
  await page.locator('[data-testid=save-status].ok').waitFor();
  const replaced = await storedWorkbook(page);
  assert.notEqual(replaced, mine);
  const backup = await page.evaluate(() => JSON.stringify(JSON.parse(localStorage.getItem('crossroads.workbook.backup')).workbook));
  assert.equal(backup, mine, 'the previous workbook went to the backup slot');
  await page.locator('[data-testid=import-undo]').click();
  await page.getByText('Your previous workbook is back.').waitFor();
  await page.waitForFunction((expected) => {
    const raw = localStorage.getItem('crossroads.workbook');
    return raw && JSON.stringify(JSON.parse(raw).workbook) === expected;
  }, mine);
  assert.deepEqual(await problems(), []);
  await context.close();
});

test('open to view shows the file read-only and leaves storage untouched', async () => {
  const { page, problems, context } = await freshApp();
  const snapshot = () => page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
  const before = await snapshot();
  await page.setInputFiles('[data-testid=import-file]', join(FIXTURES, 'v1', 'example.crossroads.json'));
  await page.locator('[data-testid=import-view]').click();
  await page.locator('[data-testid=view-banner]').waitFor();
  await page.goto(`${app.url}#/`);
  assert.ok((await page.locator('[data-testid=progress] .state.done').count()) >= 5, 'the viewed file is shown');
  await page.waitForTimeout(800);
  assert.equal(await snapshot(), before, 'nothing was written while viewing');
  await page.locator('[data-testid=view-banner] button').click();
  await page.locator('[data-testid=view-banner]').waitFor({ state: 'detached' });
  assert.equal(await page.locator('[data-testid=progress] .state.done').count(), 0, 'back to my own (empty) workbook');
  assert.equal(await snapshot(), before);
  assert.deepEqual(await problems(), []);
  await context.close();
});

test('merge adds the file to my workbook and says what happened', async () => {
  const { page, problems, context } = await freshApp();
  await page.setInputFiles('[data-testid=import-file]', join(FIXTURES, 'good', 'decision-only.crossroads.json'));
  await page.locator('[data-testid=import-replace]').click();
  await page.locator('[data-testid=import-done]').waitFor();
  await page.setInputFiles('[data-testid=import-file]', join(FIXTURES, 'v1', 'example.crossroads.json'));
  await page.locator('[data-testid=import-merge]').click();
  const done = page.locator('[data-testid=import-done]');
  await done.waitFor();
  assert.match(await done.innerText(), /Merged: \d+ items added, 0 renamed, \d+ already present\./);
  await page.locator('[data-testid=save-status].ok').waitFor();
  const merged = JSON.parse(await storedWorkbook(page));
  assert.equal(merged.experiences.length, 8);
  assert.equal(merged.decision.options.length, 4, 'identical options are not duplicated');
  assert.deepEqual(await problems(), []);
  await context.close();
});

test('an encrypted export round-trips with the right passphrase and says "wrong passphrase" with a wrong one', async () => {
  const first = await freshApp();
  await loadExample(first.page);
  const original = await storedWorkbook(first.page);
  await first.page.locator('[data-testid=export-encrypt]').check();
  await first.page.locator('[data-testid=export-passphrase]').fill('maple river quiet lantern');
  await first.page.locator('[data-testid=export-passphrase-repeat]').fill('maple river quiet lantern');
  const [download] = await Promise.all([first.page.waitForEvent('download'), first.page.locator('[data-testid=export]').click()]);
  assert.match(download.suggestedFilename(), /\.crossroads\.enc\.json$/);
  const sealed = await readFile(await download.path(), 'utf8');
  const doc = JSON.parse(sealed);
  assert.equal(doc.format, 'crossroads-encrypted');
  assert.equal(doc.kdf.name, 'argon2id');
  assert.ok(!sealed.includes('Vandamme'), 'nothing of the workbook is readable');
  await first.context.close();

  const second = await freshApp();
  const path = join(FIXTURES, '..', '..', 'target', 'e2e-export.crossroads.enc.json');
  await (await import('node:fs/promises')).writeFile(path, sealed);
  await second.page.setInputFiles('[data-testid=import-file]', path);
  await second.page.locator('[data-testid=import-passphrase]').fill('maple river quiet lantern?');
  await second.page.locator('[data-testid=import-unlock]').click();
  const error = second.page.locator('[data-testid=import-passphrase-error]');
  await error.waitFor();
  assert.match(await error.innerText(), /Wrong passphrase/);
  await second.page.locator('[data-testid=import-passphrase]').fill('maple river quiet lantern');
  await second.page.locator('[data-testid=import-unlock]').click();
  await second.page.locator('[data-testid=import-replace]').click();
  await second.page.locator('[data-testid=import-done]').waitFor();
  await second.page.locator('[data-testid=save-status].ok').waitFor();
  assert.equal(await storedWorkbook(second.page), original);
  // A damaged file with the right passphrase is reported as damaged, not as a wrong passphrase.
  await second.page.setInputFiles('[data-testid=import-file]', join(FIXTURES, 'encrypted', 'bad-flipped-ciphertext.crossroads.enc.json'));
  await second.page.locator('[data-testid=import-passphrase]').fill('correct horse battery staple');
  await second.page.locator('[data-testid=import-unlock]').click();
  await second.page.locator('[data-testid=import-error]').waitFor();
  assert.match(await second.page.locator('[data-testid=import-error]').innerText(), /file is damaged/);
  // Unsupported parameters are refused before asking for a passphrase.
  await second.page.setInputFiles('[data-testid=import-file]', join(FIXTURES, 'encrypted', 'bad-unsupported-kdf.crossroads.enc.json'));
  await second.page.locator('[data-testid=import-error]').waitFor();
  assert.match(await second.page.locator('[data-testid=import-error]').innerText(), /does not support/);
  assert.equal(await storedWorkbook(second.page), original, 'failed imports changed nothing');
  assert.deepEqual(await second.problems(), []);
  await second.context.close();
});
