import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { PRINTED_SHEETS } from '../../src/lib/print/printed-sheets';
import { routes } from '../../src/lib/site/routes';
import { pageTitle } from '../../src/strings/en';
import { practice } from '../site-content';
import { builtHtmlFiles, NOT_FOUND_PATH, sitemapLocs } from './site';

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(file: string): [number, number] {
  const png = readFileSync(file);
  expect(png.subarray(12, 16).toString(), `${file} is a PNG`).toBe('IHDR');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

/** A meta tag's content, read at once from the loaded page: null when the page has none. */
const meta = (page: Page, key: string) =>
  page.evaluate((name) => document.querySelector(`meta[property="${name}"], meta[name="${name}"]`)?.getAttribute('content') ?? null, key);

/** What Facebook needs for a large link preview: 1200 × 630 pixels. */
const FACEBOOK_SIZE = [1200, 630];

test('every page the build wrote has a preview picture the build wrote too, 1200 × 630', () => {
  const problems: string[] = [];
  for (const name of builtHtmlFiles()) {
    const html = readFileSync(path.join('dist', name), 'utf8');
    const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
    if (!image) {
      problems.push(`${name} has no og:image`);
      continue;
    }
    const file = path.join('dist', decodeURI(new URL(image).pathname));
    if (!existsSync(file)) problems.push(`${name} points at ${image}, which the build did not write`);
    else if (pngSize(file).join('×') !== FACEBOOK_SIZE.join('×')) problems.push(`${name}: ${image} is ${pngSize(file).join(' × ')}`);
  }
  expect(problems).toEqual([]);
});

for (const loc of sitemapLocs()) {
  const pagePath = new URL(loc).pathname;
  test(`${pagePath} has a link preview for Facebook and others`, async ({ page }) => {
    await page.goto(pagePath);
    const title = (await page.title()).slice(0, -pageTitle('', practice.name).length);
    expect(await meta(page, 'og:title')).toBe(title);
    expect(await meta(page, 'og:description')).toBe(await meta(page, 'description'));
    expect(await meta(page, 'og:site_name')).toBe(practice.name);
    expect(await meta(page, 'og:locale')).toBe('en_GB');
    expect(await meta(page, 'twitter:card')).toBe('summary_large_image');
    expect(await meta(page, 'og:image:alt')).toContain(title);

    // og:url is the page's address in the sitemap; a canonical link, when there is one, agrees.
    expect(await meta(page, 'og:url')).toBe(loc);
    const canonical = page.locator('link[rel="canonical"]');
    if ((await canonical.count()) > 0) expect(await canonical.getAttribute('href')).toBe(loc);

    const image = new URL((await meta(page, 'og:image'))!);
    expect(image.origin, 'og:image is an absolute address on the site').toBe(new URL(loc).origin);
    expect(pngSize(path.join('dist', image.pathname))).toEqual(FACEBOOK_SIZE);
    expect([await meta(page, 'og:image:width'), await meta(page, 'og:image:height')]).toEqual(FACEBOOK_SIZE.map(String));
  });
}

test('the 404 page has a preview picture but no og:url: it has no address of its own', async ({ page }) => {
  await page.goto(NOT_FOUND_PATH);
  expect(await meta(page, 'og:image')).toMatch(/^https?:\/\/.+\/share\/home\.png$/);
  await expect(page.locator('meta[property="og:url"]')).toHaveCount(0);
});

for (const sheet of PRINTED_SHEETS) {
  test(`the printed sheet ${sheet.path} has the same link preview and canonical rule as every page`, async ({ page }) => {
    await page.goto(sheet.path);
    const home = sitemapLocs().find((loc) => new URL(loc).pathname === routes.home)!;
    const url = new URL(sheet.path.slice(1), home).href;
    expect(await meta(page, 'og:url')).toBe(url);
    expect(await meta(page, 'og:site_name')).toBe(practice.name);
    expect(await meta(page, 'og:image')).toBe(new URL(routes.shareImage(routes.home).slice(1), home).href);
    // Canonical links wait for siteUrl on every page, so a preview never names a wrong address.
    await expect(page.locator('link[rel="canonical"]')).toHaveCount(practice.siteUrl ? 1 : 0);
    if (practice.siteUrl) expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(url);
  });
}
