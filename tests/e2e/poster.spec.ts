/**
 * The printed sheets as built into dist/, and `npm run poster` itself. Without siteUrl (the
 * path a practice takes first) every sheet is a draft with no QR code; with siteUrl, the QR code
 * opens the site. The new-practice spec prints a long-values practice's sheets with siteUrl.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { shortAddress } from '../../src/lib/site/routes';
import { posterLines } from '../../src/lib/print/poster-layout';
import { pagesAllowed, PRINTED_SHEETS } from '../../src/lib/print/printed-sheets';
import { isDraft, siteOrigin } from '../../src/lib/site/site-url';
import { pageTitle, t } from '../../src/strings/en';
import { brokenCopy, removeCopies } from '../fixtures/bad-content';
import { pdfQrCode, pdfText } from '../pdf';
import { clauses, CONTENT, practice } from '../site-content';
import { decodeQr } from './qr';
import { sitemapPages } from './site';

const run = promisify(execFile);
/** The address the build used for the site: siteUrl, or the preview address while it is unset. */
const SITE = new URL(siteOrigin(practice, {}).site).href;
/** dist/ is built as a host builds it: a draft only while siteUrl is unset. */
const DRAFT = isDraft(practice, {});
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const POSTERS = PRINTED_SHEETS.filter(({ path }) => path.startsWith('/poster/'));

test('the printed sheets are print artefacts, not pages in the sitemap', () => {
  const sheets = new Set(PRINTED_SHEETS.map(({ path }) => path));
  expect(sitemapPages().filter((page) => sheets.has(page))).toEqual([]);
});

for (const sheet of PRINTED_SHEETS) {
  test.describe(sheet.path, () => {
    test('is an accessible page: axe finds nothing, one h1, English, an NHS-style title', async ({ page }) => {
      // A sheet is one long page with a large QR code: axe takes a while on a busy machine.
      test.setTimeout(90_000);
      await page.goto(sheet.path);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
      expect(await page.title()).toBe(pageTitle(sheet.label, practice.name));
      const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      expect(results.violations.map(({ id, help }) => `${id}: ${help}`)).toEqual([]);
    });

    test(DRAFT ? 'is a draft: marked across the sheet, with no QR code' : 'is not a draft: no draft mark', async ({ page }) => {
      await page.goto(sheet.path);
      const mark = page.getByText(t.draft.mark, { exact: true });
      if (DRAFT) await expect(mark.first()).toBeVisible();
      else await expect(mark).toHaveCount(0);
      if (DRAFT) await expect(page.getByRole('img', { name: /^QR code/ })).toHaveCount(0);
    });

    test('at 320 px wide on a screen, nothing scrolls sideways', async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(sheet.path);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    });
  });
}

for (const poster of POSTERS) {
  test.describe(poster.path, () => {
    test('shows the surgery name, the rules, and the phone number from the facts', async ({ page }) => {
      await page.goto(poster.path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.poster.headline);
      await expect(page.getByText(practice.name, { exact: true })).toBeVisible();
      const { shown, more } = posterLines(clauses.map(({ title }) => title));
      await expect(page.getByRole('list').getByRole('listitem')).toHaveText(shown);
      if (more > 0) await expect(page.getByText(t.poster.more(more))).toBeVisible();
      await expect(page.getByText(`${t.poster.phone} ${practice.phone}`)).toBeVisible();
    });

    if (DRAFT) {
      test('a draft shows where the QR code and address will go, not the preview address', async ({ page }) => {
        await page.goto(poster.path);
        await expect(page.getByText(t.poster.draftQr)).toBeVisible();
        await expect(page.getByText(t.poster.draftAddress)).toBeVisible();
        await expect(page.getByText(shortAddress(SITE))).toHaveCount(0);
      });
    } else {
      test('its QR code, read from a screenshot, opens the site, and the address is printed under it', async ({ page }) => {
        await page.setViewportSize({ width: 1000, height: 1400 });
        await page.goto(poster.path);
        const qr = page.getByRole('img', { name: t.poster.qrLabel(SITE) });
        await expect(qr).toBeVisible();
        expect(await decodeQr(qr)).toBe(SITE);
        // The address breaks only at dots and slashes: its text reads whole.
        await expect(page.getByText(shortAddress(SITE), { exact: true })).toBeVisible();
      });
    }
  });
}

test.describe('npm run poster', () => {
  test.describe.configure({ mode: 'serial' });
  const work = mkdtempSync(path.join(tmpdir(), 'poster-command-'));
  test.afterAll(() => {
    removeCopies();
    rmSync(work, { recursive: true, force: true });
  });

  /** Runs the command as `npm run poster -- …` does; it never throws, it reports. */
  async function poster(args: string[], content: string) {
    const env = { ...process.env, GUIDANCE_CACHE_DIR: path.join(work, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' };
    return run('npx', ['tsx', 'scripts/poster.ts', '--content', content, ...args], { env }).then(
      ({ stdout, stderr }) => ({ code: 0, output: stdout + stderr }),
      (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, output: error.stdout + error.stderr }),
    );
  }

  /** The content without siteUrl: the path every practice takes first. */
  const withoutSiteUrl = () =>
    practice.siteUrl ? brokenCopy({ name: 'no siteUrl', file: 'practice.yaml', find: /^siteUrl: .*$/m, replace: '', expect: '' }) : CONTENT;

  test('without siteUrl, it stops, naming the facts file and the field, and says how to print a draft', async () => {
    test.setTimeout(120_000);
    const { code, output } = await poster(['--out', path.join(work, 'refused')], withoutSiteUrl());
    expect(code).not.toBe(0);
    expect(output).toMatch(/practice\.yaml: the field "siteUrl" is not set, so the posters would have no QR code or web address\./);
    expect(output).toContain('npm run poster -- --draft');
    expect(output).not.toMatch(/\n\s+at /);
  });

  test('--draft prints each sheet on its pages, marked as a draft, with no QR code', async () => {
    test.setTimeout(240_000);
    const out = path.join(work, 'drafts');
    const { code, output } = await poster(['--draft', '--out', out], withoutSiteUrl());
    expect(code, output).toBe(0);
    expect(readdirSync(out).sort()).toEqual(PRINTED_SHEETS.map(({ file }) => file).sort());
    for (const sheet of PRINTED_SHEETS) {
      const file = path.join(out, sheet.file);
      const { pages, text } = await pdfText(file);
      expect(pages, sheet.file).toBeLessThanOrEqual(pagesAllowed(sheet));
      expect(text, sheet.file).toContain(t.draft.mark);
      expect(await pdfQrCode(file), sheet.file).toBeUndefined();
    }
  });
});
