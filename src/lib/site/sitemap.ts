import { absoluteUrl, routes } from './routes';

/** Every page a patient may land on, in reading order. `easyReadSlugs` are the rules with an Easy Read page. */
export function sitemapPaths(clauseSlugs: readonly string[], easyReadSlugs: readonly string[] = []): string[] {
  return [
    routes.home,
    ...clauseSlugs.map(routes.clause),
    routes.guidance,
    routes.contact,
    routes.feedback,
    routes.accessibility,
    routes.whatChanged,
    ...easyReadPaths(easyReadSlugs),
  ];
}

/** The Easy Read pages, in reading order. */
function easyReadPaths(easyReadSlugs: readonly string[]): string[] {
  return [routes.easyRead, ...easyReadSlugs.map(routes.easyReadRule), routes.easyReadNotHappy];
}

export function sitemapXml(paths: readonly string[], site: URL | string): string {
  const urls = paths.map((path) => `  <url><loc>${absoluteUrl(path, site)}</loc></url>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
}
