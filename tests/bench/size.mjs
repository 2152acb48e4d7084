// Prints the first-load transfer of dist/ as a static host serves it (gzip -9), file by file,
// beside the budget of 200 KB. It measures; it does not fail (budget.mjs judges the budget).
// `firstLoadSize` is the measurement itself; budget.mjs reuses it.
import { readdir, readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** What a first visit downloads: the page, its script, wasm, styles and icons (not the service
 *  worker, which installs after the app runs, nor embed.js, which host pages load). */
export const isFirstLoad = (name) => /\.(html|js|wasm|css|svg)$/.test(name) && !['sw.js', 'embed.js'].includes(name);

/** [{ name, raw, gzip }] of dist's first-load files and their total gzip -9 bytes. */
export async function firstLoadSize(dist) {
  const files = [];
  for (const name of (await readdir(dist)).sort()) {
    if (!isFirstLoad(name)) continue;
    const data = await readFile(join(dist, name));
    files.push({ name, raw: data.length, gzip: gzipSync(data, { level: 9 }).length });
  }
  return { files, total: files.reduce((sum, f) => sum + f.gzip, 0) };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { files, total } = await firstLoadSize(process.argv[2] ?? 'dist');
  console.log('file'.padEnd(48), 'raw'.padStart(10), 'gzip -9'.padStart(10));
  for (const f of files) console.log(f.name.padEnd(48), String(f.raw).padStart(10), String(f.gzip).padStart(10));
  console.log(`first-load transfer: ${(total / 1024).toFixed(1)} KB gzip (budget 200 KB)`);
}
