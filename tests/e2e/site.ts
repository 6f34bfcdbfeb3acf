import { readFileSync } from 'node:fs';

/** Every page's full address in the sitemap, as the build wrote it. */
export function sitemapLocs(): string[] {
  const xml = readFileSync('dist/sitemap.xml', 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => loc!);
}

/** Every page in the sitemap, as paths. */
export function sitemapPages(): string[] {
  return sitemapLocs().map((loc) => new URL(loc).pathname);
}

export const NOT_FOUND_PATH = '/no-such-page/';

/** All the pages a patient may see. */
export function allPages(): string[] {
  return [...sitemapPages(), NOT_FOUND_PATH];
}
