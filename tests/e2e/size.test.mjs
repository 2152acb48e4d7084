// The first-load size of the shipped dist/ (sizes are deterministic, so they belong in
// `make test`; timings stay in `make bench`).
//
// Issue #14's budget is 200 KB gzip -9 for everything the first page needs. The app is far over
// it (README "Performance": 803 KB, nearly all of it the wasm), so this test cannot yet hold the
// budget itself. It holds a ceiling instead: the measured size plus a small margin, so the first
// load never grows unnoticed. Lower CEILING_KB whenever the app shrinks; when it reaches 200,
// the ceiling is the budget. Raise it only on purpose, saying why here:
// - 830 KB (27 Nov 2026): measured 803.4 KB.
// - 845 KB (27 Nov 2026): translated validation problems and error disclosures (#15), chunked
//   page mounting and per-item signals (#14), the phone menu and chart label placement brought
//   the first load to 832.8 KB.
// - 793 KB (28 Nov 2026): the Dutch and French catalogues left the wasm and became data fetched
//   when chosen (public/locales/, src/i18n/locales.rs): measured 788.0 KB (834.3 KB before, same
//   tree otherwise). An English first visit never fetches them (locales.test.mjs), so they are
//   not counted here; the third test below checks they stay out of index.html and prints what a
//   first visit in Dutch or French adds.
// - 805 KB (28 Nov 2026): one shared stable sort (src/domain/sort.rs) and one compiled copy of the
//   file's Serialize impls (pretty output re-indents the compact text) cut the wasm's code:
//   measured 799.5 KB.
// - 760 KB (28 Nov 2026): both of the above together: measured 754.0 KB.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { firstLoadSize, isFirstLoad } from '../bench/size.mjs';
import { DIST } from './support.mjs';

const BUDGET_KB = 200;
const CEILING_KB = 760;

test(`the first load of dist/ stays under its ${CEILING_KB} KB ceiling (budget ${BUDGET_KB} KB, gzip -9)`, async () => {
  const { files, total } = await firstLoadSize(DIST);
  const kb = total / 1024;
  const table = files.map((f) => `${f.name}: ${f.raw} B raw, ${f.gzip} B gzip`).join('\n');
  console.log(`first load: ${kb.toFixed(1)} KB gzip -9 (ceiling ${CEILING_KB} KB, budget ${BUDGET_KB} KB)\n${table}`);
  assert.ok(files.some((f) => f.name.endsWith('.wasm')), `no wasm in ${DIST}: is it built?`);
  assert.ok(files.some((f) => f.name === 'index.html'), 'no index.html counted');
  assert.ok(kb <= CEILING_KB, `the first load grew to ${kb.toFixed(1)} KB, over the ${CEILING_KB} KB ceiling:\n${table}`);
});

test('the size counts every file the first page references', async () => {
  const html = await readFile(join(DIST, 'index.html'), 'utf8');
  const referenced = [...html.matchAll(/(?:href|src)="\.?\/?([^"?#]+)"/g)].map((m) => m[1]);
  assert.ok(referenced.length >= 3, `too few references found in index.html: ${referenced}`);
  const { files } = await firstLoadSize(DIST);
  const counted = new Set(files.map((f) => f.name));
  for (const name of referenced) {
    if (!isFirstLoad(name)) continue;
    assert.ok(counted.has(name), `${name} is referenced by index.html but not counted`);
  }
  for (const name of referenced.filter((n) => /\.(wasm|js|css)$/.test(n))) {
    assert.ok(isFirstLoad(name), `${name} is loaded by the first page but excluded from the size`);
  }
});

test('the Dutch and French tables ship beside the app, outside the first load', async () => {
  // The wasm holds English only; nl/fr are fetched when chosen (locales.test.mjs proves an
  // English first visit requests neither). A visit in Dutch or French pays for its table too:
  // printed here, not hidden.
  const names = (await readdir(join(DIST, 'locales'))).sort();
  assert.deepEqual(names.map((n) => n.replace(/\.[0-9a-f]{16}\./, '.#.')), ['fr.#.json', 'nl.#.json'], `dist/locales: ${names}`);
  const html = await readFile(join(DIST, 'index.html'), 'utf8');
  const { files, total } = await firstLoadSize(DIST);
  for (const name of names) {
    assert.ok(!html.includes(name), `index.html references ${name}: then it belongs to the first load`);
    assert.ok(!files.some((f) => f.name.includes(name)), `${name} is counted in the first load`);
    const data = await readFile(join(DIST, 'locales', name));
    const gzip = gzipSync(data, { level: 9 }).length;
    console.log(`locales/${name}: ${data.length} B raw, ${gzip} B gzip; a first visit in ${name.slice(0, 2)}: ${((total + gzip) / 1024).toFixed(1)} KB`);
  }
});
