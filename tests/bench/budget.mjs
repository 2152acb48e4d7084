// The performance budget of issue #14, measured on the release dist/ and printed as ONE table:
// figure | measured | budget | ok/OVER. Exits 1 when any budget is broken or a figure could not be
// measured. It is the last step of `make bench`; it is never part of `make test`.
//
//   node tests/bench/budget.mjs [dist] [--runs 5] [--lighthouse-runs 3] [--no-lighthouse]
//
// How each figure is taken (Debian's Chromium, headless, via playwright-core like the e2e tests;
// dist/ served with its `_headers` on 127.0.0.1; no throttling except Lighthouse's own):
// - first-load transfer: the files a first visit downloads, gzip -9 (size.mjs).
// - Lighthouse mobile: `lighthouse` 12 CLI, default config (mobile, simulated throttling),
//   performance category only; the median of each figure over the runs.
// - start-up to interactive, with tests/fixtures/large/large.crossroads.json in local storage:
//   from navigation start (performance.timeOrigin) to the first frame after the app has mounted
//   (the app mounts in one task after the static shell's first paint; a MutationObserver sees
//   its navigation arrive, then we wait for the next animation frame and the task after it,
//   i.e. the mounted app painted and the main thread free for input). Taken twice per run: a
//   first visit (fresh profile, nothing cached) and a returning visit (reload: HTTP cache and
//   service worker warm), which is how a person with a workbook in storage arrives.
// - one save: the app saves from a 400 ms debounce timer (src/ui/state.rs, SAVE_DELAY_MS). An
//   init script wraps `window.setTimeout` so that the callback of every 400 ms timer is timed
//   with performance.now(); a callback that wrote `crossroads.workbook` (seen through a wrapped
//   `Storage.prototype.setItem`) is a save: serialise, size check, validate, backup copy, write.
//   Triggered by typing a new income floor on #/goals, with the large workbook loaded.
// - import of the ~1 MB file (tests/fixtures/large/large-1mb.crossroads.json) on #/data: from the
//   input's `change` event to the first frame showing the preview (read, parse, validate,
//   preview), plus from the click on "Replace" to the first frame showing the done banner. The
//   person's think time between the two is not counted.
// - long tasks: Long Tasks API (every task over 50 ms) during a scripted editing session across
//   modules with the large workbook: a story edited on #/experiences, a value card moved, a
//   talent rated, an amount typed on #/goals, the decision session of decision.mjs on the
//   20 × 12 decision, then #/brief, #/report and #/attitudes opened. Judged on the worst run.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir, cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveDist } from '../tools/serve.mjs';
import { startApp, launchBrowser, waitForApp } from '../e2e/support.mjs';
import { firstLoadSize } from './size.mjs';
import { editDecision, smaaDone } from './decision.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const LARGE_DIR = join(HERE, '..', 'fixtures', 'large');
const LARGE = join(LARGE_DIR, 'large.crossroads.json');
const LARGE_1MB = join(LARGE_DIR, 'large-1mb.crossroads.json');
const LIGHTHOUSE = join(HERE, '..', 'node_modules', '.bin', 'lighthouse');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

const argv = process.argv.slice(2);
const WITH_VALUE = ['--runs', '--lighthouse-runs'];
const flag = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 ? Number(argv[i + 1]) : fallback;
};
const root = resolve(argv.find((a, i) => !a.startsWith('--') && !WITH_VALUE.includes(argv[i - 1])) ?? 'dist');
const RUNS = flag('--runs', 5);
const LH_RUNS = flag('--lighthouse-runs', 3);
const SKIP_LH = argv.includes('--no-lighthouse');

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const ms = (x) => `${x.toFixed(x < 10 ? 1 : 0)} ms`;
const log = (...a) => console.log('  ', ...a);

/** Runs in every page before its scripts: the hooks every measurement reads from `__bench`. */
function instrument(seed) {
  const B = (window.__bench = { started: null, mountedAtStart: false, interactive: null, saves: [], long: [], events: [],
    inSave: false, writes: [], change: null, replaceClick: null, steps: [] });
  try {
    if (seed !== null && localStorage.getItem('crossroads.workbook') === null) localStorage.setItem('crossroads.workbook', seed);
  } catch { /* about:blank has no storage */ }
  const afterPaint = () => new Promise((done) => requestAnimationFrame(() => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => done(performance.now());
    ch.port2.postMessage(null);
  }));
  window.__afterPaint = afterPaint;
  // The app mounts in the first task after the static shell has been painted (src/ui/app.rs):
  // the moment its navigation is in the DOM is "mounted"; the frame after it, "interactive".
  const mounted = new MutationObserver(() => {
    if (document.querySelector('nav .nav-list a') === null) return;
    mounted.disconnect();
    B.started = performance.now();
    B.mountedAtStart = true;
    afterPaint().then((t) => { B.interactive = t; });
  });
  mounted.observe(document, { childList: true, subtree: true });
  /** Resolves when `selector` matches: { which, dom (ms), paint (ms, the frame after) }. */
  window.__whenPresent = (selector) => new Promise((done) => {
    const check = () => {
      const el = document.querySelector(selector);
      if (!el) return false;
      const dom = performance.now();
      afterPaint().then((paint) => done({ which: el.getAttribute('data-testid'), text: el.innerText, dom, paint }));
      return true;
    };
    if (check()) return;
    const mo = new MutationObserver(() => { if (check()) mo.disconnect(); });
    mo.observe(document, { childList: true, subtree: true });
  });
  addEventListener('change', (e) => { if (e.target?.dataset?.testid === 'import-file') B.change = performance.now(); }, true);
  addEventListener('click', (e) => { if (e.target?.closest?.('[data-testid=import-replace]')) B.replaceClick = performance.now(); }, true);
  // Saves: the app's debounce timer is 400 ms; time its callbacks, keep those that wrote the workbook.
  const setTimeoutOrig = window.setTimeout;
  window.setTimeout = function (fn, delay, ...rest) {
    if (delay !== 400 || typeof fn !== 'function') return setTimeoutOrig.call(this, fn, delay, ...rest);
    const timed = function (...args) {
      B.inSave = true;
      B.writes = [];
      const t0 = performance.now();
      try {
        return fn.apply(this, args);
      } finally {
        const total = performance.now() - t0;
        B.inSave = false;
        if (B.writes.some((w) => w.key === 'crossroads.workbook')) B.saves.push({ total, writes: B.writes });
      }
    };
    return setTimeoutOrig.call(this, timed, delay, ...rest);
  };
  const setItemOrig = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key, value) {
    const t0 = performance.now();
    try {
      return setItemOrig.call(this, key, value);
    } finally {
      if (B.inSave) B.writes.push({ key, ms: performance.now() - t0, chars: String(value).length });
    }
  };
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) B.long.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) B.events.push({ start: e.startTime, duration: e.duration, name: e.name });
    }).observe({ type: 'event', durationThreshold: 16 });
  } catch { /* older browsers */ }
}

async function newPage(browser, seed) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (err) => errors.push(`page error: ${err.message}`));
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(`console error: ${msg.text()}`); });
  await page.addInitScript(instrument, seed);
  return { context, page, errors };
}

const bench = (page) => page.evaluate(() => {
  const { started, mountedAtStart, interactive, saves, long, events, change, replaceClick, steps } = window.__bench;
  return { started, mountedAtStart, interactive, saves, long, events, change, replaceClick, steps };
});

/** Waits until `interactive` is recorded and the app (with the stored workbook) is up. */
async function startupFigures(page) {
  await page.waitForFunction(() => window.__bench?.interactive !== null, null, { timeout: 30000 });
  await waitForApp(page);
  const b = await bench(page);
  const nav = await page.evaluate(() => {
    const n = performance.getEntriesByType('navigation')[0];
    const wasm = performance.getEntriesByType('resource').find((r) => r.name.endsWith('.wasm'));
    return { dcl: n?.domContentLoadedEventEnd ?? null, wasmEnd: wasm ? wasm.responseEnd : null, wasmTransfer: wasm?.transferSize ?? null,
      unreadable: localStorage.getItem('crossroads.workbook.unreadable') !== null };
  });
  if (!b.mountedAtStart) throw new Error('the app never mounted its navigation');
  if (nav.unreadable) throw new Error('the stored large workbook was not readable at start-up');
  return { interactive: b.interactive, started: b.started, ...nav };
}

async function measureStartup(browser, app, seed) {
  const cold = [];
  const warm = [];
  for (let run = 1; run <= RUNS; run += 1) {
    const { context, page, errors } = await newPage(browser, seed);
    await page.goto(app.url);
    const c = await startupFigures(page);
    // The service worker caches the app's files after the first visit; let it finish.
    await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 15000 })
      .catch(async () => { await page.reload(); await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 15000 }); });
    await page.waitForTimeout(300);
    await page.reload();
    const w = await startupFigures(page);
    if (errors.length) throw new Error(errors.join('; '));
    cold.push(c.interactive);
    warm.push(w.interactive);
    log(`start-up run ${run}: first visit ${ms(c.interactive)} (wasm fetched by ${ms(c.wasmEnd ?? 0)}, mounted ${ms(c.started)}), `
      + `returning visit ${ms(w.interactive)} (wasm ready ${ms(w.wasmEnd ?? 0)}, ${w.wasmTransfer ?? '?'} bytes over the network, mounted ${ms(w.started)})`);
    await context.close();
  }
  return { cold, warm };
}

async function measureSaves(browser, app, seed) {
  const saves = [];
  for (let run = 1; run <= RUNS; run += 1) {
    const { context, page, errors } = await newPage(browser, seed);
    await page.goto(`${app.url}#/goals`);
    await waitForApp(page);
    const input = page.locator('#constraint-income');
    await input.waitFor();
    for (let k = 0; k < 3; k += 1) {
      const before = (await bench(page)).saves.length;
      await input.fill(String(3500 + 100 * k + run));
      await input.press('Tab');
      await page.waitForFunction((n) => window.__bench.saves.length > n, before, { timeout: 5000 });
    }
    const got = (await bench(page)).saves;
    if (errors.length) throw new Error(errors.join('; '));
    for (const s of got) saves.push(s.total);
    log(`saves run ${run}: ${got.map((s) => `${ms(s.total)} (setItem ${s.writes.map((w) => `${w.key} ${w.chars} chars ${ms(w.ms)}`).join(', ')})`).join('; ')}`);
    await context.close();
  }
  return saves;
}

async function importFile(page, file) {
  const preview = page.evaluate(() => window.__whenPresent('[data-testid=import-preview], [data-testid=import-error]'));
  await page.setInputFiles('[data-testid=import-file]', file);
  const p = await preview;
  if (p.which !== 'import-preview') throw new Error(`${file} was refused on import: ${p.text}`);
  const done = page.evaluate(() => window.__whenPresent('[data-testid=import-done]'));
  await page.locator('[data-testid=import-replace]').click();
  const d = await done;
  const b = await bench(page);
  return { preview: p.paint - b.change, replace: d.paint - b.replaceClick };
}

async function measureImport(browser, app) {
  // Both large files must import without an error (the preview appears, then "done").
  const { context: c0, page: p0, errors: e0 } = await newPage(browser, null);
  await p0.goto(`${app.url}#/data`);
  await waitForApp(p0);
  await importFile(p0, LARGE);
  if (e0.length) throw new Error(e0.join('; '));
  await c0.close();
  const bytes = (await readFile(LARGE_1MB)).length;
  const totals = [];
  for (let run = 1; run <= RUNS; run += 1) {
    const { context, page, errors } = await newPage(browser, null);
    await page.goto(`${app.url}#/data`);
    await waitForApp(page);
    await page.locator('[data-testid=import-file]').waitFor({ state: 'attached' });
    const r = await importFile(page, LARGE_1MB);
    if (errors.length) throw new Error(errors.join('; '));
    totals.push(r.preview + r.replace);
    log(`import run ${run}: ${bytes} bytes, pick → preview ${ms(r.preview)}, replace → done ${ms(r.replace)}`);
    await context.close();
  }
  return { totals, bytes };
}

const hex = (key) => Buffer.from(key, 'utf8').toString('hex');

/** The editing session across modules, with the large workbook in storage. */
async function editingSession(page, app) {
  const mark = (label) => page.evaluate((l) => window.__bench.steps.push({ label: l, at: performance.now() }), label);
  await mark('experiences');
  await page.goto(`${app.url}#/experiences`);
  await waitForApp(page);
  await page.locator('#exp-e5-edit').click();
  const did = page.locator('#exp-e5-f-did');
  await did.click();
  await did.press('End');
  await page.keyboard.type(' And then we did it again.', { delay: 20 });
  await page.locator('#exp-e5-f-title').fill('Ran the onboarding programme twice');
  await page.getByRole('button', { name: 'Done' }).click();
  await page.locator('[data-testid=experience-form]').waitFor({ state: 'detached' });

  await mark('values');
  await page.goto(`${app.url}#/values`);
  await page.locator(`#value-${hex('security')}-im`).click();
  await page.locator(`#value-${hex('teamwork')}-vi`).click();

  await mark('talents');
  await page.goto(`${app.url}#/talents`);
  await page.locator(`#talent-${hex('analysing')}-prof-4`).check();
  await page.locator(`#talent-${hex('coaching')}-enj-5`).check();

  await mark('goals');
  await page.goto(`${app.url}#/goals`);
  const income = page.locator('#constraint-income');
  await income.fill('3650');
  await income.press('Tab');

  await mark('decision (open)');
  await page.goto(`${app.url}#/decision`);
  await page.locator('main h1').waitFor();
  await smaaDone(page);
  await mark('decision (editing session)');
  await editDecision(page, { moveUp: 'Recognition' });

  for (const route of ['brief', 'report', 'attitudes']) {
    await mark(route);
    await page.goto(`${app.url}#/${route}`);
    await page.locator('main h1').waitFor();
  }
  await page.waitForTimeout(600); // the last save (400 ms debounce) falls inside the session
}

async function measureLongTasks(browser, app, seed) {
  const worstPerRun = [];
  let allTasks = [];
  for (let run = 1; run <= RUNS; run += 1) {
    const { context, page, errors } = await newPage(browser, seed);
    await page.goto(app.url);
    await waitForApp(page);
    await page.waitForTimeout(500);
    const from = await page.evaluate(() => performance.now());
    await editingSession(page, app);
    const b = await bench(page);
    if (errors.length) throw new Error(errors.join('; '));
    const inSession = b.long.filter((t) => t.start >= from);
    const tasks = inSession.map((t) => Math.round(t.duration));
    const where = {};
    for (const t of inSession) {
      const label = b.steps.filter((st) => st.at <= t.start).pop()?.label ?? 'start';
      (where[label] ??= []).push(Math.round(t.duration));
    }
    const slowestEvent = b.events.filter((e) => e.start >= from).reduce((m, e) => Math.max(m, e.duration), 0);
    worstPerRun.push(tasks.length ? Math.max(...tasks) : 0);
    allTasks = allTasks.concat(tasks);
    log(`editing session run ${run}: ${tasks.length} tasks over 50 ms; by step: ${Object.entries(where).map(([k, v]) => `${k} ${JSON.stringify(v)}`).join(', ') || 'none'}; `
      + `slowest input-to-paint ${Math.round(slowestEvent)} ms`);
    await context.close();
  }
  return { worstPerRun, count: allTasks.length };
}

function runLighthouse(url, out) {
  return new Promise((done, fail) => {
    const child = spawn(LIGHTHOUSE, [url, '--only-categories=performance', '--output=json', `--output-path=${out}`,
      '--quiet', '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage'],
    { env: { ...process.env, CHROME_PATH: CHROMIUM }, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => { err += d; });
    const timer = setTimeout(() => child.kill('SIGTERM'), 240000);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) done(); else fail(new Error(`lighthouse exited ${code}: ${err.slice(-800)}`));
    });
  });
}

async function measureLighthouse() {
  const server = await serveDist({ root, base: '/', port: 0 });
  const url = `http://127.0.0.1:${server.address().port}/`;
  const dir = await mkdtemp(join(tmpdir(), 'crossroads-lh-'));
  const runs = [];
  try {
    for (let run = 1; run <= LH_RUNS; run += 1) {
      const out = join(dir, `run${run}.json`);
      await runLighthouse(url, out);
      const lhr = JSON.parse(await readFile(out, 'utf8'));
      if (lhr.runtimeError) throw new Error(`lighthouse: ${lhr.runtimeError.message}`);
      const a = lhr.audits;
      const r = {
        score: Math.round(lhr.categories.performance.score * 100),
        tbt: a['total-blocking-time'].numericValue,
        cls: a['cumulative-layout-shift'].numericValue,
        lcp: a['largest-contentful-paint'].numericValue,
        fcp: a['first-contentful-paint'].numericValue,
        si: a['speed-index'].numericValue,
        benchmarkIndex: lhr.environment?.benchmarkIndex,
      };
      runs.push(r);
      log(`lighthouse run ${run}: performance ${r.score}, TBT ${Math.round(r.tbt)} ms, CLS ${r.cls.toFixed(3)}, LCP ${(r.lcp / 1000).toFixed(2)} s, `
        + `FCP ${(r.fcp / 1000).toFixed(2)} s, speed index ${(r.si / 1000).toFixed(2)} s (benchmarkIndex ${Math.round(r.benchmarkIndex)}${lhr.runWarnings?.length ? `; warnings: ${lhr.runWarnings.join(' | ')}` : ''})`);
    }
  } finally {
    server.close();
    await rm(dir, { recursive: true, force: true });
  }
  return {
    score: median(runs.map((r) => r.score)), tbt: median(runs.map((r) => r.tbt)),
    cls: median(runs.map((r) => r.cls)), lcp: median(runs.map((r) => r.lcp)),
  };
}

// ---------------------------------------------------------------------------------------------
const rows = [];
/** One row of the table; `ok` null means the figure could not be measured (counts as broken). */
const row = (figure, measured, budget, ok) => rows.push({ figure, measured, budget, ok });

async function step(name, fn) {
  console.log(`${name}…`);
  try {
    await fn();
  } catch (err) {
    console.log(`   could not measure ${name}: ${err.stack ?? err}`);
    row(name, 'not measured', '—', null);
  }
}

console.log(`budget.mjs: ${root}; ${RUNS} runs per timing, ${SKIP_LH ? 'no' : LH_RUNS} Lighthouse runs; `
  + `${cpus().length} CPUs, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);

await step('first-load transfer', async () => {
  const { files, total } = await firstLoadSize(root);
  log(files.map((f) => `${f.name} ${(f.gzip / 1024).toFixed(1)} KB`).join(', '));
  row('first-load transfer (HTML, JS, wasm, CSS, icon; gzip -9)', `${(total / 1024).toFixed(1)} KB`, '≤ 200 KB', total <= 200 * 1024);
});

if (!SKIP_LH) {
  await step('Lighthouse mobile', async () => {
    const lh = await measureLighthouse();
    const n = `median of ${LH_RUNS}`;
    row('Lighthouse mobile: performance score', `${lh.score} (${n})`, '≥ 95', lh.score >= 95);
    row('Lighthouse mobile: total blocking time', `${Math.round(lh.tbt)} ms`, '≤ 100 ms', lh.tbt <= 100);
    row('Lighthouse mobile: cumulative layout shift', lh.cls.toFixed(3), '≤ 0.02', lh.cls <= 0.02);
    row('Lighthouse mobile: largest contentful paint', `${(lh.lcp / 1000).toFixed(2)} s`, '≤ 2.0 s', lh.lcp <= 2000);
  });
}

const seed = JSON.stringify(JSON.parse(await readFile(LARGE, 'utf8'))); // stored as the app stores it: compact
const app = await startApp({ root });
const browser = await launchBrowser();
const chromiumVersion = browser.version();
try {
  await step('start-up to interactive', async () => {
    const { cold, warm } = await measureStartup(browser, app, seed);
    row('start-up to interactive, large workbook, returning visit', `${ms(median(warm))} (median of ${warm.length})`, '≤ 300 ms', median(warm) <= 300);
    row('start-up to interactive, large workbook, first visit', `${ms(median(cold))} (median of ${cold.length})`, '≤ 300 ms', median(cold) <= 300);
  });
  await step('one save', async () => {
    const saves = await measureSaves(browser, app, seed);
    row('one save, large workbook', `${ms(median(saves))} (median of ${saves.length}, worst ${ms(Math.max(...saves))})`, '≤ 5 ms', median(saves) <= 5);
  });
  await step('import of the ~1 MB file', async () => {
    const { totals, bytes } = await measureImport(browser, app);
    row(`import of a ${(bytes / 1e6).toFixed(2)} MB file (pick → preview + replace → done)`, `${ms(median(totals))} (median of ${totals.length})`, '≤ 100 ms', median(totals) <= 100);
  });
  await step('long tasks while editing', async () => {
    const { worstPerRun, count } = await measureLongTasks(browser, app, seed);
    const worst = Math.max(...worstPerRun);
    const measured = worst === 0 ? `none over 50 ms (${worstPerRun.length} runs)`
      : `worst ${worst} ms; ${count} tasks over 50 ms in ${worstPerRun.length} runs (median run's worst ${Math.round(median(worstPerRun))} ms)`;
    row('longest main-thread task, editing session across modules', measured, '≤ 50 ms', worst <= 50);
  });
} finally {
  await browser.close();
  app.server.close();
}

const broken = rows.filter((r) => r.ok !== true);
const cell = (r) => (r.ok === true ? 'ok' : r.ok === false ? 'OVER' : 'ERROR');
const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => [r.figure, r.measured, r.budget][i].length), ['figure', 'measured', 'budget'][i].length));
const line = (cols) => `| ${cols.map((c, i) => c.padEnd(widths[i] ?? 7)).join(' | ')} |`;
console.log('');
console.log(`Performance budget (issue #14), ${new Date().toISOString()}, ${cpus().length} × ${cpus()[0]?.model?.trim() ?? 'CPU'}, Chromium ${chromiumVersion}`);
console.log('');
console.log(line(['figure', 'measured', 'budget', 'ok/OVER']));
console.log(line(widths.map((w) => '-'.repeat(w)).concat(['-------'])));
for (const r of rows) console.log(line([r.figure, r.measured, r.budget, cell(r)]));
console.log('');
console.log(broken.length ? `${broken.length} of ${rows.length} figures break the budget or were not measured.` : `All ${rows.length} figures within budget.`);
process.exit(broken.length ? 1 : 0);
