/**
 * How each host reads the file the build writes for it, as the host documents it: the tests
 * read each host file this way and compare what every address gets with the policy.
 */

/** The headers a host sends for one address, and any header two rules both set. */
export interface HostAnswer {
  headers: Record<string, string>;
  /** Header names set by more than one matching rule: the host joins or replaces them. */
  twice: string[];
}

interface HeadersRule {
  pattern: string;
  headers: [string, string][];
  /** Cloudflare's "! Name" lines, which remove a header an earlier rule added. */
  detach: string[];
}

/** Reads a `_headers` file: an address at the start of a line, then its indented headers. */
export function parseHeadersFile(text: string): HeadersRule[] {
  const rules: HeadersRule[] = [];
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: trimmed, headers: [], detach: [] });
    else if (trimmed.startsWith('!')) rules.at(-1)!.detach.push(trimmed.slice(1).trim());
    else rules.at(-1)!.headers.push([trimmed.slice(0, trimmed.indexOf(':')).trim(), trimmed.slice(trimmed.indexOf(':') + 1).trim()]);
  }
  return rules;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Netlify's matcher, from its parser (netlify/build, packages/headers-parser/src/for_regexp.ts):
 * a lone "*" segment is optional and matches anything, ":name" matches one segment, and a
 * trailing slash is optional.
 */
function netlifyPattern(pattern: string): RegExp {
  const parts = pattern
    .split('/')
    .filter(Boolean)
    .map((part) => (part.startsWith(':') ? '([^/]+)' : part === '*' ? '?(.*)' : part.includes('*') ? part.split('*').map(escape).join('(.*)') : escape(part)));
  return new RegExp(`^/${parts.join('/')}/?$`, 'iu');
}

/**
 * Cloudflare's matcher (https://developers.cloudflare.com/pages/configuration/headers/): a splat
 * "will greedily match all characters", and ":name" matches one segment.
 */
function cloudflarePattern(pattern: string): RegExp {
  const source = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === '*' ? '(.*)' : part.startsWith(':') ? '([^/]+)' : escape(part)))
    .join('');
  return new RegExp(`^${source}$`);
}

/**
 * The headers Netlify or Cloudflare Pages send for an address from a `_headers` file: every
 * matching rule applies; a header set twice is joined with a comma (Cloudflare documents it;
 * Netlify does not say, so the tests demand it never happens); Cloudflare's "! Name" removes
 * what earlier rules added, and Netlify's parser skips the line.
 */
export function readHeadersFile(text: string, urlPath: string, host: 'netlify' | 'cloudflare'): HostAnswer {
  const headers: Record<string, string> = {};
  const twice: string[] = [];
  for (const rule of parseHeadersFile(text)) {
    if (!(host === 'netlify' ? netlifyPattern : cloudflarePattern)(rule.pattern).test(urlPath)) continue;
    if (host === 'cloudflare') rule.detach.forEach((name) => delete headers[name]);
    for (const [name, value] of rule.headers) {
      if (name in headers) twice.push(name);
      headers[name] = name in headers ? `${headers[name]}, ${value}` : value;
    }
  }
  return { headers, twice };
}

interface AzureRoute {
  route: string;
  headers?: Record<string, string>;
}

/**
 * Does an Azure route match an address (https://learn.microsoft.com/en-us/azure/static-web-apps/configuration)?
 * An exact route to a folder's index.html matches the folder too; "/name/*" matches everything
 * under /name/ but not /name/ or /name/index.html; "/name*" matches everything starting "/name".
 */
function azureRouteMatches(route: string, urlPath: string): boolean {
  if (/\*\.|\{/.test(route)) throw new Error(`The tests do not read file-type filters such as ${route}.`);
  if (!route.endsWith('*')) return route === urlPath || route === `${urlPath}index.html`;
  const prefix = route.slice(0, -1);
  if (prefix.endsWith('/') && (urlPath === prefix || urlPath === `${prefix}index.html`)) return false;
  return urlPath.startsWith(prefix);
}

/**
 * The headers Azure Static Web Apps sends for an address: the first matching route's headers
 * override globalHeaders, and an empty value removes a header.
 */
export function readAzureConfig(config: { globalHeaders?: Record<string, string>; routes?: AzureRoute[] }, urlPath: string): HostAnswer {
  const route = config.routes?.find(({ route }) => azureRouteMatches(route, urlPath));
  const merged = { ...config.globalHeaders, ...route?.headers };
  return { headers: Object.fromEntries(Object.entries(merged).filter(([, value]) => value !== '')), twice: [] };
}
