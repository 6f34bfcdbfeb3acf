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

for (const pagePath of [...sitemapPages(), '/404.html']) {
  test(`${pagePath}: HTML plus CSS fits in 14 KB gzipped, and no script is shipped`, () => {
    const html = readFileSync(distFile(pagePath), 'utf8');
    const stylesheets = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map(([, href]) =>
      readFileSync(path.join('dist', href!)),
    );
    const total = gzipped(html) + stylesheets.reduce((sum, css) => sum + gzipped(css), 0);
    expect(total, `${pagePath} is ${total} bytes gzipped`).toBeLessThanOrEqual(BUDGET_BYTES);
    expect(html).not.toMatch(/<script\b/i);
  });
}

for (const pagePath of allPages()) {
  test(`${pagePath} loads no JavaScript and nothing from another site`, async ({ page, baseURL }) => {
    const requests: { url: string; type: string }[] = [];
    page.on('request', (request) => requests.push({ url: request.url(), type: request.resourceType() }));
    await page.goto(pagePath, { waitUntil: 'load' });
    expect(requests.filter(({ type }) => type === 'script')).toEqual([]);
    expect(requests.filter(({ url }) => !url.startsWith(baseURL!) && !url.startsWith('data:'))).toEqual([]);
  });
}
