import type { Practice } from '../src/schemas/practice';

/**
 * The words and addresses that are one practice's own, in every form a page or a PDF may show
 * them: another surgery's site must contain none of them.
 */
export function practiceFacts(practice: Practice): string[] {
  const digits = practice.phone.replaceAll(' ', '');
  const addresses = [practice.website, practice.guidanceOnWebsiteUrl, practice.complaintsUrl, practice.onlineFormUrl, practice.facebookUrl, practice.siteUrl];
  return [
    practice.name,
    practice.phone,
    digits,
    `+44${digits.slice(1)}`,
    practice.email,
    ...practice.sites,
    ...(practice.onlineFormSupplier ? [practice.onlineFormSupplier] : []),
    ...addresses.flatMap((address) => (address ? [new URL(address).host] : [])),
  ].filter((fact, index, all) => fact.length > 3 && all.indexOf(fact) === index);
}

/** A new number for tests that change it, from Ofcom's range for drama, and never the practice's own. */
export function anotherPhone(practice: Practice): string {
  return practice.phone === '0117 496 0000' ? '0117 496 0999' : '0117 496 0000';
}
