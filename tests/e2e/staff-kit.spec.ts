/**
 * The "For staff" page and the staff sheet, as built from the practice's own content (the
 * default path: siteUrl may not be set yet). Expectations come from the content through the
 * same checks the build runs; another surgery's build is in staff-kit-another-surgery.spec.ts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import { PAPER_MM, PRINTED_SHEETS } from '../../src/lib/print/printed-sheets';
import { routes } from '../../src/lib/site/routes';
import { SIZE_BUDGETS } from '../../src/lib/site/size-budgets';
import type { ReplyGroup } from '../../src/lib/staff-kit/staff-kit';
import { INTRO_MAX_CHARACTERS } from '../../src/schemas/staff-kit';
import { t } from '../../src/strings/en';
import { kitOf } from '../fixtures/staff-kit';
import { contentDir } from '../../src/lib/content/content-dir';
import { sitemapPages } from './site';

// The content the site was built from: content/, or another surgery's with GUIDANCE_CONTENT_DIR.
const { practice, rules, kit: built } = kitOf(contentDir());
const kit = built!;
const STAFF = routes.staff;
const SHEET = routes.staffSheet;
const RULE = routes.clause(rules[0]!.slug);
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** The heading a group of replies has on the page, and what its Copy buttons say it copies. */
function describeGroup(group: ReplyGroup): { heading: string; what: string } {
  return group.rule
    ? { heading: t.staff.replies.rule(group.rule.number, group.rule.title), what: t.staff.replies.ruleFor(group.rule.number) }
    : { heading: t.staff.replies.topics[group.topic!], what: t.staff.replies.topicFor[group.topic!] };
}

const copyName = (kind: 'public' | 'private', what: string) => `${t.staff.copy} ${t.staff.replies.copyWhat(t.staff.replies[kind], what)}`;
const html = (pagePath: string) => readFileSync(path.join('dist', pagePath, 'index.html'), 'utf8');
const inlineScripts = (text: string) => [...text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].map(([, attributes, code]) => ({ attributes: attributes!.trim(), code: code! }));
const scriptPolicy = (text: string) => /script-src ([^;]+);/.exec(text)?.[1];

test.describe('the For staff page', () => {
  test('is linked from the footer, asks search engines to skip it, and is not in the sitemap', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('contentinfo').getByRole('link', { name: t.footer.staff }).click();
    await expect(page).toHaveURL(new RegExp(`${STAFF}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.staff.title);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
    expect(sitemapPages().filter((pagePath) => pagePath.startsWith(STAFF))).toEqual([]);
  });

  test('is not in the search index: searching for its own words never finds it', async ({ page }) => {
    expect(html(STAFF)).not.toContain('data-pagefind-body');
    await page.goto('/search/');
    const box = page.getByRole('main').getByRole('searchbox', { name: t.search.label });
    for (const words of [kit.steps[1]!.text, t.staff.title]) {
      await box.fill(words);
      await expect(page.getByRole('main').getByRole('status')).toHaveText(/results? (for|with some of the words in) |No results/);
      const hrefs = await page.getByRole('region', { name: t.search.resultsLabel }).getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      expect(hrefs.filter((href) => href?.includes(STAFF))).toEqual([]);
    }
  });

  test('shows the steps for a post that breaks the rules, in order, and links to the BMA guidance', async ({ page }) => {
    await page.goto(STAFF);
    const steps = page.getByRole('region', { name: t.staff.steps.heading });
    await expect(steps.getByRole('listitem')).toHaveText(kit.steps.map(({ text }) => text));
    await expect(steps.getByRole('link', { name: t.staff.steps.more })).toHaveAttribute('href', practice.furtherGuidanceUrl);
  });

  test('shows every reply, for every rule and topic, with its word count', async ({ page }) => {
    await page.goto(STAFF);
    const replies = page.getByRole('region', { name: t.staff.replies.heading });
    // The topics first, then every rule in order.
    await expect(replies.getByRole('heading', { level: 3 })).toHaveText(kit.groups.map((group) => describeGroup(group).heading));
    expect(kit.groups.filter(({ rule }) => rule).map(({ rule }) => rule!.slug)).toEqual(rules.map(({ slug }) => slug));
    for (const group of kit.groups) {
      const section = replies.getByRole('region', { name: describeGroup(group).heading });
      await expect(section.getByRole('heading', { level: 4 })).toHaveText(group.replies.map(({ kind }) => t.staff.replies[kind]));
      for (const reply of group.replies) {
        await expect(section.getByText(reply.text, { exact: true })).toBeVisible();
        await expect(section.getByText(t.staff.replies.words(reply.words), { exact: true }).first()).toBeVisible();
      }
    }
  });

  test('each reply’s link, at its end, opens that rule’s page', async ({ page }) => {
    for (const group of kit.groups.filter(({ rule }) => rule)) {
      for (const reply of group.replies) expect(reply.text.endsWith(` ${group.link}`)).toBe(true);
      // The same path on this server: the published address is the same site.
      const response = await page.goto(new URL(group.link).pathname);
      expect(response?.status(), group.link).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toContainText(group.rule!.title);
    }
  });

  test('shows the text for the Facebook Page with character counts, the intro within 101, and the share picture', async ({ page }) => {
    await page.goto(STAFF);
    const section = page.getByRole('region', { name: t.staff.page.heading });
    const { intro, pinned, about } = kit.page;
    expect(intro.characters).toBeLessThanOrEqual(INTRO_MAX_CHARACTERS);
    // Two texts may have the same count (Riverside's pinned post and About are both 211).
    const counts = [t.staff.page.charactersOf(intro.characters, INTRO_MAX_CHARACTERS), t.staff.page.characters(pinned.characters), t.staff.page.characters(about.characters)];
    for (const count of new Set(counts)) await expect(section.getByText(count, { exact: true })).toHaveCount(counts.filter((each) => each === count).length);
    await expect(section.locator('#page-intro')).toHaveText(intro.text);
    expect(await section.locator('#page-pinned').textContent()).toBe(pinned.text);
    const picture = section.getByRole('img', { name: t.share.imageAlt(t.home.title, practice.name) });
    await picture.scrollIntoViewIfNeeded();
    await expect.poll(() => picture.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(1200);
    const download = section.getByRole('link', { name: t.staff.page.download });
    expect((await page.request.get(await download.getAttribute('href') as string)).headers()['content-type']).toBe('image/png');
  });

  test('says plainly when its links are only the preview address, and what to set', async ({ page }) => {
    await page.goto(STAFF);
    const warning = page.getByText(t.staff.preview.notReal(kit.site.url)).first();
    if (practice.siteUrl) {
      await expect(warning).toHaveCount(0);
      return;
    }
    await expect(warning).toBeVisible();
    await expect(page.getByText(t.staff.preview.fix).first()).toBeVisible();
    // Before the replies and the Page texts too, for anyone who jumps straight there.
    for (const name of [t.staff.replies.heading, t.staff.page.heading]) {
      await expect(page.getByRole('region', { name }).getByText(t.staff.preview.notReal(kit.site.url))).toBeVisible();
    }
  });

  test('with JavaScript, each Copy button copies its text exactly, and says so', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const violations = await watchPolicy(page);
    await page.goto(STAFF);
    const copied = () => page.evaluate(() => navigator.clipboard.readText());
    for (const group of kit.groups) {
      const { heading, what } = describeGroup(group);
      const section = page.getByRole('region', { name: heading });
      for (const kind of ['public', 'private'] as const) {
        const reply = group.replies.find((candidate) => candidate.kind === kind);
        if (!reply) continue;
        await section.getByRole('button', { name: copyName(kind, what), exact: true }).first().click();
        expect(await copied()).toBe(reply.text);
      }
      await expect(section.getByRole('status').filter({ hasText: t.staff.copied }).first()).toBeVisible();
    }
    for (const field of ['intro', 'pinned', 'about'] as const) {
      await page.getByRole('button', { name: `${t.staff.copy} ${t.staff.page.copyWhat[field]}`, exact: true }).click();
      expect(await copied()).toBe(kit.page[field].text);
    }
    expect(violations).toEqual([]);
  });

  test('without JavaScript, every text is there to select, and no Copy button shows', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(STAFF);
    await expect(page.getByRole('button', { name: t.staff.copy })).toHaveCount(0);
    const reply = kit.groups.at(-1)!.replies[0]!;
    const text = page.getByText(reply.text, { exact: true });
    await expect(text).toBeVisible();
    expect(await text.evaluate((element) => getComputedStyle(element).userSelect)).toBe('all');
    await expect(page.getByText(kit.page.pinned.text.split('\n')[0]!)).toBeVisible();
    await context.close();
  });

  test('shares the rule pages’ one Copy script and its CSP hash: no script of its own', () => {
    const staff = html(STAFF);
    const rule = html(RULE);
    expect(inlineScripts(staff)).toEqual(inlineScripts(rule));
    expect(inlineScripts(staff)).toEqual([{ attributes: 'type="module"', code: expect.stringContaining('button[data-copy]') }]);
    expect(scriptPolicy(staff)).toBe(scriptPolicy(rule));
  });

  test('fits in 14 KB gzipped (HTML and CSS), and loads no script file and nothing from another site', async ({ page, baseURL }) => {
    const total = gzipSync(html(STAFF), { level: 9 }).length;
    expect(total, `${STAFF} is ${total} bytes gzipped`).toBeLessThanOrEqual(SIZE_BUDGETS.pageBytes);
    const requests: { url: string; type: string }[] = [];
    page.on('request', (request) => requests.push({ url: request.url(), type: request.resourceType() }));
    await page.goto(STAFF, { waitUntil: 'networkidle' });
    expect(requests.filter(({ type }) => type === 'script')).toEqual([]);
    expect(requests.filter(({ url }) => !url.startsWith(baseURL!) && !url.startsWith('data:'))).toEqual([]);
  });
});

for (const pagePath of [STAFF, SHEET]) {
  test.describe(pagePath, () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`axe finds no problems in the ${colorScheme} colour scheme`, async ({ page }) => {
        // The staff page is long: axe takes a while on a busy machine.
        test.slow();
        await page.emulateMedia({ colorScheme });
        await page.goto(pagePath);
        const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        expect(results.violations.map(({ id, help, nodes }) => `${id}: ${help} (${nodes.map((n) => n.target).join(', ')})`)).toEqual([]);
      });
    }

    test('has one h1, headings that do not skip a level, and a noindex NHS-style title', async ({ page }) => {
      await page.goto(pagePath);
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
      expect(await page.title()).toMatch(new RegExp(` – ${practice.name}$`));
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
      const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((elements) => elements.map((element) => Number(element.tagName[1])));
      levels.reduce((previous, level) => {
        expect(level, `h${level} follows h${previous}`).toBeLessThanOrEqual(previous + 1);
        return level;
      }, 1);
    });

    test('at 320 px wide, and with text at 200%, nothing scrolls sideways', async ({ page }) => {
      const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(pagePath);
      expect(await overflow()).toBeLessThanOrEqual(0);
      await page.setViewportSize({ width: 640, height: 800 });
      await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%', 'important'));
      expect(await overflow()).toBeLessThanOrEqual(0);
    });

    test('breaks nothing in the Content-Security-Policy', async ({ page }) => {
      const violations = await watchPolicy(page);
      await page.goto(pagePath, { waitUntil: 'networkidle' });
      expect(violations).toEqual([]);
    });
  });
}

test.describe('the staff sheet', () => {
  test('is one of the sheets npm run poster prints, on A4', () => {
    expect(PRINTED_SHEETS.filter(({ path: sheetPath }) => sheetPath === SHEET).map(({ paper }) => paper)).toEqual(['A4']);
  });

  test('has the steps, the rules, where the replies are, and the Page texts with their counts', async ({ page }) => {
    await page.goto(SHEET);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.staff.sheet.headline);
    await expect(page.getByRole('list').first().getByRole('listitem')).toHaveText(kit.steps.map(({ text }) => text));
    await expect(page.getByRole('list').nth(1).getByRole('listitem')).toHaveText(rules.map(({ title }) => title));
    await expect(page.getByText(t.staff.sheet.repliesAt)).toContainText(`${new URL(kit.site.url).host}/staff`);
    await expect(page.getByText(t.staff.page.charactersOf(kit.page.intro.characters, INTRO_MAX_CHARACTERS))).toBeVisible();
    for (const line of kit.page.pinned.text.split(/\n\s*\n/)) await expect(page.getByText(line, { exact: true })).toBeVisible();
    await expect(page.getByText(kit.page.about.text, { exact: true })).toBeVisible();
    // The banner people read; the mark across the sheet is a picture (aria-hidden).
    await expect(page.getByRole('banner').getByText(t.draft.mark)).toHaveCount(kit.site.preview ? 1 : 0);
  });

  test('prints on exactly one A4 page', async ({ page }) => {
    await page.goto(SHEET);
    await page.evaluate(() => document.fonts.ready);
    const pdf = await PDFDocument.load(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    expect(pdf.getPageCount()).toBe(1);
    const { width, height } = pdf.getPage(0).getSize();
    expect([Math.round(width / 2.835), Math.round(height / 2.835)]).toEqual([PAPER_MM.A4.width, PAPER_MM.A4.height]);
  });
});

/** Records every Content-Security-Policy violation the page reports. */
async function watchPolicy(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.error(`Content Security Policy: ${event.violatedDirective} ${event.blockedURI}`));
  });
  return violations;
}
