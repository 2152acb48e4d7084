// Prints the first-load transfer of dist/ as a static host serves it (gzip -9), file by file,
// beside the budget of 200 KB. It measures; it does not fail (the size test belongs to the
// performance issue, once the app fits).
import { readdir, readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const dist = process.argv[2] ?? 'dist';
const firstLoad = (name) => /\.(html|js|wasm|css|svg)$/.test(name) && !['sw.js', 'embed.js'].includes(name);
let total = 0;
console.log('file'.padEnd(48), 'raw'.padStart(10), 'gzip -9'.padStart(10));
for (const name of (await readdir(dist)).sort()) {
  if (!firstLoad(name)) continue;
  const data = await readFile(join(dist, name));
  const gz = gzipSync(data, { level: 9 }).length;
  total += gz;
  console.log(name.padEnd(48), String(data.length).padStart(10), String(gz).padStart(10));
}
console.log(`first-load transfer: ${(total / 1024).toFixed(1)} KB gzip (budget 200 KB)`);
