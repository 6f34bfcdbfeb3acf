/**
 * Another surgery's staff kit: examples/riverside built under a folder, with its siteUrl set
 * (the configured path). Its staff page and printed sheet must be its own: its name, its
 * address, its rules, and no text of Pioneer's, not even in the PDF.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { printSheets } from '../../scripts/print-sheets';
import { PRINTED_SHEETS } from '../../src/lib/print/printed-sheets';
import { routes } from '../../src/lib/site/routes';
import { t } from '../../src/strings/en';
import { kitOf } from '../fixtures/staff-kit';
import { contentDir } from '../../src/lib/content/content-dir';
import { pdfText } from '../pdf';
import { buildElsewhere, type BuiltSite } from './built-elsewhere';

const CONTENT = 'examples/riverside';
const BASE = '/policies/social-media/';
const riverside = kitOf(CONTENT, { GUIDANCE_BASE: BASE });
const pioneer = kitOf('content');
const kit = riverside.kit!;

/** Pioneer's facts and every text of its kit: none may appear in Riverside's staff pages. */
const PIONEER_TEXT = [
  'Pioneer',
  pioneer.practice.name,
  pioneer.practice.phone,
  pioneer.practice.phone.replaceAll(' ', ''),
  pioneer.practice.email,
  new URL(pioneer.practice.website).host,
  ...pioneer.rules.map(({ title }) => title).filter((title) => !riverside.rules.some((rule) => rule.title === title)),
  ...pioneer.kit!.groups.flatMap(({ replies }) => replies.map(({ text }) => text)),
  ...Object.values(pioneer.kit!.page).map(({ text }) => text),
  ...pioneer.kit!.steps.map(({ text }) => text),
].map(oneLine);

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const pioneerTextIn = (text: string) => PIONEER_TEXT.filter((pioneerText) => oneLine(text).includes(pioneerText));

test.describe('another surgery’s staff kit, served under a folder', () => {
  test.describe.configure({ mode: 'serial' });

  let built: BuiltSite | undefined;
  let site = '';
  let outDir = '';

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    built = await buildElsewhere(CONTENT, BASE);
    ({ site, outDir } = built);
  });

  test.afterAll(() => built?.close());

  const builtHtml = (pagePath: string) => readFileSync(path.join(outDir, pagePath, 'index.html'), 'utf8');

  test('the staff page and the sheet have no text of Pioneer’s, and have Riverside’s name', async ({ page }) => {
    for (const pagePath of [routes.staff, routes.staffSheet]) {
      // The HTML for attributes and addresses; the text as read, where &#39; is an apostrophe.
      await page.goto(`${site}${pagePath.slice(1)}`);
      const text = await page.locator('body').innerText();
      expect([...pioneerTextIn(builtHtml(pagePath)), ...pioneerTextIn(text)], pagePath).toEqual([]);
      expect(text).toContain(riverside.practice.name);
    }
    // The check would notice: Pioneer's own staff page is full of Pioneer's text (dist/, when the
    // suite's site was built from content/ rather than another surgery's folder).
    if (contentDir() === path.resolve('content')) {
      expect(pioneerTextIn(readFileSync(path.join('dist', routes.staff, 'index.html'), 'utf8')).length).toBeGreaterThan(5);
    }
  });

  test('lists Riverside’s own rules, each reply ending with the rule’s published address in the folder', async ({ page }) => {
    expect(riverside.problems).toEqual([]);
    expect(riverside.warnings).toEqual([]);
    await page.goto(`${site}${routes.staff.slice(1)}`);
    const replies = page.getByRole('region', { name: t.staff.replies.heading });
    for (const rule of riverside.rules) {
      const group = kit.groups.find((candidate) => candidate.rule?.slug === rule.slug)!;
      expect(group.link).toBe(`${riverside.practice.siteUrl}${BASE.slice(1)}guidance/${rule.slug}/`);
      const section = replies.getByRole('region', { name: t.staff.replies.rule(rule.number, rule.title) });
      for (const reply of group.replies) await expect(section.getByText(reply.text, { exact: true })).toBeVisible();
      // The rule's page is really there, in the folder.
      const response = await page.request.get(`${site}guidance/${rule.slug}/`);
      expect(response.status()).toBe(200);
    }
    await expect(replies.getByRole('heading', { level: 3 })).toHaveCount(kit.groups.length);
  });

  test('with siteUrl set, the page gives no preview warning and the intro has the real short address', async ({ page }) => {
    await page.goto(`${site}${routes.staff.slice(1)}`);
    await expect(page.getByText(t.staff.preview.fix)).toHaveCount(0);
    await expect(page.locator('#page-intro')).toContainText(`${new URL(riverside.practice.siteUrl!).host}${BASE.replace(/\/$/, '')}`);
    await page.goto(`${site}${routes.staffSheet.slice(1)}`);
    await expect(page.getByText(t.draft.mark)).toHaveCount(0);
  });

  test('npm run poster prints its staff sheet on one A4 page, with none of Pioneer’s text in the PDF', async () => {
    const pdfDir = path.join(path.dirname(outDir), 'sheets');
    const files = (await printSheets(site, pdfDir, { draft: false })).map(({ file }) => file);
    const sheet = PRINTED_SHEETS.find(({ path: sheetPath }) => sheetPath === routes.staffSheet)!;
    const file = files.find((name: string) => path.basename(name) === sheet.file)!;
    const { text, pages } = await pdfText(file);
    expect(pages).toBe(1);
    expect(oneLine(text)).toContain(riverside.practice.name);
    expect(oneLine(text)).toContain(oneLine(kit.steps[0]!.text));
    expect(pioneerTextIn(text)).toEqual([]);
  });
});
