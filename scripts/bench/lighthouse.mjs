// Lighthouse's mobile scores, from the `lighthouse` package, in the Chromium the tests use.
// Lighthouse drives its own headless Chromium over a DevTools port: nothing is downloaded.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findChromium } from '../chromium.mjs';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

async function runLighthouse(url, port) {
  const { lhr } = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
  if (lhr.runtimeError) throw new Error(`Lighthouse could not test ${url}: ${lhr.runtimeError.message}`);
  return lhr;
}

/** One run's scores out of 100, main timings and the scored audits short of full marks. */
function summarise(url, lhr) {
  const scores = Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((lhr.categories[id].score ?? 0) * 100)]));
  const shortfalls = CATEGORIES.flatMap((category) =>
    lhr.categories[category].auditRefs
      .filter(({ id, weight }) => weight > 0 && lhr.audits[id].score !== null && lhr.audits[id].score < 1)
      .map(({ id }) => ({ category, id, title: lhr.audits[id].title, score: lhr.audits[id].score, value: lhr.audits[id].displayValue ?? '' })),
  );
  const timing = (id) => lhr.audits[id]?.displayValue ?? '';
  return {
    url,
    lighthouseVersion: lhr.lighthouseVersion,
    scores,
    metrics: {
      firstContentfulPaint: timing('first-contentful-paint'),
      largestContentfulPaint: timing('largest-contentful-paint'),
      totalBlockingTime: timing('total-blocking-time'),
      cumulativeLayoutShift: timing('cumulative-layout-shift'),
      speedIndex: timing('speed-index'),
    },
    shortfalls,
    warnings: lhr.runWarnings,
  };
}

async function waitForDevTools(port, child) {
  for (let tries = 0; tries < 100; tries++) {
    if (child.exitCode !== null) throw new Error(`Chromium for Lighthouse stopped (exit ${child.exitCode}).`);
    try {
      return await (await fetch(`http://127.0.0.1:${port}/json/version`)).json();
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  throw new Error(`Chromium for Lighthouse did not open port ${port}.`);
}

/**
 * Lighthouse's default (mobile, simulated throttling) runs of each URL. Returns, per URL, the
 * median run's four scores out of 100, its main timings and every scored audit that fell short,
 * with every run's performance score.
 */
export async function lighthouseScores(urls, debuggingPort, runsPerPage) {
  const chromiumPath = findChromium();
  if (!chromiumPath) throw new Error('No Chromium found for Lighthouse: set CHROMIUM_PATH.');
  const profile = mkdtempSync(path.join(tmpdir(), 'bench-lighthouse-'));
  const child = spawn(
    chromiumPath,
    [...CHROMIUM_ARGS, '--headless=new', `--remote-debugging-port=${debuggingPort}`, `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: 'ignore' },
  );
  try {
    await waitForDevTools(debuggingPort, child);
    const results = [];
    for (const url of urls) {
      const runs = [];
      for (let run = 0; run < runsPerPage; run++) runs.push(summarise(url, await runLighthouse(url, debuggingPort)));
      // Lighthouse varies from run to run, most in performance: keep the median run, as its docs advise.
      const byPerformance = [...runs].sort((a, b) => a.scores.performance - b.scores.performance);
      results.push({ ...byPerformance[Math.floor(runs.length / 2)], performanceRuns: runs.map(({ scores }) => scores.performance) });
    }
    return results;
  } finally {
    child.kill();
    await new Promise((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', resolve)));
    rmSync(profile, { recursive: true, force: true });
  }
}
