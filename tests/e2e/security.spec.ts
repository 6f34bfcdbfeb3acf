import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { loadPractice } from '../../src/lib/content/practice-facts';
import { SECURITY_TXT_DAYS } from '../../src/lib/site/security-txt';
import { HOST_FILE_NAMES } from '../../src/security/host-files';
import { CACHING } from '../../src/security/policy';
import { builtPolicy, expectPageHeaders, violationsWhileBrowsing } from './security-checks';
import { allPages } from './site';

const practice = loadPractice();

test('no page breaks the Content-Security-Policy, searching included', async ({ page }) => {
  expect(await violationsWhileBrowsing(page)).toEqual([]);
});

test('every page is sent with a strict policy and the security headers, each once', async ({ request }) => {
  const policy = builtPolicy();
  for (const path of allPages()) expectPageHeaders((await request.get(path)).headersArray(), path, policy);
});

test('hashed files are cached for a year, other files for an hour', async ({ request }) => {
  const html = readFileSync('dist/search/index.html', 'utf8');
  const script = /src="(\/_astro\/[^"]+\.js)"/.exec(html)![1]!;
  expect((await request.get(script)).headers()['cache-control']).toBe(CACHING.hashed);
  expect((await request.get('/pagefind/pagefind.js')).headers()['cache-control']).toBe(CACHING.file);
});

test('the files written for hosts are not served to visitors', async ({ request }) => {
  for (const file of Object.values(HOST_FILE_NAMES).map((name) => `/${name}`)) {
    expect((await request.get(file)).status(), file).toBe(404);
  }
});

test('another site cannot show these pages in a frame', async ({ page, baseURL }) => {
  await page.goto('about:blank');
  await page.setContent(`<iframe src="${baseURL}/" title="framed"></iframe>`);
  await page.locator('iframe').waitFor();
  await page.waitForLoadState('networkidle');
  const frame = page.frames().find((candidate) => candidate !== page.mainFrame())!;
  // Chromium shows its own error page in place of a page that refuses to be framed.
  await expect.poll(() => frame.url()).toMatch(/^chrome-error:/);
  expect(await frame.getByText('Social media guidance').count()).toBe(0);
});

test('security.txt names the surgery’s contact and expires within a year', async ({ request }) => {
  const response = await request.get('/.well-known/security.txt');
  expect(response.status()).toBe(200);
  const text = await response.text();
  expect(text).toContain(`Contact: mailto:${practice.email}`);
  const expires = new Date(/^Expires: (.+)$/m.exec(text)![1]!);
  const days = (expires.getTime() - Date.now()) / 86_400_000;
  expect(days).toBeGreaterThan(SECURITY_TXT_DAYS - 2);
  expect(days).toBeLessThan(365);
});

test('nothing leaves the site: no other origins, no cookies, nothing stored', async ({ page, context, baseURL }) => {
  const elsewhere: string[] = [];
  context.on('request', (request) => {
    if (!request.url().startsWith(baseURL!) && !request.url().startsWith('data:')) elsewhere.push(request.url());
  });
  expect(await violationsWhileBrowsing(page)).toEqual([]);
  expect(elsewhere).toEqual([]);
  expect(await context.cookies()).toEqual([]);
  const stored = await page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    databases: (await indexedDB.databases()).length,
    caches: (await caches.keys()).length,
  }));
  expect(stored).toEqual({ local: 0, session: 0, databases: 0, caches: 0 });
});
