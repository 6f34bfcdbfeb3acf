import type { Practice } from '../../schemas/practice';

/** The web addresses in the practice facts that content may link to with <FactLink to="…">. */
export const FACT_LINK_KEYS = [
  'website',
  'guidanceOnWebsiteUrl',
  'complaintsUrl',
  'nhsAppUrl',
  'reviewUrl',
  'nhsComplaintsUrl',
  'nhs111Url',
  'furtherGuidanceUrl',
  'facebookUrl',
] as const satisfies readonly (keyof Practice)[];

export type FactLinkKey = (typeof FACT_LINK_KEYS)[number];

/**
 * Addresses a surgery may not have, and where patients go instead. Without a complaints page of
 * its own, the surgery website is where its complaints procedure is found (the contact page also
 * offers the NHS website's guide to complaining).
 */
const FALLBACKS: Partial<Record<FactLinkKey, FactLinkKey>> = { complaintsUrl: 'website' };

/** The address a fact links to, or its fallback's; undefined when neither is set. */
export function factLinkHref(practice: Practice, key: FactLinkKey): string | undefined {
  const fallback = FALLBACKS[key];
  return practice[key] ?? (fallback ? practice[fallback] : undefined);
}
