import { spawn } from 'node:child_process';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { searchQueries } from '../fixtures/search-queries';
import { SEARCH_PATH } from './site';

const box = (page: Page) => page.getByRole('main').getByRole('searchbox', { name: 'Search the guidance' });
const status = (page: Page) => page.getByRole('main').getByRole('status');
const results = (page: Page) => page.getByRole('region', { name: 'Search results' }).getByRole('listitem');

async function search(page: Page, query: string) {
  await box(page).fill(query);
  await expect(status(page)).toHaveText(/results? for|No results for/);
}

async function resultPaths(page: Page): Promise<string[]> {
  return results(page)
    .getByRole('link')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

test('everyday words find the right rule', async ({ page }) => {
  await page.goto(SEARCH_PATH);
  const rows: { query: string; expect: string; got: string[] }[] = [];
  for (const { query, expect: expected } of searchQueries) {
    await box(page).fill('');
    await search(page, query);
    // The whole query, at the end: a status left from an earlier, longer query must not pass.
    await expect(status(page)).toHaveText(new RegExp(` for ${query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    rows.push({ query, expect: expected, got: await resultPaths(page) });
  }
  const first = rows.filter((row) => row.got[0] === row.expect);
  const share = first.length / rows.length;
  console.log(`Search: the right page came first for ${first.length} of ${rows.length} queries (${Math.round(share * 100)}%).`);
  for (const row of rows.filter((r) => r.got[0] !== r.expect)) {
    console.log(`  "${row.query}": expected ${row.expect}, got ${row.got.slice(0, 3).join(', ') || 'nothing'}`);
  }
  expect(rows.length).toBeGreaterThanOrEqual(25);
  expect(share).toBeGreaterThanOrEqual(0.9);
  expect(rows.filter((row) => !row.got.slice(0, 3).includes(row.expect)).map((row) => row.query)).toEqual([]);
});

test('results are links titled by the rule, with matches marked, and the count is announced', async ({ page }) => {
  await page.goto(SEARCH_PATH);
  await search(page, 'camera');
  await expect(status(page)).toHaveText(/^\d+ results? for camera$/);
  const first = results(page).first();
  await expect(first.getByRole('link', { name: 'Rule 4: Do not take photos or recordings' })).toBeVisible();
  await expect(first.locator('mark').first()).toHaveText(/camera/i);
  await search(page, 'photos');
  await expect(results(page).first().locator('mark').first()).toHaveText('photos');
  await expect(page.getByText('Search needs JavaScript')).toBeHidden();
  await results(page).first().getByRole('link').click();
  await expect(page).toHaveURL(/\/guidance\/photos-and-recordings\/$/);
});

test('no results suggests the A to Z list and the contact page', async ({ page }) => {
  await page.goto(SEARCH_PATH);
  await search(page, 'zzzqqq');
  await expect(status(page)).toHaveText('No results for zzzqqq');
  await expect(results(page)).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'A to Z list' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'contact us the right way', exact: true })).toBeVisible();
});

test('Escape clears the search, and focus stays in the box', async ({ page }) => {
  await page.goto(SEARCH_PATH);
  await search(page, 'review');
  await box(page).press('Escape');
  await expect(box(page)).toHaveValue('');
  await expect(box(page)).toBeFocused();
  await expect(results(page)).toHaveCount(0);
  await expect(status(page)).toHaveText('');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('main').getByRole('button', { name: 'Search' })).toBeFocused();
});

test('the header search box on every page takes you to the results', async ({ page }) => {
  await page.goto('/guidance/reviews/');
  const header = page.getByRole('banner');
  await header.getByRole('searchbox', { name: 'Search the guidance' }).fill('photo');
  await header.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=photo$/);
  await expect(box(page)).toHaveValue('photo');
  await expect(results(page).first().getByRole('link')).toHaveText('Rule 4: Do not take photos or recordings');
});

test('axe finds no problems with results showing', async ({ page }) => {
  await page.goto(SEARCH_PATH);
  await search(page, 'appointment');
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  expect(violations.map(({ id, help }) => `${id}: ${help}`)).toEqual([]);
});

test('at 320 px the search and its results fit', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(SEARCH_PATH);
  await search(page, 'appointment');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

const HOSTILE = [
  { name: 'a 2,000-character query', query: Array.from({ length: 2000 }, (_, i) => 'qzxjvk'[i % 6]).join('') },
  { name: 'an HTML payload', query: '<img src=x onerror=alert(1)>' },
  { name: 'a script payload', query: '<script>alert(document.cookie)</script>' },
  { name: 'a javascript: URL', query: 'javascript:alert(1)//' },
  { name: 'emoji', query: '😀📸🤳' },
  { name: 'right-to-left text', query: 'مرحبا بالعالم' },
];

for (const { name, query } of HOSTILE) {
  test(`hostile input: ${name} runs nothing, breaks nothing and finds nothing`, async ({ page }) => {
    const problems: string[] = [];
    page.on('dialog', (dialog) => {
      problems.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => problems.push(`error: ${error.message}`));
    await page.goto(SEARCH_PATH);
    await search(page, query);
    await expect(status(page)).toHaveText(/^No results for /);
    await expect(page.locator('[data-search-results] img, [data-search-results] script')).toHaveCount(0);
    await box(page).fill('photo');
    await expect(status(page)).toHaveText(/results? for photo$/);
    expect(problems).toEqual([]);
  });
}

// The Easy Read pages (issue 14) add about 4 KB to the first search for "photo": 2.3 KB of index and
// two more results' fragments. Before them it was 84.9 KB.
test('nothing of Pagefind loads until the box is used, and the first search stays under 90 KB', async ({ page }) => {
  // Pagefind searches in a web worker: listening on the context catches the worker's requests too.
  const transfers: { url: string; bytes: number }[] = [];
  page.context().on('requestfinished', async (request) => {
    const sizes = await request.sizes();
    transfers.push({ url: request.url(), bytes: sizes.responseBodySize + sizes.responseHeadersSize });
  });
  await page.goto(SEARCH_PATH, { waitUntil: 'networkidle' });
  expect(transfers.filter(({ url }) => url.includes('/pagefind/'))).toEqual([]);
  transfers.length = 0;

  await search(page, 'photo');
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  const total = transfers.reduce((sum, { bytes }) => sum + bytes, 0);
  console.log(`First search transferred ${total} bytes in ${transfers.length} requests:`);
  for (const { url, bytes } of transfers) console.log(`  ${bytes} ${new URL(url).pathname}`);
  expect(transfers.some(({ url }) => url.includes('/pagefind/'))).toBe(true);
  expect(total).toBeLessThanOrEqual(90 * 1024);
});

test('if the index cannot load, the page says so and the A to Z list still works', async ({ page }) => {
  await page.route('**/pagefind/**', (route) => route.fulfill({ status: 404, body: 'missing' }));
  await page.goto(SEARCH_PATH);
  await box(page).fill('photo');
  await expect(status(page)).toHaveText('Search is not working right now. Use the A to Z list below.');
  await page.getByRole('link', { name: 'Selfie' }).click();
  await expect(page).toHaveURL(/\/guidance\/photos-and-recordings\/$/);
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the header search goes to the search page, which lists every rule and topic A to Z', async ({ page }) => {
    await page.goto('/');
    const header = page.getByRole('banner');
    await header.getByRole('searchbox', { name: 'Search the guidance' }).fill('photo');
    await header.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/search\/\?q=photo$/);
    await expect(page.getByText('Search needs JavaScript, which is turned off.')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Rules and topics A to Z' })).toBeVisible();
    for (const title of ['Use phones politely', 'Abuse of our team is not allowed', 'Leave reviews on the NHS website']) {
      await expect(page.getByRole('link', { name: title, exact: true })).toBeVisible();
    }
    await page.getByRole('link', { name: 'Photo', exact: true }).click();
    await expect(page).toHaveURL(/\/guidance\/photos-and-recordings\/$/);
  });
});

test('in npm run dev, before any build, the search says it works after a build', async ({ page }) => {
  test.setTimeout(120_000);
  // Next to the tests' own server, so checkouts that pick another TEST_PORT do not clash.
  const port = Number(process.env.TEST_PORT ?? 4329) + 70;
  const dev = spawn('npx', ['astro', 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
    detached: true,
  });
  try {
    await expect(async () => {
      const response = await page.request.get(`http://127.0.0.1:${port}${SEARCH_PATH}`);
      expect(response.ok()).toBe(true);
    }).toPass({ timeout: 60_000 });
    // On a fresh checkout Vite may reload the page once while it prepares dependencies: try again then.
    await expect(async () => {
      await page.goto(`http://127.0.0.1:${port}${SEARCH_PATH}`);
      await page.waitForLoadState('networkidle');
      await box(page).fill('photo');
      await expect(status(page)).toHaveText('Search works after a build. Run npm run build, then npm run preview.', {
        timeout: 10_000,
      });
    }).toPass({ timeout: 90_000 });
  } finally {
    process.kill(-dev.pid!, 'SIGTERM');
  }
});
