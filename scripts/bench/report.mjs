// The bench's results as Markdown: printed to the terminal and saved as bench/results.md.
import { CATEGORIES } from './lighthouse.mjs';
import { describeScore } from './search-quality.mjs';
import { formatBytes, formatMs, markdownTable } from './stats.mjs';

export function renderReport({ machine, throttling, runs, pages, search, lighthouse, build, editor, scaling, targets, benchSeconds }) {
  const kbps = (bytesPerSecond) => `${Math.round((bytesPerSecond * 8) / 1024)} Kbps`;
  const throttle = `${throttling.latencyMs} ms round trip, ${kbps(throttling.downloadBytesPerSecond)} down, ${kbps(throttling.uploadBytesPerSecond)} up, ${throttling.cpuSlowdown}× CPU slowdown`;
  const workerNote = search.workers
    .map(({ url, network, cpu }) => `${new URL(url).pathname}: network ${network === 'inherited' ? "through the page's throttle" : 'throttled'}, CPU slowdown ${cpu}`)
    .join('; ');
  return `# Bench results

Run on ${machine.date.slice(0, 10)} at commit ${machine.commit}, in ${benchSeconds} s, by \`npm run bench\`.

${markdownTable(
  ['machine', ''],
  [
    ['date', machine.date],
    ['Node.js', machine.node],
    ['CPU', `${machine.cpu}, ${machine.cores} cores`],
    ['memory', `${machine.memoryGiB} GiB`],
    ['OS', machine.os],
    ['Chromium', machine.chromium],
    ['Lighthouse', lighthouse[0]?.lighthouseVersion ?? ''],
  ],
)}

## Targets

${markdownTable(
  ['target', 'measured as', 'result', ''],
  targets.map(({ target, measuredAs, result, holds }) => [target, measuredAs, result, holds ? 'PASS' : 'FAIL']),
)}

## Pages

Gzipped at level 9, as \`scripts/serve.mjs\` sends them. "HTML + CSS" is the budgeted figure: the
HTML (which carries the inlined CSS) plus any linked stylesheet. Scripts and requests were
measured in Chromium, cold cache, unthrottled; requests before first paint count the document
and every resource that started before the first contentful paint.

${markdownTable(
  ['page', 'HTML gz', 'inlined CSS gz', 'linked CSS gz', 'HTML + CSS', 'script files', 'script file bytes', 'inline script', 'requests before paint'],
  pages.map((page) => [
    page.path,
    formatBytes(page.htmlBytes),
    formatBytes(page.inlineCssBytes),
    formatBytes(page.linkedCssBytes),
    formatBytes(page.totalBytes),
    page.scriptFiles,
    formatBytes(page.scriptFileBytes),
    page.inlineScriptBytes ? `${page.inlineScripts} (${formatBytes(page.inlineScriptBytes)})` : '0',
    page.requestsBeforePaint,
  ]),
)}

## Search

First search for "${search.query}" on /search/, cold cache, served with the headers the build wrote
for hosts (\`_headers\`); response headers count in the bytes. The page starts loading Pagefind
and the search words itself, so the bytes are everything under \`/pagefind/\` from the page load
to the first result. Typed: from typing, once the page has loaded, to the first result link.
Arriving: with the query in the address, as from the header's search box, from the start of
navigation to the first result link.
Time includes the search page's 150 ms wait for typing to pause. Throttled: ${throttle},
through the Chrome DevTools Protocol, applied before the page loads. ${workerNote ? `Pagefind's worker (${workerNote}); ` : ''}Pagefind requests faster than one round trip while throttled: ${search.pagefindRequestsFasterThanRoundTrip}.

${markdownTable(
  ['measure', 'value'],
  [
    ['bytes transferred', `${formatBytes(search.bytes)} (${search.bytes} B) in ${search.requests} requests`],
    ['time to first result, unthrottled', formatMs(search.unthrottledMs)],
    [`time to first result, throttled, median of ${search.throttledMs.length}`, formatMs(search.medianThrottledMs)],
    ['throttled runs', search.throttledMs.map(formatMs).join(', ')],
    [`arriving from the header's search box, throttled, median of ${search.arrivalMs.length}`, formatMs(search.medianArrivalMs)],
    ['arriving runs', search.arrivalMs.map(formatMs).join(', ')],
  ],
)}

${
  search.quality
    ? `### How well it answers

The ${search.quality.queries} queries written for \`${search.quality.writtenFor}\` in \`tests/fixtures/search-queries/\`, typed on
/search/ as the e2e search test types them: ${describeScore(search.quality)}.

${markdownTable(
  ['query whose first result was not a right page', 'expected', 'first three results'],
  search.quality.notFirst.map(({ query, expected, got }) => [query, expected, got.join(', ') || 'nothing']),
)}`
    : ''
}

${markdownTable(
  ['file', 'bytes'],
  search.files.map(({ path, bytes }) => [path, bytes]),
)}

## Lighthouse

Mobile defaults: simulated throttling, a mid-range phone's screen. Each page was run ${runs.lighthouse}
times; the table shows the run with the median performance score, and every run's performance score.

${markdownTable(
  ['page', ...CATEGORIES, 'performance runs', 'FCP', 'LCP', 'TBT', 'CLS', 'audits short of full marks'],
  lighthouse.map(({ url, scores, performanceRuns, metrics, shortfalls }) => [
    new URL(url).pathname,
    ...CATEGORIES.map((category) => scores[category]),
    performanceRuns.join(', '),
    metrics.firstContentfulPaint,
    metrics.largestContentfulPaint,
    metrics.totalBlockingTime,
    metrics.cumulativeLayoutShift,
    shortfalls.map(({ id, title, score, value }) => `${id}: ${title}${value ? ` (${value})` : ''}, ${Math.round(score * 100)}`).join('; ') || 'none',
  ]),
)}

## The browser editor

\`/admin/\` is for staff, never linked from a page patients see, and in none of the budgets above:
those pages are the same with it as without it. It is Decap CMS, served from the site: ${editor.files}
files, ${formatBytes(editor.rawBytes)} on disk, ${formatBytes(editor.gzippedBytes)} gzipped. Opening it
loads ${formatBytes(editor.atStartGzippedBytes)} gzipped (the page, its config, our script of
${formatBytes(editor.ownScriptGzippedBytes)} and \`${editor.largest.name}\` of ${formatBytes(editor.largest.gzipped)}); the
browser keeps them, and the other files load only when a part of the editor needs them.

## Build

\`astro build\` of the real site (with the search index), ${build.runsMs.length} runs: ${build.runsMs.map(formatMs).join(', ')}; median **${formatMs(build.medianMs)}**.

## Scaling

Copies of the content with generated rules, one build each, with \`--force\` (a cold content cache,
so slower than the real site's builds above) and no poster (it holds eight rules).
The index is every file in \`dist/pagefind/\` on disk. The search is the first search for
"${search.query}", unthrottled for bytes, and the median of ${runs.scaledSearch} throttled runs for time.

${markdownTable(
  ['rules', 'pages', 'build time', 'index files', 'index size', 'first search bytes', 'requests', 'time to first result (throttled)'],
  scaling.map((row) => [
    row.clauses,
    row.pages,
    formatMs(row.buildMs),
    row.indexFiles,
    formatBytes(row.indexBytes),
    formatBytes(row.searchBytes),
    row.searchRequests,
    formatMs(row.medianThrottledSearchMs),
  ]),
)}
`;
}
