import { HOST_FILE_NAMES } from '../host-files';
import { CACHING, everyResponseHeaders, folderPageHeaders, HASHED_FOLDER, pageHeaders, type SitePolicy } from '../policy';

/**
 * `_nginx-headers.conf`, for DEPLOY.md's server block to include. nginx picks one location per
 * request (https://nginx.org/en/docs/http/ngx_http_core_module.html#location), and a location
 * with its own add_header lines drops every add_header from outside it
 * (https://nginx.org/en/docs/http/ngx_http_headers_module.html#add_header), so each location
 * lists all its headers and no response gets a header twice. Pages are found by type (nginx
 * adds index.html to a folder's address first), so the file does not grow with the pages.
 * For a site in a folder of another website, everything sits inside that folder's location,
 * so the rest of the website keeps its own pages, headers and 404 page.
 */
export function nginxConf(site: SitePolicy): string {
  const prefix = site.base.replace(/\/$/, '');
  const every = everyResponseHeaders(site.base);
  const location = (match: string, headers: Record<string, string>, inner: string[] = []): string[] => [
    `location ${match} {`,
    ...Object.entries({ ...every, ...headers }).map(([name, value]) => `    add_header ${name} "${value}" always;`),
    ...indent(inner),
    '}',
  ];
  const pages = (csp: string) => location('~* \\.html$', pageHeaders(csp));
  const hostFiles = Object.values(HOST_FILE_NAMES).map((name) => name.replace(/\./g, '\\.')).join('|');
  const inside = [
    `error_page 404 ${prefix}/404.html;`,
    '# The host files are for hosts, not for visitors.',
    `location ~ ^${prefix}/(${hostFiles})$ { return 404; }`,
    '# Pages.',
    ...pages(site.csp),
    '# Files whose names carry a hash of their content.',
    ...location(`^~ ${prefix}/${HASHED_FOLDER}/`, { 'Cache-Control': CACHING.hashed }),
    ...site.folders.flatMap((policy) => [
      `# ${policy.reason}`,
      ...location(`^~ ${prefix}${policy.folder}`, folderPageHeaders(site, policy)),
    ]),
  ];
  const header = '# Written by the build from src/security/policy.ts: include it in the server block that serves dist/.';
  const rest = { 'Cache-Control': CACHING.file };
  if (!prefix) return [header, ...inside, '# Everything else: the search index, share images, the sitemap.', ...location('/', rest), ''].join('\n');
  return [header, ...location(`^~ ${prefix}/`, rest, inside), ''].join('\n');
}

function indent(lines: string[]): string[] {
  return lines.map((line) => (line ? `    ${line}` : line));
}
