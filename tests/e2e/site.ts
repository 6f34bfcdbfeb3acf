import { readFileSync } from 'node:fs';

/** Every page in the sitemap, as paths: the pages patients land on. They load no JavaScript. */
export function sitemapPages(): string[] {
  const xml = readFileSync('dist/sitemap.xml', 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => new URL(loc!).pathname);
}

export const NOT_FOUND_PATH = '/no-such-page/';
export const SEARCH_PATH = '/search/';

/** All the pages a patient may see, including the search page and the 404 page. */
export function allPages(): string[] {
  return [...sitemapPages(), SEARCH_PATH, NOT_FOUND_PATH];
}
