// Checks a published site the way the tests check nginx, one line per check, PASS or FAIL:
//   npm run verify -- https://guidance.example.nhs.uk/
// It exits with an error if any check fails. For testing only: --ca trusts a test certificate,
// and --http gives the plain-HTTP address when it is not on port 80.
import { createHash, X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import { rootCertificates } from 'node:tls';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Page } from '@playwright/test';
import { PRINTED_SHEETS } from '../src/lib/print/printed-sheets';
import { routes } from '../src/lib/site/routes';
import { everyResponseHeaders, PAGE_HEADERS } from '../src/security/policy';
import { t } from '../src/strings/en';
import { decodeQr } from '../tests/e2e/qr';
import { launchOptions } from './chromium.mjs';

/** The checks, in the order they run and print. */
export const CHECKS = ['sitemap', 'pages', 'https', 'headers', 'policy', 'search', 'poster', 'share image'] as const;
type CheckName = (typeof CHECKS)[number];

interface Response {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** One request, following no redirects, trusting `ca` as well as the usual authorities. */
function get(url: string, ca?: string): Promise<Response> {
  const client = url.startsWith('https:') ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.get(url, { ca: ca ? [...rootCertificates, ca] : undefined, timeout: 20_000 }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
    });
    request.on('timeout', () => request.destroy(new Error(`no answer from ${url} in 20 seconds`)));
    request.on('error', reject);
  });
}

/** Runs the checks against a published site and prints one line for each. Returns the failures. */
export async function verify(address: string, options: { ca?: string; http?: string } = {}): Promise<CheckName[]> {
  const site = new URL(address.endsWith('/') ? address : `${address}/`);
  const ca = options.ca ? readFileSync(options.ca, 'utf8') : undefined;
  const fetch = (url: string) => get(url, ca);
  const failed: CheckName[] = [];
  let pages: string[] = [site.href];
  let browser: Browser | undefined;

  const check = async (name: CheckName, run: () => Promise<string>) => {
    try {
      console.log(`PASS ${name}: ${await run()}`);
    } catch (error) {
      failed.push(name);
      console.log(`FAIL ${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const fail = (message: string): never => {
    throw new Error(message);
  };
  /** "a and 3 more" for a list of addresses. */
  const some = (list: string[]) => `${list[0]}${list.length > 1 ? ` and ${list.length - 1} more` : ''}`;

  try {
    await check('sitemap', async () => {
      const sitemap = await fetch(new URL('sitemap.xml', site).href);
      if (sitemap.status !== 200) fail(`${site.href}sitemap.xml answered ${sitemap.status}`);
      const locs = [...sitemap.body.toString('utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => loc!);
      const elsewhere = locs.filter((loc) => !loc.startsWith(site.href));
      if (locs.length === 0) fail('sitemap.xml lists no pages');
      if (elsewhere.length > 0) fail(`sitemap.xml lists ${some(elsewhere)}, not under ${site.href}: set siteUrl in the facts file and build again`);
      pages = locs;
      return `${locs.length} pages under ${site.href}`;
    });

    const responses = new Map<string, Response>();
    await check('pages', async () => {
      const broken: string[] = [];
      for (const page of pages) {
        const response = await fetch(page);
        responses.set(page, response);
        if (response.status !== 200) broken.push(`${page} (${response.status})`);
      }
      if (broken.length > 0) fail(`${broken.length} of ${pages.length} pages do not open: ${some(broken)}`);
      return `all ${pages.length} answer 200`;
    });

    await check('https', async () => {
      const plain = new URL(options.http ?? site.href.replace(/^https:/, 'http:'));
      plain.pathname = site.pathname;
      const response = await fetch(plain.href);
      const location = response.headers.location ? new URL(response.headers.location, plain) : undefined;
      if (![301, 308].includes(response.status) || !location) fail(`${plain.href} answered ${response.status}, not a permanent redirect to HTTPS`);
      if (location!.protocol !== 'https:' || location!.hostname !== site.hostname || location!.pathname !== site.pathname) {
        fail(`${plain.href} sends visitors to ${location!.href}, not to ${site.href}`);
      }
      return `${plain.href} goes to ${location!.href}`;
    });

    await check('headers', async () => {
      const fixed = { ...everyResponseHeaders(site.pathname), ...PAGE_HEADERS };
      const missing = new Map<string, string[]>();
      const note = (problem: string, page: string) => missing.set(problem, [...(missing.get(problem) ?? []), page]);
      for (const page of pages) {
        const headers = responses.get(page)?.headers ?? (await fetch(page)).headers;
        for (const [name, value] of Object.entries(fixed)) {
          if (headers[name.toLowerCase()] === undefined) note(`${name} is missing`, page);
          else if (headers[name.toLowerCase()] !== value) note(`${name} is "${headers[name.toLowerCase()]}", not "${value}"`, page);
        }
        const csp = String(headers['content-security-policy'] ?? '');
        if (!csp) note('Content-Security-Policy is missing', page);
        else if (!/default-src 'self'/.test(csp) || !/frame-ancestors /.test(csp) || /unsafe-inline/.test(csp)) note('Content-Security-Policy is not the strict one', page);
        if (!headers['cache-control']) note('Cache-Control is missing', page);
      }
      if (missing.size > 0) fail([...missing].map(([problem, on]) => `${problem} on ${some(on)}`).join('; '));
      return `${Object.keys(fixed).length + 2} security and caching headers on all ${pages.length} pages`;
    });

    browser = await chromium.launch({ ...launchOptions(), args: [...launchOptions().args, ...trustArgs(ca)] });
    const context = await browser.newContext();
    const violations: string[] = [];
    await context.exposeFunction('reportViolation', (text: string) => violations.push(text));
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        (window as unknown as { reportViolation(text: string): void }).reportViolation(`${event.violatedDirective} on ${location.pathname}`);
      });
    });
    const page = await context.newPage();

    await check('policy', async () => {
      for (const url of pages) await page.goto(url, { waitUntil: 'networkidle' });
      if (violations.length > 0) fail(`${violations.length} parts blocked: ${some(violations)}`);
      return `no page breaks its Content-Security-Policy (${pages.length} pages in Chromium)`;
    });

    await check('search', async () => {
      const before = violations.length;
      const word = await searchWord(page, pages, site);
      await page.goto(new URL(routes.search.slice(1), site).href);
      await page.getByRole('main').getByRole('searchbox', { name: t.search.label }).fill(word);
      const found = [t.search.client.one, t.search.client.many].map((text) => escape(text).replace('\\{count\\}', '\\d+').replace('\\{query\\}', escape(word)));
      const status = page.getByRole('main').getByRole('status');
      await status.filter({ hasText: new RegExp(`^(${found.join('|')})$`) }).waitFor({ timeout: 20_000 }).catch(async () => fail(`searching for "${word}" says "${await status.textContent()}"`));
      if (violations.length > before) fail(`searching broke the policy: ${some(violations.slice(before))}`);
      return `"${word}": ${await status.textContent()}`;
    });

    await check('poster', async () => {
      const poster = new URL(PRINTED_SHEETS[0]!.path.slice(1), site).href;
      const response = await page.goto(poster);
      if (response?.status() !== 200) fail(`${poster} answered ${response?.status()}`);
      const qr = page.getByRole('img', { name: new RegExp(`^${escape(t.poster.qrLabel(''))}`) });
      if ((await qr.count()) === 0) fail(`${poster} has no QR code`);
      const opens = await decodeQr(qr.first());
      if (opens !== site.href) fail(`the QR code on ${poster} opens ${opens ?? 'nothing a phone can read'}, not ${site.href}`);
      return `the QR code on ${poster} opens ${opens}`;
    });

    await check('share image', async () => {
      await page.goto(site.href);
      const image = await page.locator('meta[property="og:image"]').getAttribute('content');
      if (!image) fail(`${site.href} names no share image`);
      if (!image!.startsWith(site.origin)) fail(`the share image is at ${image}, not on ${site.origin}: set siteUrl in the facts file and build again`);
      const response = await fetch(image!);
      if (response.status !== 200 || response.headers['content-type'] !== 'image/png') fail(`${image} answered ${response.status} (${response.headers['content-type']})`);
      return `${image} (${response.body.length} bytes)`;
    });
  } finally {
    await browser?.close();
  }
  return failed;
}

/** Chromium trusts the test certificate only by its public key's hash, not every certificate. */
function trustArgs(ca?: string): string[] {
  if (!ca) return [];
  const key = new X509Certificate(ca).publicKey.export({ type: 'spki', format: 'der' });
  return [`--ignore-certificate-errors-spki-list=${createHash('sha256').update(key).digest('base64')}`];
}

/** A word to search for: the longest word in a rule page's heading, or the home page's. */
async function searchWord(page: Page, pages: string[], site: URL): Promise<string> {
  const rule = pages.find((url) => new RegExp(`^${escape(site.href)}${escape(routes.guidance.slice(1))}[^/]+/$`).test(url)) ?? site.href;
  await page.goto(rule);
  const heading = (await page.getByRole('heading', { level: 1 }).first().textContent()) ?? '';
  return heading.split(/[^\p{L}]+/u).sort((a, b) => b.length - a.length)[0]!.toLowerCase();
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { ca: { type: 'string' }, http: { type: 'string' } } });
  const [address] = positionals;
  if (!address || !/^https:\/\//.test(address)) {
    console.error('Give the published address, starting https://, for example:\n  npm run verify -- https://guidance.example.nhs.uk/');
    process.exit(2);
  }
  const failed = await verify(address, values);
  console.log(failed.length === 0 ? `All ${CHECKS.length} checks passed.` : `${failed.length} of ${CHECKS.length} checks failed: ${failed.join(', ')}.`);
  process.exit(failed.length === 0 ? 0 : 1);
}
