import { expect, test } from '@playwright/test';
import { routes } from '../../src/lib/site/routes';
import { t } from '../../src/strings/en';
import { clauses } from '../site-content';
import { allPages } from './site';

for (const path of allPages()) {
  test(`on ${path}, the first Tab reaches the skip link, which moves focus to the main content`, async ({ page }) => {
    await page.goto(path);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: t.skipLink });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
  });
}

test('focused links get the yellow NHS focus style', async ({ page }) => {
  await page.goto(routes.home);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const background = await page.evaluate(() => getComputedStyle(document.activeElement!).backgroundColor);
  expect(background).toBe('rgb(255, 235, 59)');
});

test('links and buttons outside running text are at least 24 by 24 pixels', async ({ page }) => {
  // The rule with the most ways to contact us has the most links to measure.
  await page.goto(routes.clause([...clauses].sort((a, b) => b.signposts.length - a.signposts.length)[0]!.slug));
  const small = await page
    .locator('header a, nav a, footer a, .pagination a')
    .evaluateAll((links) =>
      links
        .map((link) => ({ text: link.textContent?.trim(), box: link.getBoundingClientRect() }))
        .filter(({ box }) => box.width < 24 || box.height < 24)
        .map(({ text, box }) => `${text}: ${Math.round(box.width)}×${Math.round(box.height)}`),
    );
  expect(small).toEqual([]);
});
