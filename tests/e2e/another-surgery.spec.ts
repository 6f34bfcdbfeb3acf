/**
 * One build proves two things: another surgery's content folder (the Riverside example) builds
 * with no code changes and carries none of the facts in content/, and the site works served
 * under a folder of a practice website (Astro's base), with links, assets, search, the sitemap,
 * share tags and the QR code. Expectations come from each folder's own content.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { serve } from '../../scripts/serve.mjs';
import { loadPractice } from '../../src/lib/content/practice-facts';
import { readMdxFolder } from '../../src/lib/content/validate-content';
import { changesByDay, loadChangelog } from '../../src/lib/content/changelog';
import { formatDate } from '../../src/lib/site/dates';
import { routes } from '../../src/lib/site/routes';
import { practiceFacts } from '../practice-facts';
import { shareImagePng } from '../../src/lib/site/share-image';
import { t } from '../../src/strings/en';
import { builtText } from './built-text';
import { decodeQr } from './qr';

const run = promisify(execFile);
const CONTENT = 'examples/riverside';
const BASE = '/policies/social-media/';
const riverside = loadPractice(path.resolve(CONTENT));
const own = loadPractice(path.resolve('content'));
/** Where Riverside's site is published: its siteUrl, under the base. */
const PUBLISHED = `${riverside.siteUrl}${BASE.slice(1)}`;
/** Riverside's rules, in order, from its own files. */
const rules = readMdxFolder(path.resolve(CONTENT, 'clauses'), [])
  .map(({ data }) => data as { number: number; slug: string; title: string; keywords?: string[] })
  .sort((a, b) => a.number - b.number);

/** Everything of the practice in content/ that must not appear in another surgery's site. */
const OWN_FACTS = practiceFacts(own);

test.describe('another surgery, served under a folder', () => {
  test.describe.configure({ mode: 'serial' });

  let outDir = '';
  let server: Server;
  let origin = '';

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    outDir = path.join(mkdtempSync(path.join(tmpdir(), 'riverside-')), 'dist');
    await run('npx', ['astro', 'build', '--outDir', outDir], {
      env: {
        ...process.env,
        GUIDANCE_CONTENT_DIR: CONTENT,
        GUIDANCE_BASE: BASE,
        // Its own content cache, so it never mixes with the main build or the dev server.
        GUIDANCE_CACHE_DIR: path.join(path.dirname(outDir), 'cache'),
        ASTRO_TELEMETRY_DISABLED: '1',
      },
    });
    // Any free port: other checkouts' servers are on the fixed ones.
    server = await serve({ dir: outDir, port: 0, base: BASE });
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  test.afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
    if (outDir) rmSync(path.dirname(outDir), { recursive: true, force: true });
  });

  test('the built site has none of the facts in content/, even in the search index', () => {
    const texts = builtText(outDir);
    expect(texts.size).toBeGreaterThan(20);
    expect([...texts.keys()].some((file) => file.includes(`${path.sep}pagefind${path.sep}`))).toBe(true);
    const found = [...texts].flatMap(([file, text]) =>
      OWN_FACTS.filter((fact) => text.includes(fact)).map((fact) => `${path.relative(outDir, file)}: ${fact}`),
    );
    expect(found).toEqual([]);
    const home = texts.get(path.join(outDir, 'index.html'))!;
    for (const fact of [riverside.name, riverside.phone, riverside.email]) expect(home).toContain(fact);
  });

  test('every address in the pages starts with the folder', () => {
    const wrong = [...builtText(outDir)]
      .filter(([file]) => file.endsWith('.html'))
      .flatMap(([file, html]) =>
        [...html.matchAll(/\b(?:href|src|action)="(\/[^"]*)"/g)]
          .map(([, url]) => url!)
          .filter((url) => !url.startsWith(BASE))
          .map((url) => `${path.relative(outDir, file)}: ${url}`),
      );
    expect(wrong).toEqual([]);
  });

  test('the poster’s QR code, read from a screenshot, opens Riverside’s site in its folder', async ({ page }) => {
    await page.setViewportSize({ width: 1000, height: 1400 });
    await page.goto(pathToFileURL(path.join(outDir, 'poster/a4/index.html')).href);
    const qr = page.getByRole('img', { name: `QR code. It opens ${PUBLISHED}` });
    expect(await decodeQr(qr)).toBe(PUBLISHED);
    await expect(page.getByText(`${new URL(PUBLISHED).host}${BASE.replace(/\/$/, '')}`, { exact: true })).toBeVisible();
    await expect(page.getByText(`${t.poster.phone} ${riverside.phone}`)).toBeVisible();
  });

  test('canonical links, share tags and the sitemap use Riverside’s address and the folder', () => {
    const last = rules.at(-1)!;
    const rule = readFileSync(path.join(outDir, `guidance/${last.slug}/index.html`), 'utf8');
    const ruleUrl = `${PUBLISHED}guidance/${last.slug}/`;
    expect(rule).toContain(`<link rel="canonical" href="${ruleUrl}">`);
    expect(rule).toContain(`<meta property="og:url" content="${ruleUrl}">`);
    expect(rule).toContain(`<meta property="og:image" content="${PUBLISHED}share/guidance-${last.slug}.png">`);
    expect(rule).toContain(`<meta property="og:site_name" content="${riverside.name}">`);
    expect(rule).toContain(`<meta property="og:image:alt" content="${t.share.imageAlt(t.guidance.ruleHeading(last.number, last.title), riverside.name)}">`);
    const sitemap = readFileSync(path.join(outDir, 'sitemap.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => loc!);
    expect(locs).toContain(ruleUrl);
    expect(locs).toContain(`${PUBLISHED}what-changed/`);
    expect(locs.every((loc) => loc.startsWith(PUBLISHED))).toBe(true);
  });

  test('the share image is made from Riverside’s name, not the name in content/', async () => {
    const built = readFileSync(path.join(outDir, 'share/home.png'));
    const card = { serviceName: t.serviceName, title: t.home.title };
    // The same words always make the same picture, so the bytes show whose name is on it.
    expect(Buffer.from(await shareImagePng({ ...card, practiceName: riverside.name })).equals(built)).toBe(true);
    expect(Buffer.from(await shareImagePng({ ...card, practiceName: own.name })).equals(built)).toBe(false);
  });

  test('a patient can browse, search and find the A to Z under the folder, and nothing fails to load', async ({ page }) => {
    const failed: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    page.on('requestfailed', (request) => failed.push(`failed ${request.url()}`));

    await page.goto(`${origin}${BASE}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.home.title);
    await expect(page.getByRole('banner').getByRole('link', { name: new RegExp(riverside.name) })).toHaveAttribute('href', BASE);
    // The inline stylesheet applies: the header is NHS blue.
    await expect(page.getByRole('banner')).not.toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');

    const [first, second] = rules;
    await page.getByRole('link', { name: `${first!.number}. ${first!.title}` }).click();
    await expect(page).toHaveURL(`${origin}${BASE}guidance/${first!.slug}/`);
    await page.getByRole('link', { name: new RegExp(t.clause.next) }).click();
    await expect(page).toHaveURL(`${origin}${BASE}guidance/${second!.slug}/`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(second!.title);

    // The header's search form is plain HTML: it goes to the search page in the folder.
    const target = rules.find(({ keywords }) => keywords && keywords.length > 0)!;
    const word = target.keywords!.at(-1)!;
    await page.getByRole('banner').getByRole('searchbox', { name: t.search.label }).fill(word);
    await page.getByRole('banner').getByRole('button', { name: t.search.button }).click();
    await expect(page).toHaveURL(`${origin}${BASE}search/?q=${encodeURIComponent(word)}`);
    const results = page.getByRole('region', { name: t.search.resultsLabel });
    const link = results.getByRole('link', { name: t.guidance.ruleHeading(target.number, target.title) });
    await expect(link).toHaveAttribute('href', `${BASE}guidance/${target.slug}/`);
    await link.click();
    await expect(page).toHaveURL(`${origin}${BASE}guidance/${target.slug}/`);

    await page.goto(`${origin}${BASE}search/`);
    const letter = first!.title[0]!.toUpperCase();
    const aToZ = page.getByRole('region', { name: letter, exact: true }).getByRole('link', { name: first!.title, exact: true });
    await expect(aToZ).toHaveAttribute('href', `${BASE}guidance/${first!.slug}/`);
    await aToZ.click();
    await expect(page).toHaveURL(`${origin}${BASE}guidance/${first!.slug}/`);

    await page.getByRole('contentinfo').getByRole('link', { name: t.whatChanged.title }).click();
    await expect(page).toHaveURL(`${origin}${BASE}${routes.whatChanged.slice(1)}`);
    const newest = changesByDay(loadChangelog(path.resolve(CONTENT)))[0]!;
    await expect(page.getByRole('heading', { level: 2, name: formatDate(newest.date) })).toBeVisible();

    expect(failed).toEqual([]);
  });

  test('the 404 page is served for a missing page in the folder, and its links work', async ({ page }) => {
    const response = await page.goto(`${origin}${BASE}no-such-page/`);
    expect(response?.status()).toBe(404);
    await page.getByRole('link', { name: t.notFound.guidance }).click();
    await expect(page).toHaveURL(`${origin}${BASE}guidance/`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });
});
