import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import { printSheets } from '../../scripts/poster';
import { loadPractice } from '../../src/lib/practice-facts';
import { PAPER_MM, PRINTED_SHEETS } from '../../src/lib/printed-sheets';
import { routes } from '../../src/lib/routes';
import { siteOrigin } from '../../src/lib/site-url';
import { decodeQr } from './qr';
import { sitemapPages } from './site';

/** The address the build used for the site: siteUrl, or the preview address while it is unset. */
const SITE = siteOrigin(loadPractice(), {}).site;
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const MM = 96 / 25.4;
/** Each poster's printable area in CSS pixels: the sheet less the @page margins. */
const PRINTABLE = { [routes.poster('a4')]: (210 - 2 * 12) * MM, [routes.poster('a3')]: (297 - 2 * 17) * MM } as Record<string, number>;

test('the posters are print artefacts, not pages in the sitemap', () => {
  expect(sitemapPages().filter((page) => page.startsWith('/poster/'))).toEqual([]);
});

for (const { path: posterPath } of PRINTED_SHEETS.filter(({ path }) => path.startsWith('/poster/'))) {
  test.describe(posterPath, () => {
    test('is an accessible page: axe finds nothing, one h1, English, an NHS-style title', async ({ page }) => {
      await page.goto(posterPath);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Our social media rules');
      expect(await page.title()).toMatch(/^Waiting room poster \(A[34]\) – Pioneer Medical Group$/);
      const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      expect(results.violations.map(({ id, help }) => `${id}: ${help}`)).toEqual([]);
    });

    test('shows the name, eight rules, the short address and the phone number', async ({ page }) => {
      await page.goto(posterPath);
      await expect(page.getByText('Pioneer Medical Group')).toBeVisible();
      await expect(page.getByRole('list').getByRole('listitem')).toHaveCount(8);
      await expect(page.getByRole('listitem').first()).toHaveText('Use phones politely');
      await expect(page.getByText(new URL(SITE).host, { exact: true })).toBeVisible();
      await expect(page.getByText('To contact us, call 0117 959 1919')).toBeVisible();
    });

    test('its QR code, read from a screenshot, opens the site address', async ({ page }) => {
      await page.setViewportSize({ width: 1000, height: 1400 });
      await page.goto(posterPath);
      const qr = page.getByRole('img', { name: `QR code. It opens ${SITE}` });
      await expect(qr).toBeVisible();
      expect(await decodeQr(qr)).toBe(SITE);
    });

    test('when printed, the QR code is at least 5 cm wide and each rule fits on one line', async ({ page }) => {
      await page.setViewportSize({ width: Math.floor(PRINTABLE[posterPath]!), height: 1200 });
      await page.emulateMedia({ media: 'print' });
      await page.goto(posterPath);
      await page.evaluate(() => document.fonts.ready);
      const qrWidth = (await page.getByRole('img').boundingBox())!.width / MM;
      expect(qrWidth, `${qrWidth.toFixed(0)} mm`).toBeGreaterThanOrEqual(posterPath.includes('a3') ? 100 : 50);
      const lines = await page.getByRole('listitem').evaluateAll((items) =>
        items.map((item) => Math.round(item.getBoundingClientRect().height / parseFloat(getComputedStyle(item).lineHeight))),
      );
      expect(lines).toEqual(Array(8).fill(1));
    });

    test('at 320 px wide on a screen, nothing scrolls sideways', async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(posterPath);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    });
  });
}

test.describe('npm run poster', () => {
  const outDir = mkdtempSync(path.join(tmpdir(), 'posters-'));
  test.afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  test('prints each sheet as a PDF of its paper size, on one page unless it may run to more', async ({ baseURL }) => {
    test.setTimeout(120_000); // The Easy Read leaflet and large print run to several pages each.
    const files = await printSheets(`${baseURL}/`, outDir);
    const sizes: [number, number][] = [];
    for (const [index, file] of files.entries()) {
      const pdf = await PDFDocument.load(readFileSync(file));
      const { maxPages } = PRINTED_SHEETS[index]!;
      if (maxPages) expect(pdf.getPageCount(), file).toBeLessThanOrEqual(maxPages);
      else expect(pdf.getPageCount(), file).toBe(1);
      const { width, height } = pdf.getPage(0).getSize();
      sizes.push([Math.round(width / 2.835), Math.round(height / 2.835)]);
    }
    expect(sizes).toEqual(PRINTED_SHEETS.map(({ paper }) => [PAPER_MM[paper].width, PAPER_MM[paper].height]));
  });

  test('the page count would notice a second sheet', async ({ page }) => {
    await page.goto('/guidance/');
    const pdf = await PDFDocument.load(await page.pdf({ format: 'A4' }));
    expect(pdf.getPageCount()).toBeGreaterThan(1);
  });
});
