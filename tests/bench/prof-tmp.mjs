import { resolve } from 'node:path';
import { startApp, launchBrowser, openPage, waitForApp } from '/work/main/tests/e2e/support.mjs';
const FIXTURE = '/work/main/tests/fixtures/good/decision-20x12.crossroads.json';
async function enter(locator, value) { await locator.fill(String(value)); await locator.press('Tab'); }
const smaaDone = (page) => page.locator('[data-testid=smaa-status][data-state=done]').waitFor({ timeout: 60000 });
const app = await startApp({ root: '/tmp/dist-prof' });
const browser = await launchBrowser();
const { page, context } = await openPage(browser, app.origin, { contextOptions: { viewport: { width: 1280, height: 900 } } });
await page.goto(app.url); await waitForApp(page);
await page.goto(`${app.url}#/data`);
await page.setInputFiles('[data-testid=import-file]', FIXTURE);
await page.locator('[data-testid=import-replace]').click();
await page.locator('[data-testid=import-done]').waitFor();
await page.goto(`${app.url}#/decision`); await page.locator('main h1').waitFor(); await smaaDone(page);
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
const callers = new Map(); const self = new Map(), incl = new Map(); let total = 0;
const norm = (f) => f.replace(/::h[0-9a-f]{16}.*/, '').replace(/\{\{closure\}\}/g, 'C');
function add(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map(); for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    // only samples inside a change/click event handler chain: find an ancestor named like the handler
    const chain = []; let cur = id; while (cur !== undefined) { chain.push(byId.get(cur).callFrame.functionName || '(anon)'); cur = parent.get(cur); }
    if (chain.some((f) => f.includes('SmaaRun'))) return;
    if (!chain.some((f) => f.startsWith('crossroads::') || f.includes('reactive_graph'))) return;
    total += dt;
    if (process.env.CALLERS && chain[0].includes(process.env.CALLERS)) { const k = chain.filter((f) => f.startsWith('crossroads::') || f.includes('Memo') || f.includes('evaluate')).slice(0, 3).map(norm).join(' <- '); callers.set(k, (callers.get(k) ?? 0) + dt); }
    self.set(norm(chain[0]), (self.get(norm(chain[0])) ?? 0) + dt);
    for (const f of new Set(chain.map(norm))) incl.set(f, (incl.get(f) ?? 0) + dt);
  });
}
const which = process.argv[2] ?? 'cell';
for (let k = 0; k < 6; k++) {
  await cdp.send('Profiler.start');
  if (which === 'cell') await enter(page.locator(`[data-testid=cell-o${k + 1}-c${k + 1}]`), k + 2);
  else await page.locator(`label[for=dec-method-${['rank', 'equal'][k % 2]}]`).click();
  await page.waitForTimeout(50);
  const { profile } = await cdp.send('Profiler.stop'); add(profile);
  await smaaDone(page);
}
const top = (m, k) => [...m].sort((a, b) => b[1] - a[1]).slice(0, k).map(([f, t]) => `${t.toFixed(1).padStart(7)} ${f.slice(0, 150)}`).join('\n');
for (const [k, t] of [...callers].sort((a, b) => b[1] - a[1]).slice(0, 10)) console.log(t.toFixed(1), k);
console.log(`wasm-side non-SMAA ms over 6 edits: ${total.toFixed(1)}\n-- self\n${top(self, 30)}\n-- inclusive (crossroads)\n${top(new Map([...incl].filter(([f]) => f.startsWith('crossroads') || f.includes('serde') || f.includes('evaluate'))), 40)}`);
await context.close(); await browser.close(); app.server.close();
