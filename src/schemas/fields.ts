import { z } from 'astro/zod';

/** A web address that must use https: patients should never be sent to an insecure page. */
export const httpsUrl = z
  .url({ protocol: /^https$/, error: 'must be a full web address starting with https://' })
  // For editors that check as you type (VS Code, the browser editor): the same rule as a pattern.
  .meta({ pattern: '^https://[^\\s]+$', patternErrorMessage: 'must be a full web address starting with https://' });

/** A website's address with nothing after its name (an origin), such as https://example.nhs.uk. */
export const httpsOrigin = z
  .url({ protocol: /^https$/, error: 'must be an https address such as https://example.nhs.uk' })
  .refine((value) => new URL(value).origin === value.replace(/\/$/, ''), { error: 'must be the address alone, such as https://example.nhs.uk, with nothing after it' })
  .meta({ pattern: '^https://[^/\\s]+/?$', patternErrorMessage: 'must be the address alone, such as https://example.nhs.uk, with nothing after it' });

/** An email address, checked for a sensible shape. */
export const emailAddress = z.email({ error: 'must be an email address such as name@nhs.net' });

/**
 * The phone number our messages give as an example: from Ofcom's range for drama, so it is never
 * a real surgery's (the editor shows these messages to every surgery).
 */
export const EXAMPLE_PHONE = '01632 960000';

/**
 * A UK phone number written as patients see it, with or without spaces: "0117 959 1919".
 * Ten or eleven digits starting with 0. Each mistake gets one message saying what to write.
 */
export const ukPhone = z
  .union([z.string(), z.number()], { error: `must be a phone number such as ${EXAMPLE_PHONE}` })
  .superRefine((value, context) => {
    // Digits with no spaces are read by YAML as a number, which loses the first 0.
    const problem = typeof value === 'number' ? `must be written with spaces, as patients read it, such as ${EXAMPLE_PHONE}` : phoneProblem(value.trim());
    if (problem) context.addIssue({ code: 'custom', message: problem, input: value });
  })
  .transform((value) => String(value).trim())
  // For editors that check as you type: 10 or 11 digits starting with 0, spaces allowed. The
  // build's own check (phoneProblem) then says exactly what is wrong.
  .meta({ pattern: '^ *0( *[0-9]){9,10} *$', patternErrorMessage: `must be a UK phone number of 10 or 11 digits starting with 0, such as ${EXAMPLE_PHONE}, with no extension` });

/** What is wrong with a phone number, in words that say what to type instead; undefined if nothing. */
export function phoneProblem(phone: string): string | undefined {
  const extension = /^(.*?)[\s,]*(?:ext(?:ension)?\.?|x)\s*\d+$/i.exec(phone);
  if (extension && /\d/.test(extension[1]!)) {
    return `has an extension. Leave the extension out, and write only the number patients dial: ${extension[1]!.trim()}`;
  }
  if (/^\+\s*44/.test(phone)) {
    return `must start with 0, not +44, as patients dial it: ${phone.replace(/^\+\s*44\s*(\(0\))?\s*/, '0')}`;
  }
  if (!/^[\d ]+$/.test(phone)) return `must be written with digits and spaces only, such as ${EXAMPLE_PHONE}`;
  if (!phone.startsWith('0')) return `must be a UK phone number starting with 0, such as ${EXAMPLE_PHONE}`;
  const digits = phone.replaceAll(' ', '').length;
  if (digits < 10 || digits > 11) return `has ${digits} digits, but a UK number has 10 or 11, such as ${EXAMPLE_PHONE}`;
  return undefined;
}

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
