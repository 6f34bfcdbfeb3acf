// What a browser sees: script loaded at page load, requests before first paint, and the first
// search's bytes and time, cold cache each time. The same Chromium the tests use.
import { chromium } from '@playwright/test';
import { launchOptions } from '../chromium.mjs';
import { connectCdp, MOBILE_THROTTLING, throttleTarget } from './cdp.mjs';

/** Starts Chromium with a DevTools port for the bench's own CDP client. */
export async function startBrowser(debuggingPort) {
  const options = launchOptions();
  const browser = await chromium.launch({ ...options, args: [...options.args, `--remote-debugging-port=${debuggingPort}`] });
  const cdp = await connectCdp(debuggingPort);
  return {
    browser,
    cdp,
    close: async () => {
      cdp.close();
      await browser.close();
    },
  };
}

const EXECUTABLE = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/**
 * One page, loaded in a fresh context: script files requested and their bytes on the wire,
 * inline script bytes, and how many requests started before the first contentful paint.
 */
export async function measurePage(browser, url) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const scripts = [];
    page.on('requestfinished', async (request) => {
      if (request.resourceType() !== 'script') return;
      const sizes = await request.sizes();
      scripts.push({ url: request.url(), bytes: sizes.responseBodySize + sizes.responseHeadersSize });
    });
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.waitForFunction(() => performance.getEntriesByType('paint').length > 0);
    const inPage = await page.evaluate((executable) => {
      const paints = performance.getEntriesByType('paint');
      const paint = paints.find(({ name }) => name === 'first-contentful-paint') ?? paints[0];
      const resources = performance.getEntriesByType('resource').filter(({ startTime }) => startTime < paint.startTime);
      const inline = [...document.scripts].filter((script) => !script.src && executable.includes(script.type));
      return {
        paintMs: paint.startTime,
        // The document itself, then everything it asked for before painting.
        requestsBeforePaint: 1 + resources.length,
        inlineScripts: inline.length,
        inlineScriptBytes: inline.reduce((sum, script) => sum + new TextEncoder().encode(script.textContent ?? '').length, 0),
      };
    }, [...EXECUTABLE]);
    return {
      ...inPage,
      scriptFiles: scripts.length,
      scriptFileBytes: scripts.reduce((sum, { bytes }) => sum + bytes, 0),
    };
  } finally {
    await context.close();
  }
}

const box = (page) => page.getByRole('main').getByRole('searchbox', { name: 'Search the guidance' });

/**
 * Loads the search page in a fresh context (cold cache), types `query` into the box once the
 * page has settled, and waits for the first result link. Returns the bytes of Pagefind's files
 * and the search words (everything under /pagefind/) from the page load on, since the page
 * starts loading them itself, plus anything else requested after typing; and the time from
 * typing to the first result link being visible. With `arrive`, the query comes in the address
 * instead, as from the header's search box, and the time runs from the start of navigation.
 * With `throttled`, the page runs under Lighthouse's mobile profile.
 */
export async function firstSearch({ browser, cdp }, searchUrl, { query = 'photo', throttled = false, arrive = false } = {}) {
  const context = await browser.newContext();
  let throttle;
  try {
    const page = await context.newPage();
    if (throttled) {
      const session = await context.newCDPSession(page);
      const { targetInfo } = await session.send('Target.getTargetInfo');
      throttle = await throttleTarget(cdp, targetInfo.targetId);
    }
    const transfers = [];
    let typed = false;
    // Listening on the context would catch a web worker's requests too.
    context.on('requestfinished', async (request) => {
      if (!typed && !request.url().includes('/pagefind/')) return;
      const sizes = await request.sizes();
      const timing = request.timing();
      // Compressed bodies: over HTTP/2, which the hosts serve, repeated headers compress to little
      // (tests/e2e/search.spec.ts counts the same way); the headers are kept to report beside them.
      transfers.push({ url: request.url(), bytes: sizes.responseBodySize, headers: sizes.responseHeadersSize, ms: timing.responseEnd });
    });
    const firstResult = page.locator('[data-search-results] a, [data-search-more] a').first();
    if (arrive) {
      // The clock starts with navigation (performance.now() is 0 then) and stops at the first result.
      await page.addInitScript(() =>
        document.addEventListener('DOMContentLoaded', () =>
          new MutationObserver((_, observer) => {
            if (!document.querySelector('[data-search-results] a, [data-search-more] a')?.checkVisibility()) return;
            window.__benchResult = performance.now();
            observer.disconnect();
          }).observe(document.querySelector('[data-search-results]').closest('section'), { childList: true, subtree: true }),
        ),
      );
      const url = new URL(searchUrl);
      url.searchParams.set('q', query);
      typed = true;
      await page.goto(url.href);
      await firstResult.waitFor({ state: 'visible', timeout: 60_000 });
      const ms = await page.evaluate(() => window.__benchResult);
      return { ms, bytes: transfers.reduce((sum, { bytes }) => sum + bytes, 0), requests: transfers.length, files: [], workers: throttle?.workers };
    }
    await page.goto(searchUrl, { waitUntil: 'networkidle' });
    typed = true;
    // The clock runs in the page: from the input event to the first result link being visible.
    await page.evaluate(() => {
      const input = document.querySelector('main input[type="search"]');
      input.addEventListener('input', () => (window.__benchStart = performance.now()), { once: true });
      new MutationObserver((_, observer) => {
        const link = document.querySelector('[data-search-results] a, [data-search-more] a');
        if (!link?.checkVisibility()) return;
        window.__benchResult = performance.now();
        observer.disconnect();
      }).observe(document.querySelector('[data-search-results]').closest('section'), { childList: true, subtree: true });
    });
    await box(page).fill(query);
    await firstResult.waitFor({ state: 'visible', timeout: 60_000 });
    const ms = await page.evaluate(() => window.__benchResult - window.__benchStart);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    const pagefind = transfers.filter(({ url }) => url.includes('/pagefind/'));
    return {
      ms,
      bytes: transfers.reduce((sum, { bytes }) => sum + bytes, 0),
      headerBytes: transfers.reduce((sum, { headers }) => sum + headers, 0),
      requests: transfers.length,
      files: transfers.map(({ url, bytes }) => ({ path: new URL(url).pathname, bytes })),
      // Evidence that the worker's requests were throttled: none can beat one round trip.
      fasterThanRoundTrip: throttled ? pagefind.filter(({ ms: took }) => took < MOBILE_THROTTLING.latencyMs).length : undefined,
      workers: throttle?.workers,
    };
  } finally {
    await throttle?.stop();
    await context.close();
  }
}
