// Serves the built site as a static host would: gzip for text, index.html for folders, the
// 404 page for anything missing, and an optional base path. The browser tests use it, so what
// they measure (bytes on the wire) matches a real host.
// With --headers, it applies a `_headers` file (as Netlify and Cloudflare Pages do), so the
// tests see the security and caching headers the build wrote for hosts.
// Usage: node scripts/serve.mjs [--dir dist] [--port 4329] [--base /] [--headers dist/_headers]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { HOST_FILE_NAMES } from '../src/security/host-file-names.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.yml': 'text/yaml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.txt', '.yml', '.svg']);
/** Files the build writes for hosts: hosts do not serve them, so neither does this. */
const HOST_FILES = new Set(Object.values(HOST_FILE_NAMES));

/** Reads a `_headers` file into rules: a path pattern, then its indented "Name: value" lines. */
export function parseHeaders(text) {
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: {} });
    else {
      const colon = line.indexOf(':');
      rules.at(-1).headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
    }
  }
  return rules;
}

/**
 * The headers every matching rule gives a path, as Cloudflare Pages applies them: a splat ("*")
 * matches any characters, and a header two rules both set is joined with a comma, so the tests
 * would see a doubled Cache-Control rather than hide it.
 */
export function headersFor(rules, pathname) {
  const matches = (pattern) => new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`).test(pathname);
  const headers = {};
  for (const rule of rules.filter(({ pattern }) => matches(pattern))) {
    for (const [name, value] of Object.entries(rule.headers)) headers[name] = name in headers ? `${headers[name]}, ${value}` : value;
  }
  return headers;
}

export async function serve({ dir = 'dist', port = 4329, base = '/', host = '127.0.0.1', headers: headersFile } = {}) {
  const root = path.resolve(dir);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const rules = headersFile ? parseHeaders(await readFile(headersFile, 'utf8')) : [];

  const send = async (request, response, file, status = 200) => {
    const extension = path.extname(file);
    let body = await readFile(file);
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    const headers = {
      ...(status === 200 ? headersFor(rules, pathname) : headersFor(rules, `${prefix}404.html`)),
      'Content-Type': TYPES[extension] ?? 'application/octet-stream',
      Vary: 'Accept-Encoding',
    };
    if (COMPRESSIBLE.has(extension) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
      body = gzipSync(body, { level: 9 });
      headers['Content-Encoding'] = 'gzip';
    }
    headers['Content-Length'] = body.length;
    response.writeHead(status, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
  };

  const server = createServer(async (request, response) => {
    const notFound = () => send(request, response, path.join(root, '404.html'), 404);
    try {
      const url = new URL(request.url ?? '/', 'http://localhost');
      if (!url.pathname.startsWith(prefix)) return await notFound();
      const relative = decodeURIComponent(url.pathname.slice(prefix.length));
      const file = path.resolve(root, relative);
      if (!file.startsWith(root) || HOST_FILES.has(relative)) return await notFound();
      const info = await stat(file).catch(() => undefined);
      if (info?.isDirectory()) {
        if (!url.pathname.endsWith('/')) {
          response.writeHead(301, { Location: `${url.pathname}/${url.search}` });
          return response.end();
        }
        const index = path.join(file, 'index.html');
        return (await stat(index).catch(() => undefined)) ? await send(request, response, index) : await notFound();
      }
      return info ? await send(request, response, file) : await notFound();
    } catch (error) {
      response.writeHead(500, { 'Content-Type': 'text/plain' });
      response.end(String(error));
    }
  });
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}

// Compared as URLs, so a checkout in a folder with a space ("My Documents") still starts.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string' },
      port: { type: 'string' },
      base: { type: 'string' },
      host: { type: 'string' },
      headers: { type: 'string' },
    },
  });
  const options = { ...values, port: Number(values.port ?? 4329) };
  await serve(options);
  console.log(`Serving ${options.dir ?? 'dist'} at http://${options.host ?? '127.0.0.1'}:${options.port}${options.base ?? '/'}`);
}
