import { resolve } from 'node:path';
import { startApp, launchBrowser, openPage, waitForApp } from '/work/main/tests/e2e/support.mjs';
const FIXTURE = '/work/main/tests/fixtures/good/decision-20x12.crossroads.json';
const smaaDone = (page) => page.locator('[data-testid=smaa-status][data-state=done]').waitFor({ timeout: 60000 });
const app = await startApp({ root: resolve('dist') });
const browser = await launchBrowser();
const { page, context } = await openPage(browser, app.origin, { contextOptions: { viewport: { width: 1280, height: 900 } } });
await page.goto(app.url); await waitForApp(page);
await page.goto(`${app.url}#/data`);
await page.setInputFiles('[data-testid=import-file]', FIXTURE);
await page.locator('[data-testid=import-replace]').click();
await page.locator('[data-testid=import-done]').waitFor();
await page.goto(`${app.url}#/decision`); await page.locator('main h1').waitFor(); await smaaDone(page);
const cdp = await context.newCDPSession(page);
async function trace(name, f) {
  const events = [];
  cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
  await f(); await page.waitForTimeout(150);
  await cdp.send('Tracing.end'); await done; cdp.removeAllListeners('Tracing.dataCollected');
  const X = events.filter((e) => e.ph === 'X' && e.dur);
  const tasks = X.filter((e) => e.name === 'RunTask' && e.dur > 30000);
  for (const t of tasks) {
    const inside = X.filter((e) => e.tid === t.tid && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur && e !== t);
    const top = inside.filter((e) => !inside.some((p) => p !== e && p.ts <= e.ts && p.ts + p.dur >= e.ts + e.dur && p.dur > e.dur));
    console.log(`${name}: task ${(t.dur / 1000).toFixed(1)} ms: top-level ` + top.map((e) => `${e.name}${e.args?.data?.type ? '(' + e.args.data.type + ')' : ''}${e.args?.data?.functionName ? '(' + e.args.data.functionName + ')' : ''} ${(e.dur / 1000).toFixed(1)}`).join(', '));
    const agg = new Map(); for (const e of inside) agg.set(e.name, (agg.get(e.name) ?? 0) + e.dur / 1000);
    console.log('   all: ' + [...agg].sort((a, b) => b[1] - a[1]).slice(0, 10).map(([n, d]) => `${n} ${d.toFixed(1)}`).join(', '));
  }
}
async function enter(locator, value) { await locator.fill(String(value)); await locator.press('Tab'); }
for (const [o, c, v] of [['o1', 'c1', 9], ['o5', 'c3', 2], ['o12', 'c7', 8], ['o20', 'c12', 1]]) await trace('cell', () => enter(page.locator(`[data-testid=cell-${o}-${c}]`), v));
await smaaDone(page);
for (const m of ['equal', 'rank', 'pairwise', 'direct', 'equal']) { await trace(m, () => page.locator(`label[for=dec-method-${m}]`).click()); await smaaDone(page); }
await context.close(); await browser.close(); app.server.close();
