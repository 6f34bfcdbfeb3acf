import type { Practice } from '../schemas/practice';

/** Where `astro preview` serves the site, used until the practice sets its real address. */
export const PREVIEW_ORIGIN = 'http://localhost:4321/';

/**
 * The address the site is published at, from the facts file. Without one the build still
 * works for previewing, but says clearly that the real address is needed before publishing;
 * with REQUIRE_SITE_URL=1 (for a production pipeline) it stops instead.
 */
export function siteOrigin(practice: Practice, env: Record<string, string | undefined>): { site: string; warning?: string } {
  if (practice.siteUrl) return { site: practice.siteUrl };
  const message =
    'siteUrl is not set in the practice facts file. The sitemap and share links use ' +
    `${PREVIEW_ORIGIN} for now. Set siteUrl to the published address before you publish.`;
  if (env.REQUIRE_SITE_URL === '1') throw new Error(message);
  return { site: PREVIEW_ORIGIN, warning: message };
}
