import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { brokenCopy, removeCopies } from '../fixtures/bad-content';
import { decodeQr } from './qr';

const run = promisify(execFile);
const SITE_URL = 'https://guidance.example.nhs.uk/';
const BASE = '/social-media/';
/** Where the site is when siteUrl is set and it is served under a folder. */
const PUBLISHED = `${SITE_URL}social-media/`;

test.afterAll(removeCopies);

test('with a different siteUrl and base, the QR code, links and sitemap all follow it', async ({ page }) => {
  test.setTimeout(120_000);
  // A copy of the real content with siteUrl set: the same helper the bad-content tests use.
  const content = brokenCopy({ name: 'siteUrl set', file: 'practice.yaml', find: /^# siteUrl: .*$/m, replace: `siteUrl: ${SITE_URL}`, expect: '' });
  const outDir = path.join(path.dirname(content), 'dist');
  await run('npx', ['astro', 'build', '--outDir', outDir], {
    env: { ...process.env, GUIDANCE_CONTENT_DIR: content, GUIDANCE_BASE: BASE, ASTRO_TELEMETRY_DISABLED: '1' },
  });

  // The built poster, opened from disk: the QR code is inline, so it needs no server.
  await page.setViewportSize({ width: 1000, height: 1400 });
  await page.goto(pathToFileURL(path.join(outDir, 'poster/a4/index.html')).href);
  const qr = page.getByRole('img', { name: `QR code. It opens ${PUBLISHED}` });
  expect(await decodeQr(qr)).toBe(PUBLISHED);
  await expect(page.getByText('guidance.example.nhs.uk/social-media', { exact: true })).toBeVisible();

  const rule = readFileSync(path.join(outDir, 'guidance/reviews/index.html'), 'utf8');
  const ruleUrl = `${PUBLISHED}guidance/reviews/`;
  expect(rule).toContain(`<link rel="canonical" href="${ruleUrl}">`);
  expect(rule).toContain(`<meta property="og:url" content="${ruleUrl}">`);
  expect(rule).toContain(`<meta property="og:image" content="${PUBLISHED}share/guidance-reviews.png">`);
  const sitemap = readFileSync(path.join(outDir, 'sitemap.xml'), 'utf8');
  const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => loc);
  expect(locs).toContain(ruleUrl);
  expect(locs.every((loc) => loc!.startsWith(PUBLISHED))).toBe(true);
});
