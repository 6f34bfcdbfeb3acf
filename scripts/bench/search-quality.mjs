// How well search answers patients: each query of a table typed into the search page, with the
// results read in order. The e2e search test and the bench both use it, so they report the same
// figures.

/**
 * Runs each row's query on the search page at `searchUrl`, typed into the box as a patient
 * would, and returns the result paths in order, without `base`. The results region is
 * aria-busy from the keystroke until its results are shown.
 */
export async function runQueries(page, searchUrl, rows, { base = '/' } = {}) {
  const results = [];
  const prefix = base.replace(/\/$/, '');
  await page.goto(searchUrl);
  const box = page.getByRole('main').getByRole('searchbox', { name: 'Search the guidance' });
  const region = page.getByRole('region', { name: 'Search results' });
  for (const row of rows) {
    await box.fill(row.query);
    await page.locator('section[aria-busy="true"]').waitFor({ state: 'detached', timeout: 15_000 });
    const got = await region
      .getByRole('listitem')
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => new URL(link.href).pathname));
    const status = await region.getByRole('status').textContent();
    results.push({ ...row, got: got.map((path) => (prefix && path.startsWith(prefix) ? path.slice(prefix.length) : path)), status });
  }
  return results;
}

/**
 * The three figures: the share of queries whose first result is a right page, the share with a
 * right page in the first three, and the queries that found nothing at all. `rightPaths(row)`
 * lists the row's right pages, best first; `misses` are the rows that did not reach their rank
 * ("first" or "top3"), and `notFirst` every row whose first result was not a right page.
 */
export function scoreQueries(results, rightPaths) {
  const placed = results.map((row) => {
    const right = rightPaths(row);
    const positions = right.map((path) => row.got.indexOf(path)).filter((position) => position >= 0);
    return { ...row, expected: right[0], position: positions.length > 0 ? Math.min(...positions) : -1 };
  });
  const first = placed.filter(({ position }) => position === 0).length;
  const top3 = placed.filter(({ position }) => position >= 0 && position < 3).length;
  return {
    queries: results.length,
    first,
    top3,
    firstShare: first / results.length,
    top3Share: top3 / results.length,
    zeroResults: placed.filter(({ got }) => got.length === 0).map(({ query }) => query),
    misses: placed.filter(({ rank, position }) => (rank === 'first' ? position !== 0 : position < 0 || position >= 3)),
    notFirst: placed.filter(({ position }) => position !== 0),
  };
}

/** "first hit 72 of 76 (95%), top 3 76 of 76 (100%), no results 0" */
export function describeScore({ queries, first, top3, firstShare, top3Share, zeroResults }) {
  const percent = (share) => `${Math.round(share * 100)}%`;
  return `first hit ${first} of ${queries} (${percent(firstShare)}), top 3 ${top3} of ${queries} (${percent(top3Share)}), no results ${zeroResults.length}`;
}
