/**
 * The Easy Read version in the browser, from the content files: linked both ways, labelled,
 * a picture with alt text (or marked decorative) beside each idea, large text, the ways to
 * contact us in Easy Read words, light and dark colour schemes, page weight, search, and the
 * two printed sheets (Easy Read leaflet and large print) as PDFs.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { parse } from 'yaml';
import { printSheets } from '../../scripts/print-sheets';
import { isDraft } from '../../src/lib/site/site-url';
import { serve } from '../../scripts/serve.mjs';
import { contentDir } from '../../src/lib/content/content-dir';
import { loadPractice, telHref } from '../../src/lib/content/practice-facts';
import { PAPER_MM, PRINTED_SHEETS } from '../../src/lib/print/printed-sheets';
import { routes } from '../../src/lib/site/routes';
import { SIZE_BUDGETS } from '../../src/lib/site/size-budgets';
import { loadSignposts, pick } from '../../src/lib/content/signposts';
import { t } from '../../src/strings/en';
import { sitemapPages } from './site';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/** The content the site was built from: content/, or another surgery's with GUIDANCE_CONTENT_DIR. */
const CONTENT = contentDir();
const practice = loadPractice(CONTENT);
const signposts = loadSignposts(CONTENT);

/** The front matter and body of each file in a content folder. */
function mdxFiles(folder: string): { name: string; data: Record<string, unknown>; body: string }[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(path.join(folder, name), 'utf8'))!;
      return { name, data: parse(front!) as Record<string, unknown>, body: body! };
    });
}

const rules = mdxFiles(path.join(CONTENT, 'clauses'))
  .map(({ data }) => data as { number: number; slug: string; title: string; keywords?: string[]; signposts: string[] })
  .sort((a, b) => a.number - b.number);
const easyRead = mdxFiles(path.join(CONTENT, 'easy-read'));
const easyReadRules = rules.flatMap((rule) => {
  const page = easyRead.find(({ data }) => data.rule === rule.slug);
  return page ? [{ rule, title: page.data.title as string, ideas: page.body.match(/<Idea\b/g)!.length }] : [];
});
const wording = parse(readFileSync(path.join(CONTENT, 'easy-read', 'signposts.yaml'), 'utf8')) as Record<string, { text: string; linkText: string }>;
const easyReadPages = sitemapPages().filter((page) => page.startsWith(routes.easyRead));

test('every Easy Read page is in the sitemap, and the print pages are not', () => {
  expect(easyReadPages).toEqual([routes.easyRead, ...easyReadRules.map(({ rule }) => routes.easyReadRule(rule.slug)), routes.easyReadNotHappy]);
  expect(sitemapPages()).not.toContain(routes.easyReadLeaflet);
  expect(sitemapPages()).not.toContain(routes.largePrint);
});

test('the home page and the full guidance link to the Easy Read version', async ({ page }) => {
  for (const from of [routes.home, routes.guidance]) {
    await page.goto(from);
    await page.getByRole('main').getByRole('link', { name: t.easyRead.link }).click();
    await expect(page).toHaveURL(new RegExp(`${routes.easyRead}$`));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
});

for (const { rule, title } of easyReadRules) {
  test(`rule ${rule.number} links to its Easy Read page, and back with "${t.easyRead.readFullRule}"`, async ({ page }) => {
    await page.goto(routes.clause(rule.slug));
    await page.getByRole('main').getByRole('link', { name: t.easyRead.link }).click();
    await expect(page).toHaveURL(new RegExp(`${routes.easyReadRule(rule.slug)}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(new RegExp(`${t.easyRead.ruleCaption(rule.number, rules.length)}\\s+${escape(title)}`));
    await expect(page).toHaveTitle(new RegExp(`^${escape(t.easyRead.pageTitle(title))} – `));
    await page.getByRole('link', { name: t.easyRead.readFullRule, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${routes.clause(rule.slug)}$`));
  });

  test(`the Easy Read page of rule ${rule.number} shows its ways to contact us in Easy Read words, with the facts`, async ({ page }) => {
    await page.goto(routes.easyReadRule(rule.slug));
    const contact = page.getByRole('region', { name: t.easyRead.contactHeading });
    for (const signpost of pick(signposts.signposts, rule.signposts)) {
      const words = wording[signpost.id]!;
      await expect(contact.getByText(words.text)).toBeVisible();
      const link = contact.getByRole('link', { name: new RegExp(`^${escape(words.linkText)}`) });
      if (signpost.fact === 'phone') await expect(link).toHaveAttribute('href', telHref(practice.phone));
      if (signpost.fact === 'phone') await expect(link).toContainText(practice.phone);
      if (signpost.fact === 'email') await expect(link).toHaveAttribute('href', `mailto:${practice.email}`);
      if (signpost.page) await expect(link).toHaveAttribute('href', routes[signpost.page]);
    }
  });
}

test('the Easy Read introduction lists every rule, each linking to its Easy Read page', async ({ page }) => {
  await page.goto(routes.easyRead);
  const list = page.getByRole('main').getByRole('list').filter({ has: page.getByRole('link', { name: /^Rule 1: / }) });
  await expect(list.getByRole('listitem')).toHaveCount(rules.length);
  for (const { rule, title } of easyReadRules) {
    await expect(list.getByRole('link', { name: `${t.easyRead.ruleBreadcrumb(rule.number)}: ${title}` })).toHaveAttribute('href', routes.easyReadRule(rule.slug));
  }
});

for (const pagePath of easyReadPages) {
  test.describe(pagePath, () => {
    // Each test loads the page more than once (two widths, two colour schemes): room for a busy machine.
    test.describe.configure({ timeout: 60_000 });
    test('says it is an Easy Read version, not the full guidance', async ({ page }) => {
      await page.goto(pagePath);
      await expect(page.getByRole('main').getByText(t.easyRead.label)).toBeVisible();
    });

    test('every picture has alt text that says something, or is marked decorative', async ({ page }) => {
      await page.goto(pagePath);
      const pictures = await page.getByRole('main').locator('img').evaluateAll((images) => images.map((image) => image.getAttribute('alt')));
      expect(pictures.length).toBeGreaterThan(0);
      for (const alt of pictures) {
        expect(alt, 'every picture has an alt attribute').not.toBeNull();
        if (alt !== '') expect(alt!.split(/\s+/).length, alt!).toBeGreaterThanOrEqual(2);
      }
      // Decorative pictures are hidden from screen readers; the others are images with a name.
      const named = pictures.filter((alt) => alt !== '').length;
      await expect(page.getByRole('main').getByRole('img')).toHaveCount(named);
    });

    test('all its text is at least 18 px', async ({ page }) => {
      for (const width of [320, 1200]) {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(pagePath);
        const small = await page.getByRole('main').evaluate((main) => {
          const found: string[] = [];
          const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
          while (walker.nextNode()) {
            const text = walker.currentNode.textContent!.trim();
            const element = walker.currentNode.parentElement!;
            if (!text || element.closest('.visually-hidden') || !element.checkVisibility()) continue;
            const size = parseFloat(getComputedStyle(element).fontSize);
            if (size < 18) found.push(`${size}px: ${text.slice(0, 50)}`);
          }
          return found;
        });
        expect(small, `at ${width} px`).toEqual([]);
      }
    });

    for (const colorScheme of ['light', 'dark'] as const) {
      test(`axe finds no problems in the ${colorScheme} colour scheme`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await page.goto(pagePath);
        const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        expect(results.violations.map(({ id, help, nodes }) => `${id}: ${help} (${nodes.map((n) => n.target).join(', ')})`)).toEqual([]);
      });
    }

    test('weighs at most 40 KB gzipped with its pictures, which come from this site', async ({ page, baseURL }) => {
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      await page.goto(pagePath, { waitUntil: 'networkidle' });
      expect(requests.filter((url) => !url.startsWith(baseURL!))).toEqual([]);
      const html = readFileSync(path.join('dist', pagePath, 'index.html'));
      const pictures = [...new Set([...html.toString().matchAll(/<img\b[^>]*\bsrc="([^"]+)"/g)].map(([, src]) => src!))];
      expect(pictures.length).toBeGreaterThan(0);
      for (const picture of pictures) {
        const response = await page.request.get(picture);
        expect(response.headers()['content-type'], picture).toBe('image/svg+xml');
      }
      const total = [html, ...pictures.map((picture) => readFileSync(path.join('dist', picture)))].reduce((sum, bytes) => sum + gzipSync(bytes, { level: 9 }).length, 0);
      console.log(`${pagePath}: ${gzipSync(html, { level: 9 }).length} bytes of HTML and CSS, ${total} bytes with ${pictures.length} pictures, gzipped`);
      expect(total).toBeLessThanOrEqual(SIZE_BUDGETS.pageWithPicturesBytes);
    });
  });
}

test('the Easy Read picture credit and licence are on the accessibility statement, and the footer says how to ask for another format', async ({ page }) => {
  await page.goto(routes.home);
  await page.getByRole('contentinfo').getByRole('link', { name: t.easyRead.otherFormat.link }).click();
  await expect(page).toHaveURL(/\/accessibility\/#another-format$/);
  await expect(page.locator('#another-format')).toBeVisible();
  // The ways to ask come from the facts file.
  const main = page.getByRole('main');
  await expect(main.getByRole('link', { name: practice.phone }).first()).toHaveAttribute('href', telHref(practice.phone));
  await expect(main.getByRole('link', { name: practice.email }).first()).toHaveAttribute('href', `mailto:${practice.email}`);
  await expect(main.getByRole('link', { name: t.easyRead.onlineForm })).toHaveAttribute('href', practice.onlineFormUrl ?? practice.website);
  await expect(main.getByText(/Easy Read pages are Health Icons \(healthicons\.org\) by Resolve to Save Lives, used under the MIT licence/)).toBeVisible();
});

test.describe('search', () => {
  // One search per rule title and keyword: about a hundred.
  test.describe.configure({ timeout: 180_000 });
  const box = (page: Page) => page.getByRole('main').getByRole('searchbox', { name: t.search.label });
  const status = (page: Page) => page.getByRole('main').getByRole('status');

  async function resultPaths(page: Page, query: string): Promise<string[]> {
    await box(page).fill(query);
    await expect(status(page)).toHaveText(new RegExp(` ${escape(query)}(\\.|$)`), { timeout: 15_000 });
    return page
      .getByRole('region', { name: t.search.resultsLabel })
      .getByRole('listitem')
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  }

  test('finds each Easy Read page by its own words', async ({ page }) => {
    await page.goto('/search/');
    for (const { rule, title } of easyReadRules) expect(await resultPaths(page, title), title).toContain(routes.easyReadRule(rule.slug));
  });

  test('puts the full rule first for its title, and above its Easy Read page for each of its keywords', async ({ page }) => {
    await page.goto('/search/');
    const wrong: string[] = [];
    for (const { rule } of easyReadRules) {
      const full = routes.clause(rule.slug);
      const easy = routes.easyReadRule(rule.slug);
      for (const query of [rule.title, ...(rule.keywords ?? [])]) {
        const found = await resultPaths(page, query);
        // The search page lists standard pages before Easy Read pages (src/scripts/search/passes.ts).
        const above = found.includes(full) && (!found.includes(easy) || found.indexOf(full) < found.indexOf(easy));
        const first = query !== rule.title || found[0] === full;
        if (!above || !first) wrong.push(`"${query}": ${found.slice(0, 3).join(', ')}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

test.describe('the printed Easy Read leaflet and large-print guidance', () => {
  // Printing every sheet, and axe on long pages, take a while on a busy machine.
  test.describe.configure({ timeout: 120_000 });
  const sheets = PRINTED_SHEETS.filter(({ path: sheet }) => sheet === routes.easyReadLeaflet || sheet === routes.largePrint);
  const outDir = mkdtempSync(path.join(tmpdir(), 'easy-read-sheets-'));
  test.afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  test('are both in the list of printed sheets', () => {
    expect(sheets.map(({ path: sheet }) => sheet)).toEqual([routes.easyReadLeaflet, routes.largePrint]);
  });

  for (const { path: sheet } of sheets) {
    test(`${sheet} is an accessible page, with no text justified or under 16 pt when printed`, async ({ page }) => {
      await page.goto(sheet);
      const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      expect(results.violations.map(({ id, help }) => `${id}: ${help}`)).toEqual([]);
      await page.emulateMedia({ media: 'print' });
      const wrong = await page.getByRole('main').evaluate((main) =>
        [...main.querySelectorAll('*')].flatMap((element) => {
          const style = getComputedStyle(element);
          const text = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim());
          if (!text) return [];
          const problems = [];
          if (style.textAlign === 'justify' || style.textAlign === 'center' || style.textAlign === 'right') problems.push(`${style.textAlign}: ${element.textContent!.slice(0, 40)}`);
          // 16 pt is 21.33 px; the browser rounds it to 21.3333.
          if (parseFloat(style.fontSize) < 21.33) problems.push(`${style.fontSize}: ${element.textContent!.slice(0, 40)}`);
          if (!/Noto Sans|sans-serif/.test(style.fontFamily)) problems.push(`${style.fontFamily}: ${element.textContent!.slice(0, 40)}`);
          return problems;
        }),
      );
      expect(wrong).toEqual([]);
    });
  }

  test('print as A4 PDFs that open, with every piece of text at least 16 pt', async ({ baseURL }) => {
    const files = (await printSheets(`${baseURL}/`, outDir, { draft: isDraft(loadPractice()) })).map(({ file }) => file);
    for (const sheet of sheets) {
      const file = path.join(outDir, sheet.file);
      expect(files).toContain(file);
      const pdf = await PDFDocument.load(readFileSync(file));
      expect(pdf.getPageCount(), file).toBeLessThanOrEqual(sheet.pages!);
      for (const pdfPage of pdf.getPages()) {
        const { width, height } = pdfPage.getSize();
        expect([Math.round(width / 2.835), Math.round(height / 2.835)]).toEqual([PAPER_MM.A4.width, PAPER_MM.A4.height]);
      }
      const text = await pdfText(file);
      // It opens and holds the sheet's words: the surgery's name, whatever the content.
      expect(text.map(({ words }) => words).join(' ').replace(/\s+/g, ' '), file).toContain(practice.name);
      const small = text.filter(({ size }) => size < 15.95).map(({ size, words }) => `${size.toFixed(1)} pt: ${words}`);
      expect(small, file).toEqual([]);
    }
  });
});

test.describe('another surgery (examples/riverside), served under a folder', () => {
  test.describe.configure({ mode: 'serial', timeout: 240_000 });
  const CONTENT = 'examples/riverside';
  const BASE = '/policies/social-media/';
  const riverside = loadPractice(path.resolve(CONTENT));
  let work = '';
  let server: Server | undefined;
  let siteURL = '';

  test.beforeAll(async () => {
    test.setTimeout(240_000);
    work = mkdtempSync(path.join(tmpdir(), 'riverside-easy-read-'));
    await promisify(execFile)('npx', ['astro', 'build', '--outDir', path.join(work, 'dist')], {
      env: { ...process.env, GUIDANCE_CONTENT_DIR: CONTENT, GUIDANCE_BASE: BASE, GUIDANCE_CACHE_DIR: path.join(work, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
    });
    const started = await serve({ dir: path.join(work, 'dist'), port: 0, base: BASE });
    server = started;
    siteURL = `http://127.0.0.1:${(started.address() as AddressInfo).port}${BASE}`;
  });
  test.afterAll(async () => {
    if (server) await new Promise((resolve) => server!.close(resolve));
    if (work) rmSync(work, { recursive: true, force: true });
  });

  test('has an Easy Read page for each of its rules, with its own facts', async ({ page }) => {
    const own = mdxFiles(path.join(CONTENT, 'easy-read')).filter(({ data }) => data.rule);
    await page.goto(`${siteURL}easy-read/`);
    const list = page.getByRole('main').getByRole('list').filter({ has: page.getByRole('link', { name: /^Rule 1: / }) });
    await expect(list.getByRole('link')).toHaveCount(own.length);
    await list.getByRole('link').first().click();
    await expect(page.getByRole('main').getByText(t.easyRead.label)).toBeVisible();
    await expect(page.getByRole('main').locator('img').first()).toHaveJSProperty('complete', true);
    expect(await page.getByRole('main').locator('img').first().evaluate((image) => (image as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    await expect(page.getByRole('contentinfo').getByText(riverside.phone).first()).toBeVisible();
  });

  test('prints its own Easy Read leaflet and large-print guidance: A4, text at least 16 pt, none of Pioneer’s facts', async () => {
    const files = (await printSheets(siteURL, path.join(work, 'sheets'), { draft: isDraft(riverside) })).map(({ file }) => file);
    const pioneer = loadPractice(path.resolve('content'));
    for (const sheet of PRINTED_SHEETS.filter(({ path: p }) => p === routes.easyReadLeaflet || p === routes.largePrint)) {
      const file = files.find((written: string) => written.endsWith(sheet.file))!;
      const pdf = await PDFDocument.load(readFileSync(file));
      expect(pdf.getPage(0).getSize().width / 2.835).toBeCloseTo(PAPER_MM.A4.width, 0);
      const text = await pdfText(file);
      const words = text.map(({ words }) => words).join(' ');
      expect(words).toContain(riverside.name);
      for (const fact of [pioneer.name, pioneer.phone, pioneer.email]) expect(words).not.toContain(fact);
      expect(text.filter(({ size }) => size < 15.95)).toEqual([]);
    }
  });
});

/** Every piece of text in a PDF with its size in points, read with PDF.js. */
async function pdfText(file: string): Promise<{ words: string; size: number }[]> {
  const pdf = await getDocument({ data: new Uint8Array(readFileSync(file)), disableFontFace: true }).promise;
  const pieces: { words: string; size: number }[] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const { items } = await (await pdf.getPage(number)).getTextContent();
    for (const item of items) {
      if (!('str' in item) || !item.str.trim()) continue;
      // The text's transform, page units included, scales 1 unit of font to this many points.
      pieces.push({ words: item.str, size: Math.hypot(item.transform[2], item.transform[3]) });
    }
  }
  await pdf.destroy();
  return pieces;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
