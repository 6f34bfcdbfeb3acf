import { z } from 'astro/zod';
import { urlSlug } from './fields';

/** The Easy Read pages every site has, besides one page per rule, in content/easy-read/. */
export const EASY_READ_PAGES = ['introduction', 'if-you-are-not-happy'] as const;
export type EasyReadPageName = (typeof EASY_READ_PAGES)[number];

/** A picture's name in the Health Icons set, such as "phone" or "people". */
const pictureName = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be a picture name from Health Icons, such as phone' })
  .describe('The name of a picture from Health Icons (healthicons.org), such as "phone" or "people".');

/**
 * One Easy Read page (content/easy-read/*.mdx): our own Easy Read writing, shown beside the
 * surgery's guidance and never instead of it. The body is one idea per line, each in
 * <Idea picture="…" alt="…">…</Idea>, checked by src/lib/easy-read/easy-read-checks.ts.
 */
export const easyReadSchema = z
  .object({
    /** The page's heading in Easy Read words, such as "Using your phone at the surgery". */
    title: z
      .string()
      .trim()
      .min(3, { error: 'must be a short heading' })
      .max(60, { error: 'must be 60 characters or fewer' })
      .describe('The page heading in Easy Read words, 60 characters or fewer.'),
    /** The picture beside the page's title in the list of Easy Read pages and on the leaflet. */
    picture: pictureName.describe('The picture beside the page’s title in the list of Easy Read pages and on the leaflet.'),
    /**
     * The rule this page explains, by the rule's slug (the end of its web address), such as
     * "phones". Leave it out for introduction.mdx and if-you-are-not-happy.mdx.
     */
    rule: urlSlug
      .optional()
      .describe('The slug of the rule this page explains, such as "phones". Leave it out for the introduction and "if you are not happy".'),
  })
  .strict();

/** How one way of contacting the surgery is said in Easy Read, on each Easy Read rule page. */
const easyReadSignpostSchema = z
  .object({
    /** The picture beside it. It is decorative: the words and the link say everything. */
    picture: pictureName.describe('The picture beside it. It is decorative: the words and the link say everything.'),
    /** One or two short sentences saying what to do, such as "Call us on the phone." */
    text: z.string().trim().min(5, { error: 'must be a short sentence' }).describe('One or two short Easy Read sentences saying what to do.'),
    /**
     * The link's words, saying where it goes, such as "Call the surgery". The phone number or
     * email address is added from practice.yaml; the address comes from signposts.yaml.
     */
    linkText: z
      .string()
      .trim()
      .min(3, { error: 'must say where the link goes' })
      .describe('The words of the link, saying where it goes. The number, email or address is added from the facts.'),
  })
  .strict();

/**
 * The Easy Read wording of the ways to contact the surgery (content/easy-read/signposts.yaml),
 * by the signpost's id in content/signposts.yaml.
 */
export const easyReadSignpostsSchema = z
  .record(urlSlug, easyReadSignpostSchema)
  .describe('Each signpost id from content/signposts.yaml, with its picture, words and link text in Easy Read.');

export type EasyRead = z.output<typeof easyReadSchema>;
export type EasyReadSignposts = z.output<typeof easyReadSignpostsSchema>;
