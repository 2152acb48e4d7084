// A small static server that serves a built `dist/` the way a static host does, including the
// headers of its `_headers` file (Netlify / Cloudflare Pages format), so tests see the CSP,
// CORS and other headers that users get.
//
// Usage: node tests/tools/serve.mjs [--root dist] [--base /] [--port 8080] [--host 127.0.0.1]
// As a module: `const server = await serveDist({ root, base, port })`, then `server.close()`.

import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** Parses a `_headers` file into [{ pattern: RegExp, headers: [[name, value]] }]. */
export function parseHeaders(text) {
  const rules = [];
  let current = null;
  for (const raw of text.split(/\r?\n/)) {
    if (!raw.trim() || raw.trim().startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      const glob = raw.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
      current = { pattern: new RegExp(`^${glob}$`), headers: [] };
      rules.push(current);
    } else if (current) {
      const colon = raw.indexOf(':');
      if (colon > 0) current.headers.push([raw.slice(0, colon).trim(), raw.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

/** Starts serving `root` under the URL prefix `base`; resolves to the running http.Server. */
export async function serveDist({ root = 'dist', base = '/', port = 8080, host = '127.0.0.1', extra = {} } = {}) {
  const absRoot = resolve(root);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  let rules = [];
  try {
    rules = parseHeaders(await readFile(join(absRoot, '_headers'), 'utf8'));
  } catch {
    rules = [];
  }
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, `http://${req.headers.host}`);
      if (extra[url.pathname]) {
        const { type, body, headers = {} } = extra[url.pathname];
        res.writeHead(200, { 'Content-Type': type, ...headers });
        res.end(body);
        return;
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405).end();
        return;
      }
      if (url.pathname === prefix.slice(0, -1)) {
        res.writeHead(301, { Location: prefix }).end();
        return;
      }
      if (!url.pathname.startsWith(prefix)) {
        res.writeHead(404).end('not found');
        return;
      }
      let rel = decodeURIComponent(url.pathname.slice(prefix.length)) || 'index.html';
      if (rel.endsWith('/')) rel += 'index.html';
      const file = normalize(join(absRoot, rel));
      if (!file.startsWith(absRoot + sep)) {
        res.writeHead(403).end();
        return;
      }
      const info = await stat(file).catch(() => null);
      if (!info || !info.isFile() || rel === '_headers') {
        res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
        return;
      }
      const headers = { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' };
      const sitePath = `/${rel}`;
      for (const rule of rules) {
        if (rule.pattern.test(sitePath)) for (const [k, v] of rule.headers) headers[k] = v;
      }
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : await readFile(file));
    } catch (err) {
      res.writeHead(500).end(String(err));
    }
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, ok);
  });
  return server;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = Object.fromEntries(
    process.argv.slice(2).reduce((pairs, arg, i, all) => (arg.startsWith('--') ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs), []),
  );
  const port = Number(args.port ?? 8080);
  const host = args.host ?? '127.0.0.1';
  const base = args.base ?? '/';
  await serveDist({ root: args.root ?? 'dist', base, port, host });
  console.log(`Crossroads is served at http://${host}:${port}${base}`);
}
