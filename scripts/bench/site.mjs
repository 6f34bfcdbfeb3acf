// The built site on disk: building it (timed), its pages, their weight and the search index.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** Runs an astro command (as npm run does) and returns how long it took, in ms. */
export function timedAstro(args, env = {}) {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['astro', ...args], { env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(performance.now() - started);
      else reject(new Error(`astro ${args.join(' ')} failed (exit ${code}):\n${output.slice(-3000)}`));
    });
  });
}

/** The pages patients see: the sitemap's, the search page and the 404 page, as paths. */
export function sitePages(dist) {
  const xml = readFileSync(path.join(dist, 'sitemap.xml'), 'utf8');
  const pages = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => new URL(loc).pathname);
  return [...pages, '/search/', '/404.html'];
}

const gzipped = (text) => gzipSync(text, { level: 9 }).length;

/**
 * A page's weight as a host sends it, gzipped: the whole HTML (with its inlined CSS), the
 * inlined CSS on its own, and any linked stylesheets. The budget counts HTML plus linked CSS,
 * as the size test does, so inlined CSS is not counted twice.
 */
export function pageWeight(dist, pagePath) {
  const file = pagePath.endsWith('/') ? path.join(dist, pagePath, 'index.html') : path.join(dist, pagePath);
  const html = readFileSync(file, 'utf8');
  const inlineCss = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map(([, css]) => css).join('\n');
  const linkedCss = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].reduce(
    (sum, [, href]) => sum + gzipped(readFileSync(path.join(dist, href))),
    0,
  );
  const htmlBytes = gzipped(html);
  return { htmlBytes, inlineCssBytes: inlineCss ? gzipped(inlineCss) : 0, linkedCssBytes: linkedCss, totalBytes: htmlBytes + linkedCss };
}

/** The Pagefind index: files and bytes on disk (its chunks are already compressed). */
export function indexSize(dist) {
  const folder = path.join(dist, 'pagefind');
  const files = readdirSync(folder, { recursive: true }).map((name) => path.join(folder, name)).filter((file) => statSync(file).isFile());
  return { files: files.length, bytes: files.reduce((sum, file) => sum + statSync(file).size, 0) };
}

/**
 * The browser editor's folder (dist/admin/): what a practice manager's browser fetches the first
 * time, gzipped as a host sends it. Not a patient page, so not in any page budget. The largest
 * file, Decap CMS's script, is fetched once and then kept by the browser.
 */
export function editorSize(dist, folder = 'admin') {
  const root = path.join(dist, folder);
  const files = readdirSync(root).map((name) => ({ name, raw: statSync(path.join(root, name)).size, gzipped: gzipped(readFileSync(path.join(root, name))) }));
  const total = (key, list = files) => list.reduce((sum, file) => sum + file[key], 0);
  // What opening /admin/ loads: the page, its config and the two scripts; the rest load only when needed.
  const atStart = files.filter(({ name }) => ['index.html', 'config.yml', 'editor.js', 'decap-cms.js'].includes(name));
  return {
    files: files.length,
    rawBytes: total('raw'),
    gzippedBytes: total('gzipped'),
    atStartGzippedBytes: total('gzipped', atStart),
    largest: files.reduce((a, b) => (b.raw > a.raw ? b : a)),
    ownScriptGzippedBytes: files.find(({ name }) => name === 'editor.js')?.gzipped ?? 0,
  };
}
