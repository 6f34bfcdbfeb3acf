import { expect, test } from '@playwright/test';
import { changesByDay } from '../../src/lib/content/changelog';
import { formatDate } from '../../src/lib/site/dates';
import { routes } from '../../src/lib/site/routes';
import { pageTitle, t } from '../../src/strings/en';
import { changes, clauses, page as contentPage, everyday, practice, signpostLink } from '../site-content';
import { allPages, NOT_FOUND_PATH, sitemapPages } from './site';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

for (const path of allPages()) {
  test.describe(path, () => {
    test('has the landmarks, one h1, English language and an NHS-style title', async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
      await expect(page.getByRole('banner')).toHaveCount(1);
      await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
      await expect(page.getByRole('main')).toHaveCount(1);
      await expect(page.getByRole('contentinfo')).toHaveCount(1);
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
      const h1 = (await page.getByRole('heading', { level: 1 }).innerText()).replace(/\s+/g, ' ');
      expect(await page.title()).toMatch(new RegExp(`${escape(pageTitle('', practice.name))}$`));
      expect(h1.length).toBeGreaterThan(0);
    });

    test('no link sits inside another link', async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('a a')).toHaveCount(0);
    });

    test('headings do not skip a level', async ({ page }) => {
      await page.goto(path);
      const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((els) => els.map((el) => Number(el.tagName[1])));
      levels.reduce((previous, level) => {
        expect(level, `h${level} follows h${previous}`).toBeLessThanOrEqual(previous + 1);
        return level;
      }, 1);
    });

    test('at 320 px wide, nothing scrolls sideways', async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });

    test('text at 200% still fits at 640 px wide', async ({ page }) => {
      // 200% text on a 1280 px screen lays out like 100% text at 640 px, with the font doubled.
      await page.setViewportSize({ width: 640, height: 800 });
      await page.goto(path);
      // Through the CSSOM: the site's CSP rightly refuses an injected <style>.
      await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%', 'important'));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  });
}

test('the current page is marked in the navigation and breadcrumbs', async ({ page }) => {
  await page.goto(routes.guidance);
  const nav = page.getByRole('navigation', { name: t.nav.label });
  await expect(nav.getByRole('link', { name: t.nav.guidance })).toHaveAttribute('aria-current', 'page');
  await expect(nav.getByRole('link', { name: t.nav.home })).not.toHaveAttribute('aria-current', /.*/);
  const last = clauses.at(-1)!;
  await page.goto(routes.clause(last.slug));
  const crumbs = page.getByRole('navigation', { name: t.breadcrumbsLabel });
  await expect(crumbs.getByRole('link', { name: t.nav.home })).toBeVisible();
  await expect(crumbs.getByRole('link', { name: t.nav.guidance })).toBeVisible();
  await expect(crumbs.getByText(t.clause.breadcrumb(last.number), { exact: true })).toHaveAttribute('aria-current', 'page');
});

test('a mistyped address gets a helpful 404 page', async ({ page }) => {
  const response = await page.goto(NOT_FOUND_PATH);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: t.notFound.title })).toBeVisible();
  await page.getByRole('link', { name: t.notFound.guidance }).click();
  await expect(page).toHaveURL(/\/guidance\/$/);
});

test('the sitemap lists every rule and page, and robots.txt points to it', async ({ request }) => {
  const paths = sitemapPages();
  expect(paths).toEqual(expect.arrayContaining([routes.home, routes.whatChanged, ...clauses.map(({ slug }) => routes.clause(slug))]));
  expect(paths).toHaveLength(new Set(paths).size);
  for (const path of paths) expect(path).toMatch(/^\/([a-z0-9-]+\/)*$/);
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/^Sitemap: https?:\/\/.+\/sitemap\.xml$/m);
});

for (const [index, clause] of clauses.entries()) {
  test(`rule ${clause.number}'s page shows its number, title, summary, the practice's words, related links and review dates`, async ({ page }) => {
    await page.goto(routes.clause(clause.slug));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${t.clause.caption(clause.number, clauses.length)} ${clause.title}`, { useInnerText: true });
    await expect(page.getByText(clause.summary, { exact: true })).toBeVisible();
    const words = page.getByRole('region', { name: t.clause.practiceWordsHeading });
    await expect(words).toContainText(firstWords(clause.body));
    await expect(words).toContainText(t.clause.practiceWordsSource(practice.name));
    await expect(page.getByRole('heading', { name: t.clause.relatedHeading })).toBeVisible();
    await expect(page.getByText(`${t.reviewDates.lastReviewed} ${formatDate(practice.lastReviewed)}`)).toBeVisible();
    await expect(page.getByText(`${t.reviewDates.nextReview} ${formatDate(practice.nextReviewDue)}`)).toBeVisible();
    const pagination = page.getByRole('navigation', { name: t.clause.paginationLabel });
    const [previous, next] = [clauses[index - 1], clauses[index + 1]];
    if (previous) await expect(pagination.getByRole('link', { name: `${t.clause.previous} ${previous.number}. ${previous.title}` })).toBeVisible();
    if (next) {
      await pagination.getByRole('link', { name: `${t.clause.next} ${next.number}. ${next.title}` }).click();
      await expect(page).toHaveURL(new RegExp(`${escape(routes.clause(next.slug))}$`));
    }
  });
}

/** The first few words of a rule as written, before any component or markup. */
function firstWords(body: string): string {
  return body.trim().split(/[<\[\n]/)[0]!.split(/\s+/).slice(0, 6).join(' ');
}

test('the home page lists the rules in order, each linking to its page, and the ways to contact us', async ({ page }) => {
  await page.goto(routes.home);
  const rules = page.getByRole('list').filter({ has: page.getByRole('heading', { name: /^1\. / }) });
  await expect(rules.getByRole('listitem')).toHaveCount(clauses.length);
  await expect(rules.getByRole('heading', { level: 3 })).toHaveText(clauses.map(({ number, title }) => `${number}. ${title}`));
  const contact = page.getByRole('region', { name: t.home.contactHeading });
  for (const id of everyday) {
    const { name, href } = signpostLink(id);
    await expect(contact.getByRole('link', { name, exact: true })).toHaveAttribute('href', href);
  }
  const last = clauses.at(-1)!;
  await rules.getByRole('link', { name: `${last.number}. ${last.title}` }).click();
  await expect(page).toHaveURL(new RegExp(`${escape(routes.clause(last.slug))}$`));
});

test('the accessibility statement follows the GOV.UK model', async ({ page }) => {
  await page.goto(routes.accessibility);
  const statement = contentPage('accessibility').body;
  // Whatever headings the practice keeps, each is on the page, and the contact details come from the facts.
  const headings = [...statement.matchAll(/^#{2,3} (.+)$/gm)].map(([, heading]) => heading!);
  expect(headings.length).toBeGreaterThan(0);
  // Apostrophes are printed curly (’) on the page.
  for (const heading of headings) await expect(page.getByRole('heading', { name: heading.replaceAll("'", '’'), exact: true })).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: practice.email }).first()).toHaveAttribute('href', `mailto:${practice.email}`);
  const prepared = /<FormattedDate date="(\d{4}-\d{2}-\d{2})" \/>/.exec(statement)?.[1];
  if (prepared) await expect(page.getByText(`prepared on ${formatDate(prepared)}`)).toBeVisible();
});

test('"What changed" is linked from the footer and lists the changelog by day, newest first', async ({ page }) => {
  await page.goto(routes.home);
  await page.getByRole('contentinfo').getByRole('link', { name: t.whatChanged.title }).click();
  await expect(page).toHaveURL(/\/what-changed\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.whatChanged.title);
  const days = changesByDay(changes);
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 2 })).toHaveText(days.map(({ date }) => formatDate(date)));
  await expect(main.getByRole('region').getByRole('listitem')).toHaveText(days.flatMap(({ summaries }) => summaries));
});
