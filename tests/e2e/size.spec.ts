import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { SIZE_BUDGETS } from '../../src/lib/site/size-budgets';
import { allPages, SEARCH_PATH, sitemapPages } from './site';

const kb = (bytes: number) => `${bytes / 1024} KB`;

function distFile(pagePath: string): string {
  return pagePath.endsWith('/') ? path.join('dist', pagePath, 'index.html') : path.join('dist', pagePath);
}

const gzipped = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

/** HTML plus the CSS it links to, gzipped, in bytes. */
function pageWeight(pagePath: string): { total: number; html: string } {
  const html = readFileSync(distFile(pagePath), 'utf8');
  const stylesheets = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map(([, href]) =>
    readFileSync(path.join('dist', href!)),
  );
  return { html, total: gzipped(html) + stylesheets.reduce((sum, css) => sum + gzipped(css), 0) };
}

const isRulePage = (pagePath: string) => /^\/guidance\/[a-z0-9-]+\/$/.test(pagePath);

for (const pagePath of [...sitemapPages(), '/404.html']) {
  const scripts = isRulePage(pagePath) ? 'only the copy-link script' : 'no script';
  test(`${pagePath}: HTML plus CSS fits in ${kb(SIZE_BUDGETS.pageBytes)} gzipped, and ${scripts} is shipped`, () => {
    const { html, total } = pageWeight(pagePath);
    expect(total, `${pagePath} is ${total} bytes gzipped`).toBeLessThanOrEqual(SIZE_BUDGETS.pageBytes);
    const found = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(found.length, 'every <script> tag is accounted for').toBe(html.match(/<script\b/gi)?.length ?? 0);
    if (!isRulePage(pagePath)) {
      expect(found).toEqual([]);
      return;
    }
    // A module script is deferred: it never holds up the page, and the page works without it.
    expect(found.map(([, attributes]) => attributes!.trim())).toEqual(['type="module"']);
    const [, , code] = found[0]!;
    expect(code).toContain('button[data-copy]');
    expect(Buffer.byteLength(code!), 'the copy-link script stays tiny').toBeLessThanOrEqual(SIZE_BUDGETS.inlineScriptBytes);
  });
}

test(`the search page fits in ${kb(SIZE_BUDGETS.pageBytes)} too, and its one script is small`, () => {
  const { html, total } = pageWeight(SEARCH_PATH);
  expect(total, `the search page is ${total} bytes gzipped`).toBeLessThanOrEqual(SIZE_BUDGETS.pageBytes);
  const scripts = [...html.matchAll(/<script\b[^>]*src="([^"]+)"/g)].map(([, src]) => src!);
  expect(scripts).toHaveLength(1);
  expect(gzipped(readFileSync(path.join('dist', scripts[0]!)))).toBeLessThanOrEqual(SIZE_BUDGETS.searchScriptBytes);
});

for (const pagePath of allPages()) {
  test(`${pagePath} loads nothing from another site, and no JavaScript file unless it is the search page`, async ({ page, baseURL }) => {
    const requests: { url: string; type: string }[] = [];
    page.on('request', (request) => requests.push({ url: request.url(), type: request.resourceType() }));
    await page.goto(pagePath, { waitUntil: 'networkidle' });
    const scripts = requests.filter(({ type }) => type === 'script').map(({ url }) => new URL(url).pathname);
    // The search page also starts loading Pagefind's script with the page, for a fast first search.
    if (pagePath === SEARCH_PATH) expect(scripts.sort()).toEqual([expect.stringMatching(/^\/_astro\/search\..+\.js$/), '/pagefind/pagefind.js']);
    else expect(scripts).toEqual([]);
    expect(requests.filter(({ url }) => !url.startsWith(baseURL!) && !url.startsWith('data:'))).toEqual([]);
  });
}
