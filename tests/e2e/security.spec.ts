import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { loadPractice } from '../../src/lib/practice-facts';
import { SECURITY_TXT_DAYS } from '../../src/lib/security-txt';
import { allPages, SEARCH_PATH } from './site';

const practice = loadPractice();

/** Records every Content-Security-Policy violation the page reports. */
async function watchForViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation(text: string): void }).reportViolation(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} on ${location.pathname}`,
      );
    });
  });
  return violations;
}

test('no page breaks the Content-Security-Policy, searching included', async ({ page }) => {
  const violations = await watchForViolations(page);
  for (const path of allPages()) await page.goto(path, { waitUntil: 'networkidle' });
  await page.goto(SEARCH_PATH);
  await page.getByRole('main').getByRole('searchbox', { name: 'Search the guidance' }).fill('photo');
  await expect(page.getByRole('main').getByRole('status')).toHaveText(/results? for photo/);
  expect(violations).toEqual([]);
});

test('every page is sent with a strict policy and the security headers', async ({ request }) => {
  for (const path of allPages()) {
    const response = await request.get(path);
    const headers = response.headers();
    const policy = headers['content-security-policy'] ?? '';
    expect(policy, path).toContain("default-src 'self'");
    expect(policy, path).toContain("frame-ancestors 'none'");
    expect(policy, path).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[^']+')*;/);
    expect(policy, path).not.toContain('unsafe-inline');
    expect(headers['strict-transport-security'], path).toMatch(/max-age=\d{8}/);
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy'], path).toMatch(/camera=\(\), microphone=\(\), geolocation=\(\)/);
    expect(headers['cross-origin-opener-policy'], path).toBe('same-origin');
    expect(headers['cross-origin-resource-policy'], path).toBe('same-origin');
    expect(headers['cache-control'], path).toBe('public, max-age=300, must-revalidate');
  }
});

test('hashed files are cached for a year, other files for an hour', async ({ request }) => {
  const html = readFileSync('dist/search/index.html', 'utf8');
  const script = /src="(\/_astro\/[^"]+\.js)"/.exec(html)![1]!;
  expect((await request.get(script)).headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect((await request.get('/pagefind/pagefind.js')).headers()['cache-control']).toBe('public, max-age=3600');
});

test('the files written for hosts are not served to visitors', async ({ request }) => {
  for (const file of ['/_headers', '/_nginx-headers.conf', '/staticwebapp.config.json']) {
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
  for (const path of allPages()) await page.goto(path, { waitUntil: 'networkidle' });
  await page.goto(SEARCH_PATH);
  await page.getByRole('main').getByRole('searchbox', { name: 'Search the guidance' }).fill('review');
  await expect(page.getByRole('main').getByRole('status')).toHaveText(/results? for review/);
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
