import { CACHING, everyResponseHeaders, PAGE_HEADERS, pageHeaders, pagePolicy, type SitePolicy } from '../policy';
import type { TopLevelEntry } from './top-level-entries';

/** Azure only serves file types it knows: Pagefind's index files and the editor's config.yml need naming. */
const OTHER_TYPES = {
  '.yml': 'text/yaml',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.wasm': 'application/wasm',
};

/**
 * staticwebapp.config.json, which Azure Static Web Apps reads
 * (https://learn.microsoft.com/en-us/azure/static-web-apps/configuration).
 *
 * Azure applies at most one route to a request ("Rule evaluation stops at the first match"), and
 * "Route-specific headers override globalHeaders"; "To remove a header, set the value to an
 * empty string". So the page headers are global (the 404 page and any new page get them), and
 * each top-level folder or file that holds no pages has a route that replaces the Cache-Control
 * and removes the page-only headers. Longer paths come first, so "/guidance-notes*" would win
 * over "/guidance*". A route "/name/*" does not match "/name/" itself, so a folder of pages uses
 * "/name*".
 */
export function azureConfig(site: SitePolicy, entries: readonly TopLevelEntry[]): object {
  const notForFiles = Object.fromEntries(['Content-Security-Policy', ...Object.keys(PAGE_HEADERS)].map((name) => [name, '']));
  const routes = entries
    .filter(({ kind, policy }) => kind !== 'page' || policy)
    .sort((a, b) => b.path.length - a.path.length)
    .map(({ path, folder, kind, policy }) =>
      kind === 'page'
        ? { route: `${path.replace(/\/$/, '')}*`, headers: { 'Content-Security-Policy': pagePolicy(site, policy), ...policy?.headers } }
        : { route: folder ? `${path}*` : path, headers: { ...notForFiles, 'Cache-Control': CACHING[kind] } },
    );
  return {
    globalHeaders: { ...everyResponseHeaders(site.base), ...pageHeaders(site.csp) },
    routes,
    responseOverrides: { '404': { rewrite: `${site.base}404.html` } },
    mimeTypes: OTHER_TYPES,
  };
}
