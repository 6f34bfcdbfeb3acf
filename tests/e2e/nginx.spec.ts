/**
 * The site as DEPLOY.md publishes it: a real nginx running DEPLOY.md's server blocks word for
 * word (scripts/nginx-site.mjs, started by playwright.config.ts), over TLS with a test certificate.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { nginxTest, writeNginxConfig } from '../../scripts/nginx-site.mjs';
import { testPorts } from '../../scripts/test-ports.mjs';
import { loadPractice } from '../../src/lib/content/practice-facts';
import { HOST_FILE_NAMES } from '../../src/security/host-files';
import { builtSite, hostFiles } from '../../src/security/integration';
import { CACHING } from '../../src/security/policy';
import { t } from '../../src/strings/en';
import { withGeneratedRules } from '../fixtures/scaled-site';
import { builtPolicy, expectPageHeaders, violationsWhileBrowsing } from './security-checks';
import { sitemapPages } from './site';

const { nginxHost, nginxHttp, nginxHttps } = testPorts();
const origin = `https://${nginxHost}:${nginxHttps}`;
test.use({ baseURL: origin, ignoreHTTPSErrors: true });

test('every page answers 200 with the policy and the security headers, each once', async ({ request }) => {
  const policy = builtPolicy();
  for (const path of sitemapPages()) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expectPageHeaders(response.headersArray(), path, policy);
  }
});

test('a missing page answers 404 with the site’s 404 page and its headers', async ({ request }) => {
  const response = await request.get('/definitely-missing/');
  expect(response.status()).toBe(404);
  expect(await response.text()).toContain(t.notFound.title);
  expectPageHeaders(response.headersArray(), '/definitely-missing/', builtPolicy());
});

test('plain HTTP sends visitors to the same address on HTTPS', async ({ request }) => {
  const response = await request.get(`http://${nginxHost}:${nginxHttp}/guidance/?from=poster`, { maxRedirects: 0 });
  expect(response.status()).toBe(301);
  expect(response.headers().location).toBe(`https://${nginxHost}/guidance/?from=poster`);
});

/** One file of each type the site has, the largest, so every type the site serves is tried. */
function oneFileOfEachType(): string[] {
  const largest = new Map<string, { file: string; size: number }>();
  for (const file of readdirSync('dist', { recursive: true, encoding: 'utf8' })) {
    const size = statSync(path.join('dist', file)).size;
    const type = path.extname(file);
    if (!type || Object.values(HOST_FILE_NAMES).includes(path.basename(file) as never)) continue;
    if (size > (largest.get(type)?.size ?? -1)) largest.set(type, { file, size });
  }
  return [...largest.values()].map(({ file }) => `/${file.split(path.sep).join('/')}`);
}

test('every kind of text the site sends is compressed', async ({ request }) => {
  const text = /^(text\/|application\/(javascript|json|xml|manifest\+json)|image\/svg\+xml)/;
  const checked: string[] = [];
  for (const file of oneFileOfEachType()) {
    const response = await request.get(file, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(response.status(), file).toBe(200);
    const type = response.headers()['content-type'] ?? '';
    if (!text.test(type)) continue;
    checked.push(`${file} (${type})`);
    expect(response.headers()['content-encoding'], `${file} is ${type}`).toBe('gzip');
  }
  console.log(`Compressed by nginx: ${checked.join(', ')}`);
  for (const type of ['.html', '.js', '.json', '.xml', '.txt', '.css']) expect(checked.join(), type).toContain(type);
});

test('files whose names carry a hash are kept a year, other files an hour', async ({ request }) => {
  const script = /src="(\/_astro\/[^"]+\.js)"/.exec(readFileSync('dist/search/index.html', 'utf8'))![1]!;
  for (const [file, cache] of [
    [script, CACHING.hashed],
    ['/pagefind/pagefind.js', CACHING.file],
    ['/sitemap.xml', CACHING.file],
  ] as const) {
    expect((await request.get(file)).headersArray().filter(({ name }) => name.toLowerCase() === 'cache-control'), file).toEqual([
      { name: 'Cache-Control', value: cache },
    ]);
  }
});

test('the files written for hosts are not served', async ({ request }) => {
  for (const name of Object.values(HOST_FILE_NAMES)) expect((await request.get(`/${name}`)).status(), name).toBe(404);
});

test('search finds results, and no page breaks the policy', async ({ page }) => {
  expect(await violationsWhileBrowsing(page)).toEqual([]);
});

test('nginx -t accepts DEPLOY.md’s configuration with the header file for 800 rules', () => {
  const dir = path.join(test.info().outputDir, 'site-800');
  mkdirSync(dir, { recursive: true });
  const files = hostFiles(withGeneratedRules(builtSite('dist'), 800), { base: '/', embedOrigin: loadPractice().embedOrigin });
  writeFileSync(path.join(dir, HOST_FILE_NAMES.nginx), files[HOST_FILE_NAMES.nginx]);
  const config = writeNginxConfig({ dist: dir, host: nginxHost, httpPort: nginxHttp, httpsPort: nginxHttps });
  const result = nginxTest(config);
  rmSync(config.dir, { recursive: true, force: true });
  expect(result.output).toContain('test is successful');
  expect(result.ok).toBe(true);
});
