/**
 * The browser editor as the published site serves it (dist/, with the host's headers): patients
 * never meet it, and it runs under its own Content-Security-Policy, which stays in its folder.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parse, stringify } from 'yaml';
import { EDITOR_FOLDER } from '../../src/lib/editor/editor-folder';
import { EDITOR_POLICY, pagePolicy } from '../../src/security/policy';
import { t } from '../../src/strings/en';
import { practice } from '../site-content';
import { builtPolicy } from './security-checks';
import { builtHtmlFiles, SEARCH_PATH, sitemapLocs } from './site';

const EDITOR = `/${EDITOR_FOLDER}/`;

test('/admin/ is not for patients: marked noindex, in no sitemap, linked from no page, not in search', async ({ page, request }) => {
  const html = await (await request.get(EDITOR)).text();
  expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
  expect(sitemapLocs().filter((loc) => new URL(loc).pathname.startsWith(EDITOR))).toEqual([]);
  const link = new RegExp(`href="[^"]*${EDITOR}`);
  const linking = builtHtmlFiles().filter((name) => link.test(readFileSync(path.join('dist', name), 'utf8')));
  expect(linking, 'pages that link to the editor').toEqual([]);

  // Pagefind, as the search page uses it: nothing it finds is in the editor's folder.
  await page.goto(SEARCH_PATH);
  const found = await page.evaluate(async (words) => {
    const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
    await pagefind.init();
    const urls: string[] = [];
    for (const word of words) {
      const { results } = await pagefind.search(word);
      for (const result of results) urls.push((await result.data()).url);
    }
    return urls;
  }, ['edit', 'editor', 'guidance', 'javascript', 'admin']);
  expect(found.length).toBeGreaterThan(0);
  expect(found.filter((url) => url.includes(EDITOR))).toEqual([]);
});

/**
 * Opens the editor as a surgery that has set it up sees it (a repository to sign in to; GitHub
 * itself is not reachable here), under the host's policy changed by `change`. Says whether its
 * sign-in showed, and every policy violation the browser reported.
 */
async function openEditor(page: Page, change: (csp: string) => string = (csp) => csp, signInUrl?: string): Promise<{ signIn: boolean; violations: string[] }> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  page.on('pageerror', (error) => {
    if (/Content Security Policy/i.test(error.message)) violations.push(error.message);
  });
  await page.route(`**${EDITOR}`, async (route) => {
    const response = await route.fetch();
    const headers = { ...response.headers(), 'content-security-policy': change(response.headers()['content-security-policy'] ?? '') };
    await route.fulfill({ response, headers, body: (await response.text()).replace('<body>', '<body data-ready>') });
  });
  await page.route(`**${EDITOR}config.yml`, async (route) => {
    const response = await route.fetch();
    const config = parse(await response.text());
    config.backend = { ...config.backend, repo: config.backend.repo ?? 'example-surgery/guidance', ...(signInUrl ? { base_url: signInUrl } : {}) };
    await route.fulfill({ response, body: stringify(config) });
  });
  await page.goto(EDITOR);
  const signIn = page.getByRole('button', { name: 'Login with GitHub' });
  const shown = await signIn.waitFor({ timeout: 15_000 }).then(() => true, () => false);
  return { signIn: shown, violations };
}

test('under its own policy the editor starts, with no policy violation, and the policy stays in its folder', async ({ page, request }) => {
  const headers = (await request.get(EDITOR)).headers();
  expect(headers['content-security-policy']).toBe(pagePolicy(builtPolicy(), EDITOR_POLICY));
  expect(headers['x-content-type-options']).toBe('nosniff');
  // Its sign-in window must be able to answer it; no page patients see lets a window keep that link.
  expect(headers['cross-origin-opener-policy']).toBe('same-origin-allow-popups');
  expect((await request.get('/')).headers()['cross-origin-opener-policy']).toBe('same-origin');
  for (const publicPage of ['/', SEARCH_PATH]) {
    const own = (await request.get(publicPage)).headers()['content-security-policy'] ?? '';
    expect(own, publicPage).not.toMatch(/'unsafe-eval'|'unsafe-inline'|api\.github\.com/);
  }
  expect(await openEditor(page)).toEqual({ signIn: true, violations: [] });
});

// The policy allows nothing the editor does not need: take away either exception and it breaks.
for (const source of ["'unsafe-eval'", "'unsafe-inline'"]) {
  test(`the editor's policy needs ${source}`, async ({ page }) => {
    const { violations } = await openEditor(page, (csp) => csp.replace(` ${source}`, ''));
    expect(violations.length).toBeGreaterThan(0);
  });
}

/**
 * A stand-in for the sign-in service (DEPLOY.md, "The browser editor"): its window does what a real
 * one does once GitHub has said yes, in Decap's words, and hands the editor a token.
 */
const SIGN_IN_WINDOW = `<!doctype html><title>Sign in</title><script>
window.addEventListener('message', function (event) {
  window.opener.postMessage('authorization:github:success:' + JSON.stringify({ token: 'test-token', provider: 'github' }), event.origin);
}, { once: true });
window.opener.postMessage('authorizing:github', '*');
</script>`;

test('signing in: the sign-in window hands the editor its token, past the site\'s opener policy', async ({ page }) => {
  const service = createServer((_, response) => response.writeHead(200, { 'Content-Type': 'text/html' }).end(SIGN_IN_WINDOW));
  await new Promise<void>((resolve) => service.listen(0, '127.0.0.1', resolve));
  const signInUrl = `http://127.0.0.1:${(service.address() as AddressInfo).port}`;
  try {
    // The page is fulfilled by the test, which Chromium counts as public: let it open a window on this computer.
    await page.context().grantPermissions(['local-network-access']);
    // GitHub is not reachable here: its API answers "not found", and the test reads what the editor asks it.
    await page.route('https://api.github.com/**', (route) => route.fulfill({ status: 404, json: { message: 'Not Found' } }));
    expect(await openEditor(page, undefined, signInUrl)).toEqual({ signIn: true, violations: [] });
    const askedGitHub = page.waitForRequest((request) => request.url().startsWith('https://api.github.com/') && (request.headers().authorization ?? '').includes('test-token'));
    await page.getByRole('button', { name: 'Login with GitHub' }).click();
    await askedGitHub;
  } finally {
    service.close();
  }
});

test('until the editor is set up, /admin/ says so in plain words', async ({ page }) => {
  test.skip(Boolean(practice.editorRepository), 'This surgery has set the editor up.');
  await page.goto(EDITOR);
  await expect(page.getByText(t.editor.notSetUp)).toBeVisible();
  await expect(page.getByRole('button', { name: /Login/ })).toHaveCount(0);
});
