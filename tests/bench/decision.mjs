// Long tasks while editing a 20 × 12 decision in the release build: the scripted session of the
// decision journey (cell edits, every weighting method, a pairwise answer, a rank move, a range),
// observed with the Long Tasks API. Prints every task over 50 ms and the slowest input-to-paint
// event beside the budget (no task over 50 ms); it measures, it does not fail on timing.
// `editDecision` is the session itself; budget.mjs replays it on the large workbook.
//
//   node tests/bench/decision.mjs [dist] [runs]
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startApp, launchBrowser, openPage, waitForApp } from '../e2e/support.mjs';

const FIXTURE = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'good', 'decision-20x12.crossroads.json');

async function enter(locator, value) {
  await locator.fill(String(value));
  await locator.press('Tab');
}
export const smaaDone = (page) => page.locator('[data-testid=smaa-status][data-state=done]').waitFor({ timeout: 20000 });

/**
 * The scripted editing session on `#/decision` (already open, results done): needs options o1…o20,
 * criteria c1…c12, and `moveUp`, the name of the criterion whose "Move … up" button is pressed.
 */
export async function editDecision(page, { moveUp = 'Criterion 5' } = {}) {
  const cells = [['o1', 'c1', 9], ['o5', 'c3', 2], ['o12', 'c7', 8], ['o20', 'c12', 1], ['o9', 'c4', 6], ['o3', 'c11', 10]];
  for (const [o, c, v] of cells) await enter(page.locator(`[data-testid=cell-${o}-${c}]`), v);
  await smaaDone(page);
  for (const method of ['equal', 'rank', 'pairwise', 'direct', 'equal', 'pairwise', 'rank', 'direct']) {
    await page.locator(`label[for=dec-method-${method}]`).click();
    await page.waitForTimeout(60);
  }
  await smaaDone(page);
  await page.locator('label[for=dec-method-pairwise]').click();
  await page.getByLabel('Both are equally important', { exact: true }).check();
  await smaaDone(page);
  await page.locator('label[for=dec-method-rank]').click();
  await page.getByRole('button', { name: `Move ${moveUp} up` }).click();
  await page.locator('label[for=dec-method-equal]').click();
  await page.locator('[data-testid=score-card-option]').selectOption('o7');
  await enter(page.locator('#dec-r-o7-c2-low'), '1');
  await enter(page.locator('#dec-r-o7-c2-high'), '10');
  for (const [o, c, v] of cells) await enter(page.locator(`[data-testid=cell-${o}-${c}]`), Math.max(0, v - 1));
  await smaaDone(page);
}

async function main() {
  const root = resolve(process.argv[2] ?? 'dist');
  const runs = Number(process.argv[3] ?? 3);
  const app = await startApp({ root });
  const browser = await launchBrowser();
  try {
    for (let run = 1; run <= runs; run += 1) {
      const { page, context } = await openPage(browser, app.origin, { contextOptions: { viewport: { width: 1280, height: 900 } } });
      await page.goto(app.url);
      await waitForApp(page);
      await page.goto(`${app.url}#/data`);
      await page.setInputFiles('[data-testid=import-file]', FIXTURE);
      await page.locator('[data-testid=import-replace]').click();
      await page.locator('[data-testid=import-done]').waitFor();
      await page.goto(`${app.url}#/decision`);
      await page.locator('main h1').waitFor();
      await smaaDone(page);
      await page.evaluate(() => {
        window.__long = [];
        window.__events = [];
        new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__long.push(Math.round(e.duration)); })
          .observe({ type: 'longtask' });
        new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__events.push(Math.round(e.duration)); })
          .observe({ type: 'event', durationThreshold: 16 });
      });
      await editDecision(page);
      await page.waitForTimeout(200);
      const long = await page.evaluate(() => window.__long);
      const events = await page.evaluate(() => window.__events);
      const slowest = events.reduce((m, e) => Math.max(m, e), 0);
      const verdict = long.length === 0 ? 'within budget' : 'OVER BUDGET';
      console.log(`decision 20x12 editing session, run ${run}: long tasks ${JSON.stringify(long)} (budget: none over 50 ms, ${verdict}); slowest input-to-paint ${slowest} ms over ${events.length} events >= 16 ms`);
      await context.close();
    }
  } finally {
    await browser.close();
    app.server.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await main();
