/**
 * How big the site may be, in bytes gzipped at level 9 (as scripts/serve.mjs sends them): one
 * place for the tests (tests/e2e/size.spec.ts and others), the bench (scripts/bench.mjs) and
 * README's figures. No imports, so that plain Node can read it from the bench's .mjs files.
 */
export const SIZE_BUDGETS = {
  /** A page's HTML plus its CSS: one first round trip of TCP slow start (ten packets of about 1,460 bytes). */
  pageBytes: 14 * 1024,
  /** An Easy Read page's HTML and CSS with its pictures, which it cannot do without. */
  pageWithPicturesBytes: 40 * 1024,
  /** The one inline script, "Copy link to this rule" on rule pages (not gzipped: it is inline). */
  inlineScriptBytes: 1024,
  /**
   * The search page's own script: it corrects typos and searches again with some of the words
   * (issue 13). 4 KB until it took Porter's stemmer (about 0.7 KB) to tell a typo from another form
   * of a word.
   */
  searchScriptBytes: 5 * 1024,
  /** Everything the first search downloads: Pagefind's script, index and fragments, and the search words. */
  firstSearchBytes: 85 * 1024,
} as const;
