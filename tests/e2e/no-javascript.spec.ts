import { expect, test } from '@playwright/test';
import { sitemapPages } from './site';

test.use({ javaScriptEnabled: false });

for (const path of sitemapPages()) {
  test(`${path} works with JavaScript off, and every link on it leads somewhere`, async ({ page, request }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    const internal = [...new Set(hrefs.filter((href) => href.startsWith(new URL(page.url()).origin)))];
    expect(internal.length).toBeGreaterThan(0);
    for (const href of internal) {
      const url = new URL(href);
      expect((await request.get(url.pathname)).status(), href).toBe(200);
      if (url.hash) {
        await page.goto(url.href);
        await expect(page.locator(`[id="${decodeURIComponent(url.hash.slice(1))}"]`), href).toHaveCount(1);
        await page.goto(path);
      }
    }
  });
}
