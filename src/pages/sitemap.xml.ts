import type { APIRoute } from 'astro';
import { getClauses } from '../lib/site/collections';
import { easyReadSlugs } from '../lib/easy-read/easy-read-pages';
import { sitemapPaths, sitemapXml } from '../lib/site/sitemap';

export const GET: APIRoute = async ({ site }) => {
  const clauses = await getClauses();
  const body = sitemapXml(sitemapPaths(clauses.map((clause) => clause.data.slug), await easyReadSlugs()), site!);
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
