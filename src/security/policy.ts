import { createHash } from 'node:crypto';
import { EDITOR_FOLDER } from '../lib/editor/editor-folder';

/**
 * The site's security policy, in one place: the Content-Security-Policy, the other security
 * headers and how long each kind of file may be cached. Astro puts the CSP in every page's
 * <meta> tag (./integration.ts); the writers in ./hosts/ turn the same policy into each host's
 * file, and `responseHeaders` says what every response should carry, so tests can hold each
 * host file to it.
 */

/** CSP directives besides script-src and style-src, which Astro writes with their hashes. */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "manifest-src 'self'",
] as const;

/** Script sources besides hashes. Pagefind's search runs WebAssembly, which needs 'wasm-unsafe-eval'. */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/** Style sources besides hashes. */
export const STYLE_SOURCES = ["'self'"] as const;

/**
 * A folder with a Content-Security-Policy of its own, because what runs there is not the site's:
 * each entry is that folder's whole policy, and each host file gains one rule for it. Folders sit
 * at the top of the site, so no rule overlaps another. Its pages carry no <meta> policy: the
 * host's header is their policy, and nothing in the folder widens the rest of the site's.
 */
export interface FolderPolicy {
  /** The folder, from the top of the site: "/admin/". */
  folder: `/${string}/`;
  /** Why the folder needs its own policy, for the next person who reads this. */
  reason: string;
  /** Its directives, besides frame-ancestors (never framed): "default-src 'self'", … */
  directives: readonly string[];
  /** Page headers that are different in the folder, and why in `reason`. */
  headers?: Readonly<Record<string, string>>;
}

/**
 * The browser editor (Decap CMS, src/integrations/editor.ts). It is a React app: its styles are
 * written by script at run time ('unsafe-inline' styles) and its libraries compile code at run
 * time ('unsafe-eval'; without it Decap stops at "Evaluating a string as JavaScript violates…").
 * No page patients see has either. It reads and saves the content through GitHub's API and shows
 * the signed-in person's GitHub picture. Each source was tried away in tests/e2e/editor-site.spec.ts:
 * without it, the editor fails.
 *
 * Signing in happens in a window the editor opens on the sign-in service's site, which hands the
 * editor its GitHub token through window.opener. The site's Cross-Origin-Opener-Policy
 * (same-origin) would cut that link, so the editor's pages allow the windows they open to keep it.
 */
export const EDITOR_POLICY: FolderPolicy = {
  folder: `/${EDITOR_FOLDER}/`,
  reason: 'The browser editor (Decap CMS) needs inline styles, eval, GitHub\'s API and its sign-in window.',
  directives: [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: https://avatars.githubusercontent.com",
    "connect-src 'self' https://api.github.com",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ],
  headers: { 'Cross-Origin-Opener-Policy': 'same-origin-allow-popups' },
};

/** Folders with a policy of their own. */
export const FOLDER_POLICIES: readonly FolderPolicy[] = [EDITOR_POLICY];

/** Who may show the site in a frame: nobody, or the surgery website when it embeds the guidance. */
export function frameAncestors(embedOrigin?: string): string {
  return `frame-ancestors ${embedOrigin ? `'self' ${embedOrigin}` : "'none'"}`;
}

/**
 * Headers for every response: they protect files as well as pages. In a folder of another
 * website, HTTPS for that site's subdomains is not ours to decide, so includeSubDomains goes.
 */
export function everyResponseHeaders(base = '/'): Record<string, string> {
  return {
    'Strict-Transport-Security': base === '/' ? 'max-age=63072000; includeSubDomains' : 'max-age=63072000',
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Resource-Policy': 'same-origin',
  };
}

/**
 * Headers that only mean something for a page (a document), sent with its policy.
 *
 * Why pages only: measured on the real site, the CSP header is 928 bytes, and Pagefind's first
 * search makes 8 requests. Sending the CSP with every file took the first search from 84,858 to
 * 92,282 bytes (+7,424, 8.7%) over HTTP/1.1, past its 85 KB (87,040 byte) budget. HTTP/2 header
 * compression could save some of that on some hosts, but DEPLOY.md's nginx serves HTTP/1.1.
 * The files gain nothing from it: a CSP governs documents (and workers, whose only code is
 * Pagefind's own, from this site), so the search files are sent without it.
 */
export const PAGE_HEADERS: Readonly<Record<string, string>> = {
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** How long browsers and CDNs may keep each kind of file: one Cache-Control for each response. */
export const CACHING = {
  /** Pages change when the guidance does: check again after five minutes. */
  page: 'public, max-age=300, must-revalidate',
  /** Files whose names carry a hash of their content never change. */
  hashed: 'public, max-age=31536000, immutable',
  /** Other files (the search index, share images, robots.txt, the sitemap): an hour. */
  file: 'public, max-age=3600',
} as const;

/** What a built file is, for its headers. */
export type FileKind = keyof typeof CACHING;

/** Astro's folder for bundled files, whose names carry a hash of their content (its `build.assets`). */
export const HASHED_FOLDER = '_astro';

/** A page is an HTML file; an address ending in "/" is served its folder's index.html. */
export function fileKind(urlPath: string, base = '/'): FileKind {
  if (urlPath.endsWith('/') || urlPath.endsWith('.html')) return 'page';
  return urlPath.startsWith(`${base}${HASHED_FOLDER}/`) ? 'hashed' : 'file';
}

/**
 * Joins the Content-Security-Policy of every page into one for a header: each directive keeps
 * every source any page needs, and frame-ancestors is added, which a <meta> tag cannot carry.
 */
export function headerPolicy(pagePolicies: readonly string[], embedOrigin?: string): string {
  const joined = pagePolicies.reduce((policy, page) => withSources(policy, parsePolicy(page)), '');
  return `${joined}; ${frameAncestors(embedOrigin)}`;
}

/** A policy with more sources in some directives (new directives go at the end). */
function withSources(policy: string, add: Readonly<Record<string, readonly string[]>>): string {
  const directives = new Map(Object.entries(parsePolicy(policy)).map(([name, sources]) => [name, new Set(sources)]));
  for (const [name, sources] of Object.entries(add)) {
    const set = directives.get(name) ?? new Set<string>();
    sources.forEach((source) => set.add(source));
    directives.set(name, set);
  }
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

function parsePolicy(policy: string): Record<string, string[]> {
  const directives: Record<string, string[]> = {};
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives[name] = [...(directives[name] ?? []), ...sources];
  }
  return directives;
}

/** The site's header policy and where it is served: what the host writers need. */
export interface SitePolicy {
  /** The Content-Security-Policy header for pages, from `headerPolicy`. */
  csp: string;
  /** The base path the site is served under, ending in "/": "/" or "/policies/social-media/". */
  base: string;
  /** Folders with a policy of their own: FOLDER_POLICIES. */
  folders: readonly FolderPolicy[];
}

/** The folder policy that covers an address, if any. */
export function folderPolicyFor(urlPath: string, site: Pick<SitePolicy, 'base' | 'folders'>): FolderPolicy | undefined {
  return site.folders.find(({ folder }) => urlPath.startsWith(`${site.base}${folder.slice(1)}`));
}

/** The Content-Security-Policy for pages under a folder policy, or the site's. */
export function pagePolicy(site: SitePolicy, folder?: FolderPolicy): string {
  return folder ? [...folder.directives, frameAncestors()].join('; ') : site.csp;
}

/** The headers a page gets, besides those every response gets. */
export function pageHeaders(csp: string): Record<string, string> {
  return { 'Content-Security-Policy': csp, ...PAGE_HEADERS, 'Cache-Control': CACHING.page };
}

/** The headers a page gets in a folder with its own policy, or anywhere else. */
export function folderPageHeaders(site: SitePolicy, folder?: FolderPolicy): Record<string, string> {
  return { ...pageHeaders(pagePolicy(site, folder)), ...folder?.headers };
}

/**
 * The headers the policy gives the response at an address: what every host file must add up to.
 * Tests read each host file as the host documents it and compare it with this.
 */
export function responseHeaders(urlPath: string, site: SitePolicy): Record<string, string> {
  const kind = fileKind(urlPath, site.base);
  const folder = folderPolicyFor(urlPath, site);
  // A folder with its own policy is one app (the editor): every file in it gets its page headers.
  const own = kind === 'page' || folder ? folderPageHeaders(site, folder) : { 'Cache-Control': CACHING[kind] };
  return { ...everyResponseHeaders(site.base), ...own };
}

/**
 * The one inline style the site writes itself: the site's host, for printed links. Astro hashes
 * the styles it bundles; this one is hashed by the integration, from the same text the layout writes.
 */
export function siteHostStyle(site: string | URL): string {
  return `:root{--site-host:${JSON.stringify(new URL(site).host)}}`;
}

/** A CSP hash source for an inline script or style, as browsers compute it. */
export function cspHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}
