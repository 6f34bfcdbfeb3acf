import { readFileSync } from 'node:fs';

/** Every page in the sitemap, as paths, plus the 404 page a mistyped address gets. */
export function sitemapPages(): string[] {
  const xml = readFileSync('dist/sitemap.xml', 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => new URL(loc!).pathname);
}

export const NOT_FOUND_PATH = '/no-such-page/';

/** All the pages a patient may see. */
export function allPages(): string[] {
  return [...sitemapPages(), NOT_FOUND_PATH];
}
