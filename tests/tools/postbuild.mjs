// Trunk post_build hook: writes the hashes of Trunk's inline loader script into the
// Content-Security-Policy of index.html and `_headers`, so the strict policy admits exactly the
// scripts this build ships. Runs with TRUNK_STAGING_DIR set (the final files before they move
// into dist/).

import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('postbuild: TRUNK_STAGING_DIR is not set; run me from Trunk.');
  process.exit(1);
}

const indexPath = join(staging, 'index.html');
let html = await readFile(indexPath, 'utf8');

// Our loader (Trunk.toml `pattern_script`) requests the wasm only after the static shell has
// been painted; Trunk's preload of the wasm would start the download before that paint and put
// it on the largest paint's critical path again. The JS module keeps its modulepreload.
const wasmPreload = /<link rel="preload" href="[^"]+\.wasm"[^>]*>/g;
if (!wasmPreload.test(html)) {
  console.error('postbuild: found no wasm preload to drop; has Trunk changed its output?');
  process.exit(1);
}
html = html.replace(wasmPreload, '');

const hashes = [];
for (const match of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
  if (/type=["']application\/(ld\+)?json["']/.test(match[0])) continue;
  hashes.push(`'sha256-${createHash('sha256').update(match[1], 'utf8').digest('base64')}'`);
}
if (hashes.length === 0) {
  console.error('postbuild: found no inline loader script in index.html');
  process.exit(1);
}

const token = "'loader-hash'";
if (!html.includes(token)) {
  console.error(`postbuild: index.html has no ${token} token in its CSP`);
  process.exit(1);
}
html = html.replace(token, hashes.join(' '));
await writeFile(indexPath, html);

const policy = html.match(/http-equiv="Content-Security-Policy"\s+content="([^"]+)"/)?.[1];
if (!policy) {
  console.error('postbuild: no CSP meta tag in index.html');
  process.exit(1);
}
const headersPath = join(staging, '_headers');
const headers = await readFile(headersPath, 'utf8');
// frame-ancestors only works as a header; embedding in any page is wanted.
await writeFile(headersPath, headers.replace('__CSP__', `${policy}; frame-ancestors *`));

// The service worker caches exactly this build's files, under a version derived from them.
// Folders count too: `locales/` holds the Dutch and French tables (content-hashed), so a visit in
// English still makes the app work offline in every language.
async function walk(dir, prefix = '') {
  const out = [];
  for (const entry of await readdir(join(dir, prefix), { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const name = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await walk(dir, name)));
    else out.push(name);
  }
  return out;
}
const files = (await walk(staging)).filter((f) => !['_headers', 'sw.js'].includes(f)).sort();
const version = createHash('sha256').update(html).update(files.join('\n')).digest('hex').slice(0, 16);
const swPath = join(staging, 'sw.js');
const sw = await readFile(swPath, 'utf8');
await writeFile(swPath, sw.replace('__VERSION__', version).replace('__FILES__', JSON.stringify(files.map((f) => `./${f}`))));
console.log(`postbuild: CSP admits ${hashes.length} inline script(s); service worker ${version} caches ${files.length} files`);
