import { expect, test } from '@playwright/test';
import { changesByDay, loadChangelog } from '../../src/lib/changelog';
import { formatDate } from '../../src/lib/dates';
import { allPages, NOT_FOUND_PATH, sitemapPages } from './site';

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
      expect(await page.title()).toMatch(/ – Pioneer Medical Group$/);
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
  await page.goto('/guidance/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Full guidance' })).toHaveAttribute('aria-current', 'page');
  await expect(nav.getByRole('link', { name: 'Home' })).not.toHaveAttribute('aria-current', /.*/);
  await page.goto('/guidance/reviews/');
  const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
  await expect(crumbs.getByRole('link', { name: 'Home' })).toBeVisible();
  await expect(crumbs.getByRole('link', { name: 'Full guidance' })).toBeVisible();
  await expect(crumbs.getByText('Rule 5')).toHaveAttribute('aria-current', 'page');
});

test('a mistyped address gets a helpful 404 page', async ({ page }) => {
  const response = await page.goto(NOT_FOUND_PATH);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'read the full social media guidance' }).click();
  await expect(page).toHaveURL(/\/guidance\/$/);
});

test('the sitemap lists every rule and page, and robots.txt points to it', async ({ page, request }) => {
  const paths = sitemapPages();
  // 8 rules, 6 pages, and the Easy Read introduction, 8 rules and "if you are not happy".
  expect(paths).toHaveLength(8 + 6 + 10);
  expect(paths).toContain('/what-changed/');
  for (const path of paths) expect(path).toMatch(/^\/([a-z0-9-]+\/)*$/);
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/^Sitemap: https?:\/\/.+\/sitemap\.xml$/m);
  await page.goto('/');
});

test('a rule page shows its number, title, summary, the practice’s words, related links and review dates', async ({ page }) => {
  await page.goto('/guidance/photos-and-recordings/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Rule 4 of 8\s+Do not take photos or recordings/);
  await expect(page.getByText('Do not take photos or videos in the waiting room')).toBeVisible();
  const words = page.getByRole('region', { name: 'What our guidance says' });
  await expect(words).toContainText('Photographs or any media recordings are not permitted in the waiting room');
  await expect(words).toContainText('in the surgery’s own words');
  await expect(page.getByRole('heading', { name: 'What to do instead' })).toBeVisible();
  await expect(page.getByText('Page last reviewed: 23 November 2026')).toBeVisible();
  await expect(page.getByText('Next review due: 23 November 2027')).toBeVisible();
  const pagination = page.getByRole('navigation', { name: 'Rules' });
  await expect(pagination.getByRole('link', { name: /Previous rule\s+3\. Do not contact us on social media/ })).toBeVisible();
  await pagination.getByRole('link', { name: /Next rule\s+5\. Leave reviews on the NHS website/ }).click();
  await expect(page).toHaveURL(/\/guidance\/reviews\/$/);
});

test('the home page lists the rules in order, each linking to its page, and the ways to contact us', async ({ page }) => {
  await page.goto('/');
  const rules = page.getByRole('list').filter({ has: page.getByRole('heading', { name: /^1\. / }) });
  await expect(rules.getByRole('listitem')).toHaveCount(8);
  await expect(rules.getByRole('heading', { level: 3 }).first()).toHaveText('1. Use phones politely');
  await expect(rules.getByRole('heading', { level: 3 }).last()).toHaveText('8. Abuse of our team is not allowed');
  const contact = page.getByRole('region', { name: 'Contact the surgery' });
  await expect(contact.getByRole('link', { name: 'Call the surgery on 0117 959 1919' })).toHaveAttribute('href', 'tel:+441179591919');
  await expect(contact.getByRole('link', { name: 'Email the surgery at bnssg.pmg@nhs.net' })).toHaveAttribute('href', 'mailto:bnssg.pmg@nhs.net');
  await expect(contact.getByRole('link', { name: 'Use the online form on our website' })).toHaveAttribute('href', 'https://pioneermedicalgroup.nhs.uk/');
  await expect(contact.getByRole('link', { name: 'Use the NHS App' })).toHaveAttribute('href', 'https://www.nhs.uk/nhs-app/');
  await rules.getByRole('link', { name: '4. Do not take photos or recordings' }).click();
  await expect(page).toHaveURL(/\/guidance\/photos-and-recordings\/$/);
});

test('the accessibility statement follows the GOV.UK model', async ({ page }) => {
  await page.goto('/accessibility/');
  for (const heading of [
    'How accessible this website is',
    'Feedback and contact information',
    'Reporting accessibility problems with this website',
    'Enforcement procedure',
    'Compliance status',
    'Preparation of this accessibility statement',
  ]) {
    await expect(page.getByRole('heading', { name: heading })).toBeVisible();
  }
  await expect(page.getByRole('main').getByRole('link', { name: 'bnssg.pmg@nhs.net' }).first()).toHaveAttribute('href', 'mailto:bnssg.pmg@nhs.net');
  await expect(page.getByText('This statement was prepared on 23 November 2026.')).toBeVisible();
});

test('"What changed" is linked from the footer and lists the changelog by day, newest first', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'What changed' }).click();
  await expect(page).toHaveURL(/\/what-changed\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What changed');
  const days = changesByDay(loadChangelog());
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 2 })).toHaveText(days.map(({ date }) => formatDate(date)));
  await expect(main.getByRole('listitem').filter({ hasText: 'First published' })).toBeVisible();
});
