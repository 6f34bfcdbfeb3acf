import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { EDITOR_FOLDER } from '../../src/lib/editor/editor-folder';

/** Every page's full address in the sitemap, as the build wrote it. */
export function sitemapLocs(): string[] {
  const xml = readFileSync('dist/sitemap.xml', 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => loc!);
}

/** Every page in the sitemap, as paths: the pages patients land on. */
export function sitemapPages(): string[] {
  return sitemapLocs().map((loc) => new URL(loc).pathname);
}

export const NOT_FOUND_PATH = '/no-such-page/';
export const SEARCH_PATH = '/search/';

/** All the pages a patient may see, including the search page and the 404 page. */
export function allPages(): string[] {
  return [...sitemapPages(), SEARCH_PATH, NOT_FOUND_PATH];
}

/**
 * Every HTML file the build wrote, as paths under dist/: print pages, staff pages and the 404 page
 * too. Not the browser editor's page (/admin/): it is Decap CMS's, for staff, never linked or
 * indexed, and tests/e2e/editor-site.spec.ts holds it to its own rules.
 */
export function builtHtmlFiles(): string[] {
  return readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html') && name.split(path.sep)[0] !== EDITOR_FOLDER);
}
