import type { Practice } from '../../schemas/practice';
import { ContentError } from '../content/friendly-errors';

/** Where `astro preview` serves the site, used until the practice sets its real address. */
export const PREVIEW_ORIGIN = 'http://localhost:4321/';

/**
 * The address the site is published at, from the facts file. Without one the build still
 * works for previewing, but says clearly that the real address is needed before publishing;
 * with REQUIRE_SITE_URL=1 (for a production pipeline) it stops instead.
 */
export function siteOrigin(
  practice: Practice,
  env: Record<string, string | undefined>,
  factsFile = 'the practice facts file',
): { site: string; warning?: string } {
  if (practice.siteUrl) return { site: practice.siteUrl };
  if (env.REQUIRE_SITE_URL === '1') {
    throw new ContentError([`${factsFile}: the field "siteUrl" is not set, and this build needs it (--require-site-url or REQUIRE_SITE_URL=1). ${SET_SITE_URL}`]);
  }
  const warning =
    `siteUrl is not set in ${factsFile}. The sitemap and share links use ${PREVIEW_ORIGIN} for now, ` +
    `and printed sheets are drafts with no QR code. ${SET_SITE_URL}`;
  return { site: PREVIEW_ORIGIN, warning };
}

const SET_SITE_URL = 'Set siteUrl to the published address, such as https://guidance.example.nhs.uk/, before you publish or print.';

/**
 * Whether printed sheets are drafts: always until siteUrl is set, because a QR code or address
 * for a preview works for nobody; or when asked (GUIDANCE_DRAFT=1, from `npm run poster -- --draft`).
 * A draft says "DRAFT – not for display" across each sheet and has no QR code.
 */
export function isDraft(practice: Pick<Practice, 'siteUrl'>, env: Record<string, string | undefined> = process.env): boolean {
  return !practice.siteUrl || env.GUIDANCE_DRAFT === '1';
}
