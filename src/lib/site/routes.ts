/** Every page's address in one place. Addresses are shared and printed: keep them stable. */
export const routes = {
  home: '/',
  guidance: '/guidance/',
  clause: (slug: string) => `/guidance/${slug}/`,
  feedback: '/feedback-and-complaints/',
  contact: '/contact/',
  search: '/search/',
  accessibility: '/accessibility/',
  whatChanged: '/what-changed/',
  /** The Easy Read version: an introduction with the list of rules, a page per rule, and "if you are not happy". */
  easyRead: '/easy-read/',
  easyReadRule: (slug: string) => `/easy-read/${slug}/`,
  easyReadNotHappy: '/easy-read/if-you-are-not-happy/',
  /** The pictures beside Easy Read ideas, as SVG files made at build time. */
  picture: (name: string) => `/pictures/${name}.svg`,
  /** Print-only pages for reception to hand over; not in the sitemap. */
  easyReadLeaflet: '/easy-read/leaflet/',
  largePrint: '/large-print/',
  /** Print-only pages for the waiting room; not in the sitemap. */
  poster: (size: string) => `/poster/${size}/`,
  /** For staff: replies to paste and the Facebook Page's texts. Public, but not in the sitemap or search. */
  staff: '/staff/',
  /** The staff sheet, a print page like the posters. */
  staffSheet: '/staff/sheet/',
  /** A page's picture for link previews: "/guidance/reviews/" has "/share/guidance-reviews.png". */
  shareImage: (pagePath: string) => `/share/${shareImageName(pagePath)}.png`,
} as const;

/** The file name of a page's share image: the page's address with dashes, or "home". */
export function shareImageName(pagePath: string): string {
  return pagePath.replace(/^\/|\/$/g, '').replaceAll('/', '-') || 'home';
}

/** Puts the site's base path (for a site served under a folder) in front of an address. */
export function withBase(pathname: string, base: string = import.meta.env.BASE_URL ?? '/'): string {
  return `${base.replace(/\/$/, '')}${pathname}`;
}

/**
 * A full address on the published site, for canonical links and the sitemap. Code that runs
 * outside Astro (the content checks) passes the base itself.
 */
export function absoluteUrl(pathname: string, site: URL | string, base?: string): string {
  return new URL(withBase(pathname, base).replace(/^\//, ''), String(site).replace(/\/?$/, '/')).href;
}

/**
 * A web address as people type it, for posters: the host and path, without https:// or the
 * trailing slash. "https://guidance.example.nhs.uk/rules/" becomes "guidance.example.nhs.uk/rules".
 */
export function shortAddress(url: string): string {
  const { host, pathname } = new URL(url);
  return `${host}${pathname}`.replace(/\/+$/, '');
}
