import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { describeScore, runQueries, scoreQueries } from '../../scripts/bench/search-quality.mjs';
import { contentDir } from '../../src/lib/content/content-dir';
import { routes } from '../../src/lib/site/routes';
import { SIZE_BUDGETS } from '../../src/lib/site/size-budgets';
import { wordsOf } from '../../src/lib/search/search-words';
import { t } from '../../src/strings/en';
import { contentRules, typoOf } from '../fixtures/search-queries/content';
import { queryTableFor, rightFirstPaths, type QueryRow } from '../fixtures/search-queries/index';
import { SEARCH_PATH } from './site';

const box = (page: Page) => page.getByRole('main').getByRole('searchbox', { name: t.search.label });
const status = (page: Page) => page.getByRole('main').getByRole('status');
const region = (page: Page) => page.getByRole('region', { name: t.search.resultsLabel });
const results = (page: Page) => region(page).getByRole('listitem');
const client = t.search.client;

/** Types a query and waits until its results are shown (the results region stops being busy). */
async function search(page: Page, query: string) {
  await box(page).fill(query);
  await expect(page.locator('section[aria-busy="true"]')).toHaveCount(0);
  await expect(status(page)).not.toBeEmpty();
}

async function resultPaths(page: Page): Promise<string[]> {
  return results(page)
    .getByRole('link')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

/** Every word in the built search index: what "the guidance has this word" means. */
function indexedWords(): Set<string> {
  const dir = path.join('dist', 'pagefind', 'fragment');
  return new Set(
    readdirSync(dir).flatMap((name) => {
      const { content, meta } = JSON.parse(gunzipSync(readFileSync(path.join(dir, name))).subarray(12).toString('utf8'));
      return wordsOf([content, ...Object.values(meta as Record<string, string>)].join(' '));
    }),
  );
}

const rules = contentRules();
/** A rule with a keyword of one word of 6 letters or more: the content-derived tests use it. */
const sample = (() => {
  for (const rule of rules) {
    const keyword = rule.keywords.find((word) => /^\p{L}{6,}$/u.test(word));
    if (keyword) return { rule, keyword: keyword.toLowerCase(), path: routes.clause(rule.slug), title: t.guidance.ruleHeading(rule.number, rule.title) };
  }
  throw new Error('The tests need a rule with a keyword of one word, 6 letters or more.');
})();

test.describe('the query table for this content', () => {
  const table = queryTableFor(contentDir());
  test.skip(!table, `No query table was written for ${contentDir()}: the checks for any content still run.`);

  test('right page first for at least 90%, every query at its rank, and none finds nothing', async ({ page, baseURL }) => {
    test.setTimeout(240_000);
    const found = await runQueries(page, `${baseURL}${SEARCH_PATH}`, table!.rows);
    const score = scoreQueries(found, (row: QueryRow) => rightFirstPaths(row));
    console.log(`Search, ${table!.rows.length} queries written for ${table!.writtenFor}: ${describeScore(score)}.`);
    for (const row of score.notFirst) {
      console.log(`  ${row.rank === 'first' ? 'MISS' : 'top3'} "${row.query}": expected ${row.expected}, got ${row.got.slice(0, 3).join(', ') || 'nothing'}`);
    }
    const words = indexedWords();
    const zeroWithGuidanceWords = found
      .filter(({ got }) => got.length === 0)
      .filter(({ query }) => wordsOf(query).some((word) => words.has(word)))
      .map(({ query }) => query);
    expect(zeroWithGuidanceWords, 'queries with words in the guidance that found nothing').toEqual([]);
    expect(score.misses.map(({ query, rank }: QueryRow) => `${query} (${rank})`)).toEqual([]);
    expect(score.firstShare).toBeGreaterThanOrEqual(0.9);
  });
});

test.describe('for any surgery’s content', () => {
  test('each rule’s title and each of its keywords find the rule in the top three', async ({ page, baseURL }) => {
    test.setTimeout(240_000);
    const rows = rules.flatMap((rule) =>
      [rule.title, ...rule.keywords].map((query) => ({ query, path: routes.clause(rule.slug) })),
    );
    const found = await runQueries(page, `${baseURL}${SEARCH_PATH}`, rows);
    const misses = found.filter(({ got, path: expected }) => !got.slice(0, 3).includes(expected));
    console.log(`Search: ${rows.length - misses.length} of ${rows.length} rule titles and keywords found their rule in the top three.`);
    expect(misses.map(({ query, path: expected, got }) => `${query}: expected ${expected}, got ${got.slice(0, 3).join(', ')}`)).toEqual([]);
  });

  test('a typo of each rule’s longest keyword is corrected, says so, and finds the rule', async ({ page }) => {
    test.setTimeout(120_000);
    const words = indexedWords();
    const typos = rules.flatMap((rule) => {
      const longest = rule.keywords.filter((word) => /^\p{L}{7,}$/u.test(word)).sort((a, b) => b.length - a.length)[0];
      const word = longest?.toLowerCase();
      return word && !words.has(typoOf(word)) ? [{ word, path: routes.clause(rule.slug) }] : [];
    });
    expect(typos.length).toBeGreaterThan(0);
    await page.goto(SEARCH_PATH);
    for (const { word, path: expected } of typos) {
      const typo = typoOf(word);
      await search(page, typo);
      await expect(status(page)).toContainText(client.corrected.replace('{typed}', typo));
      await expect(region(page).getByRole('link', { name: client.instead.replace('{typed}', typo) })).toBeVisible();
      expect((await resultPaths(page)).slice(0, 3), `${typo} (a typo of ${word})`).toContain(expected);
    }
  });
});

test('a correction says so, and one click searches for what was typed instead', async ({ page }) => {
  const typo = typoOf(sample.keyword);
  await page.goto(SEARCH_PATH);
  await search(page, typo);
  const notice = region(page).getByText(client.showing.replace('{query}', sample.keyword));
  await expect(notice).toBeVisible();
  await expect(status(page)).toHaveText(new RegExp(`^No results for ${typo}\\. \\d+ results? for ${sample.keyword}$`));
  await expect(results(page).getByRole('link', { name: sample.title })).toBeVisible();

  await region(page).getByRole('link', { name: client.instead.replace('{typed}', typo) }).click();
  await expect(status(page)).toHaveText(`No results for ${typo}`);
  await expect(notice).toBeHidden();
  await expect(box(page)).toHaveValue(typo);
  await expect(box(page)).toBeFocused();
  await expect(page).toHaveURL(new RegExp(`[?&]typed=`));
  // Typing again corrects again.
  await search(page, `${typo} `);
  await expect(notice).toBeVisible();
});

test('when no page has every word, pages with some of them show under a plain heading', async ({ page }) => {
  await page.goto(SEARCH_PATH);
  await search(page, `zzzqqq ${sample.keyword}`);
  await expect(region(page).getByRole('heading', { name: client.someHeading })).toBeVisible();
  await expect(status(page)).toHaveText(new RegExp(`^\\d+ results? with some of the words in zzzqqq ${sample.keyword}$`));
  await expect(results(page).getByRole('link', { name: sample.title })).toBeVisible();
  // A query whose words are all on one page shows no such heading.
  await search(page, sample.keyword);
  await expect(region(page).getByRole('heading', { name: client.someHeading })).toBeHidden();
});

test('stop words never decide a result', async ({ page }) => {
  await page.goto(SEARCH_PATH);
  await search(page, sample.keyword);
  const alone = await resultPaths(page);
  await search(page, `can I ${sample.keyword} on the`);
  expect(await resultPaths(page)).toEqual(alone);
  await expect(status(page)).toHaveText(new RegExp(`results? for can I ${sample.keyword} on the$`));
});

test('results are links titled by the rule, with matches marked, and the count is announced', async ({ page }) => {
  await page.goto(SEARCH_PATH);
  await search(page, sample.keyword);
  await expect(status(page)).toHaveText(new RegExp(`^\\d+ results? for ${sample.keyword}$`));
  const item = results(page).filter({ has: page.getByRole('link', { name: sample.title }) });
  await expect(item.locator('mark').first()).toHaveText(new RegExp(sample.keyword.slice(0, 4), 'i'));
  await expect(page.getByText(t.search.noScript)).toBeHidden();
  await item.getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`${sample.path}$`));
});

test('no results suggests the A to Z list and the contact page', async ({ page }) => {
  await page.goto(SEARCH_PATH);
  await search(page, 'zzzqqq');
  await expect(status(page)).toHaveText('No results for zzzqqq');
  await expect(results(page)).toHaveCount(0);
  await expect(page.getByRole('link', { name: t.search.noneHelp.aToZ })).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: t.search.noneHelp.contact, exact: true })).toBeVisible();
});

test('Escape clears the search, and focus stays in the box', async ({ page }) => {
  await page.goto(SEARCH_PATH);
  await search(page, sample.keyword);
  await box(page).press('Escape');
  await expect(box(page)).toHaveValue('');
  await expect(box(page)).toBeFocused();
  await expect(results(page)).toHaveCount(0);
  await expect(status(page)).toHaveText('');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('main').getByRole('button', { name: t.search.button })).toBeFocused();
});

test('the header search box on every page takes you to the results', async ({ page }) => {
  await page.goto(sample.path);
  const header = page.getByRole('banner');
  await header.getByRole('searchbox', { name: t.search.label }).fill(sample.keyword);
  await header.getByRole('button', { name: t.search.button }).click();
  await expect(page).toHaveURL(new RegExp(`/search/\\?q=${sample.keyword}$`));
  await expect(box(page)).toHaveValue(sample.keyword);
  await expect(results(page).getByRole('link', { name: sample.title })).toBeVisible();
});

for (const [name, query] of [
  ['results', () => sample.keyword],
  ['a correction and pages with some of the words', () => `zzzqqq ${typoOf(sample.keyword)}`],
] as const) {
  test(`axe finds no problems with ${name} showing`, async ({ page }) => {
    // The search page, with its A to Z list, is the longest page: axe takes a while on a busy machine.
    test.setTimeout(90_000);
    await page.goto(SEARCH_PATH);
    await search(page, query());
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    expect(violations.map(({ id, help }) => `${id}: ${help}`)).toEqual([]);
  });
}

test('at 320 px the search, a correction and its results fit', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(SEARCH_PATH);
  await search(page, `zzzqqq ${typoOf(sample.keyword)}`);
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
    await search(page, sample.keyword);
    await expect(status(page)).toHaveText(new RegExp(`results? for ${sample.keyword}$`));
    expect(problems).toEqual([]);
  });
}

test('the search page preloads what a first search needs, fetches each file once, and stays under 85 KB', async ({ page }) => {
  // Counted from the page load: Pagefind starts loading with the page. Listening on the
  // context would catch a web worker's requests too (Pagefind runs on the page here).
  // The budget is the files' compressed bodies. Response headers are printed beside them but not
  // counted: they depend on the host, and over HTTP/2, which every host in DEPLOY.md serves,
  // eight nearly identical header blocks are compressed (HPACK) to little more than one.
  const transfers: { url: string; bytes: number; headers: number }[] = [];
  page.context().on('requestfinished', async (request) => {
    if (!request.url().includes('/pagefind/')) return;
    const sizes = await request.sizes();
    transfers.push({ url: request.url(), bytes: sizes.responseBodySize, headers: sizes.responseHeadersSize });
  });
  const preloads = await (await page.request.get(SEARCH_PATH)).text();
  for (const file of ['pagefind', 'entry', 'words']) expect(preloads).toContain(`data-search-file="${file}"`);
  await page.goto(SEARCH_PATH);
  await search(page, sample.keyword);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  const total = transfers.reduce((sum, { bytes }) => sum + bytes, 0);
  const headers = transfers.reduce((sum, { headers }) => sum + headers, 0);
  console.log(`First search for "${sample.keyword}" transferred ${total} bytes of Pagefind and search words in ${transfers.length} requests (and ${headers} bytes of HTTP/1.1 headers):`);
  for (const { url, bytes } of transfers) console.log(`  ${bytes} ${new URL(url).pathname}${new URL(url).search}`);
  const urls = transfers.map(({ url }) => url);
  expect(urls.filter((url, index) => urls.indexOf(url) !== index), 'files fetched twice').toEqual([]);
  expect(urls.some((url) => url.includes('search-words.json'))).toBe(true);
  expect(total).toBeLessThanOrEqual(SIZE_BUDGETS.firstSearchBytes);
});

test('if the index cannot load, the page says so and the A to Z list still works', async ({ page }) => {
  await page.route('**/pagefind/**', (route) => route.fulfill({ status: 404, body: 'missing' }));
  await page.goto(SEARCH_PATH);
  await box(page).fill(sample.keyword);
  await expect(status(page)).toHaveText(client.failed);
  await page.getByRole('link', { name: sample.keyword.charAt(0).toUpperCase() + sample.keyword.slice(1), exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${sample.path}$`));
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the header search goes to the search page, which lists every rule and topic A to Z', async ({ page }) => {
    await page.goto('/');
    const header = page.getByRole('banner');
    await header.getByRole('searchbox', { name: t.search.label }).fill(sample.keyword);
    await header.getByRole('button', { name: t.search.button }).click();
    await expect(page).toHaveURL(new RegExp(`/search/\\?q=${sample.keyword}$`));
    await expect(page.getByText(t.search.noScript)).toBeVisible();
    await expect(page.getByRole('heading', { name: t.search.aToZHeading })).toBeVisible();
    for (const rule of rules) {
      await expect(page.getByRole('link', { name: rule.title, exact: true })).toBeVisible();
    }
    await page.getByRole('link', { name: sample.keyword.charAt(0).toUpperCase() + sample.keyword.slice(1), exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${sample.path}$`));
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
      await box(page).fill(sample.keyword);
      await expect(status(page)).toHaveText(client.unavailable, { timeout: 10_000 });
    }).toPass({ timeout: 90_000 });
  } finally {
    process.kill(-dev.pid!, 'SIGTERM');
  }
});
