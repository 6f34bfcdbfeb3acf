// npm run bench: builds the site, then measures what patients download and wait for, and how the
// build and search grow with more rules. Prints a report and writes bench/results.json and
// bench/results.md. It exits 0 when it finishes, whether or not every target holds (it says
// which do); it exits 1 only if it could not finish.
// Ports used: 4352 (the built site), 4353 and 4354 (DevTools, for the bench and Lighthouse).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve } from './serve.mjs';
import { firstSearch, measurePage, startBrowser } from './bench/browser.mjs';
import { MOBILE_THROTTLING } from './bench/cdp.mjs';
import { scaledContent } from './bench/clauses.mjs';
import { CATEGORIES, lighthouseScores } from './bench/lighthouse.mjs';
import { describeScore, runQueries, scoreQueries } from './bench/search-quality.mjs';
import { queryTableFor, rightFirstPaths } from '../tests/fixtures/search-queries/index.ts';
import { renderReport } from './bench/report.mjs';
import { SIZE_BUDGETS } from '../src/lib/site/size-budgets.ts';
import { editorSize, indexSize, pageWeight, sitePages, timedAstro } from './bench/site.mjs';
import { formatBytes, formatMs, median } from './bench/stats.mjs';

const PORTS = { site: 4352, browser: 4353, lighthouse: 4354 };
const RUNS = { build: 3, search: 5, lighthouse: 3, scaledSearch: 3 };
const SCALES = [8, 80, 800];
const QUERY = 'photo';
// The sizes are the tests' budgets; the times and the search score are the bench's own targets.
const TARGETS = { ...SIZE_BUDGETS, searchMs: 1000, firstHitShare: 0.9, buildMs: 20_000 };
const base = `http://127.0.0.1:${PORTS.site}`;
const isRulePage = (pagePath) => /^\/guidance\/[a-z0-9-]+\/$/.test(pagePath);

const log = (message) => console.error(`[bench] ${message}`);

/** Serves a built site while `use` runs, with the headers the build wrote for hosts, as the tests do. */
async function serving(dir, use) {
  const headers = path.join(dir, '_headers');
  const server = await serve({ dir, port: PORTS.site, headers: existsSync(headers) ? headers : undefined });
  try {
    return await use();
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}

/** The query table written for the content being built, run as the e2e search test runs it. */
async function searchQuality(browser) {
  const table = queryTableFor(process.env.GUIDANCE_CONTENT_DIR ?? 'content');
  if (!table) return undefined;
  const context = await browser.newContext();
  try {
    const found = await runQueries(await context.newPage(), `${base}/search/`, table.rows);
    const { queries, first, top3, firstShare, top3Share, zeroResults, notFirst } = scoreQueries(found, rightFirstPaths);
    return {
      writtenFor: table.writtenFor,
      queries,
      first,
      top3,
      firstShare,
      top3Share,
      zeroResults,
      notFirst: notFirst.map(({ query, expected, got }) => ({ query, expected, got: got.slice(0, 3) })),
    };
  } finally {
    await context.close();
  }
}

/** The first search once unthrottled, then `runs` times throttled, each in a fresh context. */
async function searchCost(chromium, runs, { arriving = true } = {}) {
  const url = `${base}/search/`;
  const unthrottled = await firstSearch(chromium, url, { query: QUERY });
  const throttled = [];
  for (let run = 0; run < runs; run++) throttled.push(await firstSearch(chromium, url, { query: QUERY, throttled: true }));
  const arrivals = [];
  for (let run = 0; arriving && run < runs; run++) arrivals.push(await firstSearch(chromium, url, { query: QUERY, throttled: true, arrive: true }));
  return {
    query: QUERY,
    bytes: unthrottled.bytes,
    headerBytes: unthrottled.headerBytes,
    requests: unthrottled.requests,
    files: unthrottled.files,
    unthrottledMs: Math.round(unthrottled.ms),
    throttledMs: throttled.map(({ ms }) => Math.round(ms)),
    medianThrottledMs: Math.round(median(throttled.map(({ ms }) => ms))),
    arrivalMs: arrivals.map(({ ms }) => Math.round(ms)),
    medianArrivalMs: arriving ? Math.round(median(arrivals.map(({ ms }) => ms))) : undefined,
    throttledBytes: [...new Set(throttled.map(({ bytes }) => bytes))],
    workers: throttled[0]?.workers ?? [],
    pagefindRequestsFasterThanRoundTrip: throttled.reduce((sum, run) => sum + run.fasterThanRoundTrip, 0),
  };
}

function machine(chromiumVersion) {
  const release = readFileSync('/etc/os-release', 'utf8').match(/^PRETTY_NAME="?([^"\n]+)"?/m)?.[1];
  return {
    date: new Date().toISOString(),
    node: process.version,
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.availableParallelism(),
    memoryGiB: Math.round(os.totalmem() / 1024 ** 3),
    os: `${release ?? os.type()} (${os.platform()} ${os.release()}, ${os.arch()})`,
    chromium: chromiumVersion,
    commit: safeGit(['rev-parse', '--short', 'HEAD']),
  };
}

function safeGit(args) {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

function checkTargets({ pages, search, lighthouse, build }) {
  const heaviest = pages.reduce((a, b) => (b.totalBytes > a.totalBytes ? b : a));
  const contentPages = pages.filter(({ path: pagePath }) => pagePath !== '/search/');
  const scriptProblems = contentPages.flatMap((page) => {
    const problems = [];
    if (page.scriptFiles > 0) problems.push(`${page.path} requests ${page.scriptFiles} script file(s)`);
    if (!isRulePage(page.path) && page.inlineScriptBytes > 0) problems.push(`${page.path} has ${page.inlineScriptBytes} B of inline script`);
    if (page.inlineScriptBytes > TARGETS.inlineScriptBytes) problems.push(`${page.path} has ${page.inlineScriptBytes} B of inline script, over ${formatBytes(TARGETS.inlineScriptBytes)}`);
    return problems;
  });
  const inlineOnRules = contentPages.filter(({ path: pagePath }) => isRulePage(pagePath)).map(({ inlineScriptBytes }) => inlineScriptBytes);
  const notHundred = lighthouse.flatMap(({ url, scores, shortfalls }) =>
    CATEGORIES.filter((category) => scores[category] < 100).map(
      (category) =>
        `${new URL(url).pathname} ${category} ${scores[category]}: ${shortfalls
          .filter((shortfall) => shortfall.category === category)
          .map(({ id, title, value }) => `${id} (${title}${value ? `, ${value}` : ''})`)
          .join('; ')}`,
    ),
  );
  return [
    {
      target: `Every page at most ${TARGETS.pageBytes / 1024} KB gzipped, HTML plus CSS`,
      measuredAs: `${pages.length} pages: sitemap, /search/ and 404; CSS is inlined, so HTML gzipped plus any linked CSS`,
      result: `heaviest ${heaviest.path}: ${formatBytes(heaviest.totalBytes)}`,
      holds: pages.every(({ totalBytes }) => totalBytes <= TARGETS.pageBytes),
    },
    {
      target: 'No JavaScript at load on content pages',
      measuredAs: 'every page but /search/: no script file requested; inline script only on rule pages (copy link), at most 1 KB',
      result: scriptProblems.length
        ? scriptProblems.join('; ')
        : `no script files; inline script only on rule pages, ${[...new Set([Math.min(...inlineOnRules), Math.max(...inlineOnRules)])].join('–')} B`,
      holds: scriptProblems.length === 0,
    },
    {
      target: `First search at most ${TARGETS.firstSearchBytes / 1024} KB`,
      measuredAs: `Pagefind's files and the search words (compressed bodies; headers apart) from loading /search/, which starts loading them, to the first result for "${search.query}", cold cache`,
      result: `${formatBytes(search.bytes)} in ${search.requests} requests`,
      holds: search.bytes <= TARGETS.firstSearchBytes,
    },
    {
      target: 'First result within a second, throttled',
      measuredAs: `from typing "${search.query}" on /search/ once it has loaded, to the first result link, median of ${search.throttledMs.length} runs under the mobile profile`,
      result: `${formatMs(search.medianThrottledMs)} (arriving from the header's search box: ${formatMs(search.medianArrivalMs)} from navigation)`,
      holds: search.medianThrottledMs <= TARGETS.searchMs,
    },
    ...(search.quality
      ? [
          {
            target: 'Search answers patients: right page first for 90%, never nothing',
            measuredAs: `the ${search.quality.queries} queries written for ${search.quality.writtenFor} (tests/fixtures/search-queries/), typed on /search/`,
            result: describeScore(search.quality),
            holds: search.quality.firstShare >= TARGETS.firstHitShare && search.quality.zeroResults.length === 0,
          },
        ]
      : []),
    {
      target: 'Lighthouse 100 in all four categories',
      measuredAs: `Lighthouse ${lighthouse[0]?.lighthouseVersion}, mobile defaults (simulated throttling), home, a rule page and /search/, median of ${RUNS.lighthouse} runs`,
      result: notHundred.length ? notHundred.join(' | ') : 'all 100',
      holds: notHundred.length === 0,
    },
    {
      target: 'The real site builds in under 20 s here',
      measuredAs: `median of ${build.runsMs.length} runs of astro build (via npx)`,
      result: formatMs(build.medianMs),
      holds: build.medianMs < TARGETS.buildMs,
    },
  ];
}

async function main() {
  const started = performance.now();
  log(`Building the site ${RUNS.build} times…`);
  const buildRuns = [];
  for (let run = 0; run < RUNS.build; run++) {
    buildRuns.push(Math.round(await timedAstro(['build'])));
    log(`  build ${run + 1}: ${formatMs(buildRuns.at(-1))}`);
  }
  const build = { runsMs: buildRuns, medianMs: Math.round(median(buildRuns)) };

  const chromium = await startBrowser(PORTS.browser);
  let results;
  try {
    const { pages, search, lighthouse } = await serving('dist', async () => {
      log('Measuring every page…');
      const pages = [];
      for (const pagePath of sitePages('dist')) {
        // The 404 page as a host serves it: for an address that does not exist.
        const url = `${base}${pagePath === '/404.html' ? '/no-such-page/' : pagePath}`;
        pages.push({ path: pagePath, ...pageWeight('dist', pagePath), ...(await measurePage(chromium.browser, url)) });
      }
      log(`Searching for "${QUERY}", once unthrottled and ${RUNS.search} times throttled, typed and arriving from the header…`);
      const search = await searchCost(chromium, RUNS.search);
      log('Running the query table…');
      search.quality = await searchQuality(chromium.browser);
      if (search.quality) log(`  ${describeScore(search.quality)}`);
      const rulePage = pages.find(({ path: pagePath }) => isRulePage(pagePath));
      const lighthouseUrls = ['/', rulePage.path, '/search/'].map((pagePath) => `${base}${pagePath}`);
      log(`Running Lighthouse ${RUNS.lighthouse} times on each of ${lighthouseUrls.length} pages…`);
      const lighthouse = await lighthouseScores(lighthouseUrls, PORTS.lighthouse, RUNS.lighthouse);
      return { pages, search, lighthouse };
    });

    const scaling = [];
    try {
      for (const count of SCALES) {
        log(`Scaling: building a copy with ${count} generated rules…`);
        const work = mkdtempSync(path.join(os.tmpdir(), `guidance-bench-${count}-`));
        try {
          const content = scaledContent('content', path.join(work, 'content'), count);
          const dist = path.join(work, 'dist');
          // --force: Astro's content cache would otherwise keep the last copy's files for rules
          // with the same names, and the build would look for them in a folder already removed.
          const env = { GUIDANCE_CONTENT_DIR: content, GUIDANCE_POSTER: 'off' };
          const buildMs = Math.round(await timedAstro(['build', '--force', '--outDir', dist], env));
          const index = indexSize(dist);
          const scaledSearch = await serving(dist, () => searchCost(chromium, RUNS.scaledSearch, { arriving: false }));
          scaling.push({
            clauses: count,
            pages: sitePages(dist).length,
            buildMs,
            indexFiles: index.files,
            indexBytes: index.bytes,
            searchBytes: scaledSearch.bytes,
            searchRequests: scaledSearch.requests,
            medianThrottledSearchMs: scaledSearch.medianThrottledMs,
          });
        } finally {
          rmSync(work, { recursive: true, force: true });
        }
      }
    } finally {
      // Leave Astro's content cache describing the real content again, for the next dev or build.
      await timedAstro(['sync', '--force']);
    }

    const measured = { pages, search, lighthouse, build, editor: editorSize('dist') };
    results = {
      machine: machine(chromium.browser.version()),
      throttling: MOBILE_THROTTLING,
      runs: RUNS,
      ...measured,
      scaling,
      targets: checkTargets(measured),
      benchSeconds: 0,
    };
  } finally {
    await chromium.close();
  }
  results.benchSeconds = Math.round((performance.now() - started) / 1000);

  const report = renderReport(results);
  mkdirSync('bench', { recursive: true });
  writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync('bench/results.md', report);
  console.log(report);
  const failing = results.targets.filter(({ holds }) => !holds);
  log(`Wrote bench/results.json and bench/results.md in ${results.benchSeconds} s.`);
  log(failing.length ? `${failing.length} target(s) do not hold: ${failing.map(({ target }) => target).join('; ')}.` : 'Every target holds.');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
