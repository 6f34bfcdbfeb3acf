/**
 * The files a first search needs, as <link> tags for the search page's head, so the browser
 * fetches them all at once while the page loads, instead of one after another after the first
 * keystroke. The search script (src/scripts/search.ts) then asks for these very addresses.
 */

/** What the build knows about Pagefind's output once it is written. */
export interface PagefindOutput {
  /** pagefind-entry.json, parsed: each language's metadata hash and WebAssembly name. */
  entry: { languages: Record<string, { hash: string; wasm?: string | null }> };
  /** The index chunks' file names in pagefind/index/. */
  indexChunks: readonly string[];
  /** Changes whenever the index does: Pagefind's entry file and the search words are asked for with it. */
  cacheTag: string;
  /** The search words file's name (src/lib/search/search-words.ts). */
  searchWordsFile: string;
}

export interface Preload {
  href: string;
  rel: 'modulepreload' | 'preload';
  /** Names the file for the search script: "pagefind", "entry" or "words". */
  file?: string;
}

/**
 * Pagefind's script, its entry file, each language's metadata and WebAssembly, the search words,
 * and the index itself when it is one chunk (then every search needs it; a bigger site's chunks
 * depend on the words searched for, so they load when searched). Result fragments depend on the
 * results, so they are not preloaded.
 */
export function searchPreloads(output: PagefindOutput, base: string): Preload[] {
  const dir = `${base.replace(/\/?$/, '/')}pagefind/`;
  const languages = Object.values(output.entry.languages);
  return [
    { rel: 'modulepreload', href: `${dir}pagefind.js`, file: 'pagefind' },
    { rel: 'preload', href: `${dir}pagefind-entry.json?ts=${output.cacheTag}`, file: 'entry' },
    ...languages.map(({ hash }) => ({ rel: 'preload' as const, href: `${dir}pagefind.${hash}.pf_meta` })),
    ...languages.map(({ wasm }) => ({ rel: 'preload' as const, href: `${dir}wasm.${wasm ?? 'unknown'}.pagefind` })),
    ...(output.indexChunks.length === 1 ? [{ rel: 'preload' as const, href: `${dir}index/${output.indexChunks[0]}` }] : []),
    { rel: 'preload', href: `${dir}${output.searchWordsFile}?ts=${output.cacheTag}`, file: 'words' },
  ];
}

/** The <link> tags. Pagefind and the search script fetch the data files, so they are preloaded as fetches. */
export function preloadTags(preloads: readonly Preload[]): string {
  return preloads
    .map(({ href, rel, file }) => {
      const kind = rel === 'preload' ? ' as="fetch" crossorigin' : '';
      return `<link rel="${rel}" href="${href}"${kind}${file ? ` data-search-file="${file}"` : ''}>`;
    })
    .join('');
}
