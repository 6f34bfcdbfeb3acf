import { createHash } from 'node:crypto';
/**
 * The site's security policy, in one place. Astro puts the Content-Security-Policy in each
 * page (with hashes of its inline styles and scripts); the host header files repeat it, with
 * the parts a <meta> tag cannot carry, such as frame-ancestors.
 */

/** Directives besides script-src and style-src, which Astro writes with their hashes. */
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

/** Who may show the site in a frame: nobody, or the surgery website when it embeds the guidance. */
export function frameAncestors(embedOrigin?: string): string {
  return `frame-ancestors ${embedOrigin ? `'self' ${embedOrigin}` : "'none'"}`;
}

/**
 * Headers for every response: they protect files as well as pages. In a folder of another
 * website, HTTPS for that site's subdomains is not ours to decide, so includeSubDomains goes.
 */
export function securityHeaders(base = '/'): Record<string, string> {
  return {
    'Strict-Transport-Security': base === '/' ? 'max-age=63072000; includeSubDomains' : 'max-age=63072000',
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Resource-Policy': 'same-origin',
  };
}

/** Headers that only mean something for a page (a document), sent with its policy. */
export const PAGE_HEADERS: Readonly<Record<string, string>> = {
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** How long browsers and CDNs may keep each kind of file. */
export const CACHING = {
  /** Pages change when the guidance does: check again after five minutes. */
  html: 'public, max-age=300, must-revalidate',
  /** Files whose names carry a hash of their content never change. */
  hashed: 'public, max-age=31536000, immutable',
  /** Other files (the search index, share images, robots.txt): an hour. */
  other: 'public, max-age=3600',
} as const;

/**
 * The one inline style the site writes itself: the site's host, for printed links. Astro hashes
 * the styles it bundles; this one is hashed here, from the same text the layout writes.
 */
export function siteHostStyle(site: string | URL): string {
  return `:root{--site-host:${JSON.stringify(new URL(site).host)}}`;
}

/** A CSP hash source for an inline script or style, as browsers compute it. */
export function cspHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}
