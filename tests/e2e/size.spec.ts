import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { allPages, sitemapPages } from './site';

/** One first round trip of TCP slow start: ten packets of about 1,460 bytes. */
const BUDGET_BYTES = 14 * 1024;

function distFile(pagePath: string): string {
  return pagePath.endsWith('/') ? path.join('dist', pagePath, 'index.html') : path.join('dist', pagePath);
}

const gzipped = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

/** The one script the site has: "Copy link to this rule" on rule pages, inline and tiny. */
const COPY_LINK_MAX_BYTES = 1024;
const isRulePage = (pagePath: string) => /^\/guidance\/[a-z0-9-]+\/$/.test(pagePath);

for (const pagePath of [...sitemapPages(), '/404.html']) {
  const scripts = isRulePage(pagePath) ? 'only the copy-link script' : 'no script';
  test(`${pagePath}: HTML plus CSS fits in 14 KB gzipped, and ${scripts} is shipped`, () => {
    const html = readFileSync(distFile(pagePath), 'utf8');
    const stylesheets = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map(([, href]) =>
      readFileSync(path.join('dist', href!)),
    );
    const total = gzipped(html) + stylesheets.reduce((sum, css) => sum + gzipped(css), 0);
    expect(total, `${pagePath} is ${total} bytes gzipped`).toBeLessThanOrEqual(BUDGET_BYTES);
    const found = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(found.length, 'every <script> tag is accounted for').toBe(html.match(/<script\b/gi)?.length ?? 0);
    if (!isRulePage(pagePath)) {
      expect(found).toEqual([]);
      return;
    }
    // A module script is deferred: it never holds up the page, and the page works without it.
    expect(found.map(([, attributes]) => attributes!.trim())).toEqual(['type="module"']);
    const [, , code] = found[0]!;
    expect(code).toContain('button[data-copy-link]');
    expect(Buffer.byteLength(code!), 'the copy-link script stays tiny').toBeLessThanOrEqual(COPY_LINK_MAX_BYTES);
  });
}

for (const pagePath of allPages()) {
  test(`${pagePath} loads no JavaScript file and nothing from another site`, async ({ page, baseURL }) => {
    const requests: { url: string; type: string }[] = [];
    page.on('request', (request) => requests.push({ url: request.url(), type: request.resourceType() }));
    await page.goto(pagePath, { waitUntil: 'load' });
    expect(requests.filter(({ type }) => type === 'script')).toEqual([]);
    expect(requests.filter(({ url }) => !url.startsWith(baseURL!) && !url.startsWith('data:'))).toEqual([]);
  });
}
