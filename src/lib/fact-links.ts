import type { Practice } from '../schemas/practice';

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
