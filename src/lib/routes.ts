/** Every page's address in one place. Addresses are printed on posters: keep them stable. */
export const routes = {
  home: '/',
  guidance: '/guidance/',
  clause: (slug: string) => `/guidance/${slug}/`,
  feedback: '/feedback-and-complaints/',
  contact: '/contact/',
  search: '/search/',
  accessibility: '/accessibility/',
} as const;

/** Puts the site's base path (for a site served under a folder) in front of an address. */
export function withBase(pathname: string, base: string = import.meta.env.BASE_URL ?? '/'): string {
  return `${base.replace(/\/$/, '')}${pathname}`;
}

/** A full address on the published site, for canonical links and the sitemap. */
export function absoluteUrl(pathname: string, site: URL | string): string {
  return new URL(withBase(pathname).replace(/^\//, ''), String(site).replace(/\/?$/, '/')).href;
}
