import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { routes } from '../lib/site/routes';
import { preloadTags, searchPreloads } from '../lib/search/search-preload';
import { SEARCH_WORDS_FILE, searchWordsFile, type IndexedPage } from '../lib/search/search-words';

/**
 * Builds the Pagefind search index into dist/pagefind/ after every build, so `npm run build`
 * and `npm start` always ship a search that matches the pages. Next to it, the search words
 * (for typo correction), and in the search page's head, the files a first search needs.
 */
export function searchIndex(): AstroIntegration {
  let base = '/';
  return {
    name: 'guidance-search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        try {
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: `${site}pagefind` });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
          logger.info(`Search index: ${added.page_count} pages.`);
        } finally {
          await pagefind.close();
        }

        const output = path.join(site, 'pagefind');
        const words = JSON.stringify(searchWordsFile(indexedPages(output)));
        writeFileSync(path.join(output, SEARCH_WORDS_FILE), words);
        const entry = readFileSync(path.join(output, 'pagefind-entry.json'), 'utf8');
        const cacheTag = createHash('sha256').update(entry).update(words).digest('hex').slice(0, 10);
        const preloads = searchPreloads(
          { entry: JSON.parse(entry), indexChunks: readdirSync(path.join(output, 'index')), cacheTag, searchWordsFile: SEARCH_WORDS_FILE },
          base,
        );
        const searchPage = path.join(site, routes.search, 'index.html');
        const html = readFileSync(searchPage, 'utf8');
        if (!html.includes('</head>')) throw new Error(`${searchPage} has no </head> for the search preloads.`);
        writeFileSync(searchPage, html.replace('</head>', `${preloadTags(preloads)}</head>`));
        logger.info(`Search words: ${words.length} bytes; the search page preloads ${preloads.length} files.`);
      },
    },
  };
}

/** Each page as Pagefind indexed it, read back from its result fragments (gzipped JSON after a signature). */
function indexedPages(output: string): IndexedPage[] {
  const dir = path.join(output, 'fragment');
  return readdirSync(dir).map((name) => {
    const json = gunzipSync(readFileSync(path.join(dir, name))).subarray('pagefind_dcd'.length).toString('utf8');
    const { content, meta } = JSON.parse(json) as IndexedPage;
    return { content, meta };
  });
}
