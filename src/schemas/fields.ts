import { z } from 'astro/zod';

/** A web address that must use https: patients should never be sent to an insecure page. */
export const httpsUrl = z
  .url({ protocol: /^https$/, error: 'must be a full web address starting with https://' });

/** An email address, checked for a sensible shape. */
export const emailAddress = z.email({ error: 'must be an email address such as name@nhs.net' });

/**
 * A UK phone number written as patients see it, with or without spaces: "0117 959 1919".
 * Ten or eleven digits starting with 0, or 111 and 999 style short codes are not allowed here.
 */
export const ukPhone = z
  .string()
  .regex(/^0[\d ]+$/, { error: 'must be a UK phone number starting with 0, such as 0117 959 1919' })
  .refine((value) => /^0\d{9,10}$/.test(value.replaceAll(' ', '')), {
    error: 'must have 10 or 11 digits, such as 0117 959 1919',
  });

/** A calendar date written as YYYY-MM-DD, for example 2026-11-23. */
export const isoDate = z.union([
  z.iso.date({ error: 'must be a date written as YYYY-MM-DD, for example 2026-11-23' }),
  // YAML front matter parsed by Astro turns dates into Date objects.
  z.date().transform((date) => date.toISOString().slice(0, 10)),
]);

/** A lowercase, readable URL part such as "photos-and-recordings". */
export const urlSlug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'must be lowercase words joined by hyphens, such as photos-and-recordings',
  });
