import { z } from 'astro/zod';
import { urlSlug } from './fields';

const SUMMARY_MAX_WORDS = 25;

const countWords = (text: string) => text.trim().split(/\s+/).filter(Boolean).length;

/**
 * One rule of the guidance (content/clauses/*.mdx). The body is the practice's own words;
 * the title and summary are our plain-English versions that sit beside them.
 */
export const clauseSchema = z
  .object({
    /** The rule's number, 1 to n, in the order the practice's guidance gives them. */
    number: z.int({ error: 'must be a whole number such as 3' }).min(1).describe('The rule’s number, 1 to n, in the order the practice’s guidance gives them.'),
    /** The rule's web address under /guidance/, lowercase words joined by hyphens. */
    slug: urlSlug.describe('The rule’s web address under /guidance/, lowercase words joined by hyphens.'),
    /** Our short plain-English title, for example "Do not take photos or recordings". */
    title: z.string().trim().min(3, { error: 'must be a short title' }).max(60, { error: 'must be 60 characters or fewer' }).describe('Our short plain-English title, for example "Do not take photos or recordings".'),
    /** One plain-English sentence (reading age 9 to 11) saying what the rule asks. */
    summary: z
      .string()
      .trim()
      .min(10, { error: 'must be one plain-English sentence' })
      .refine((text) => countWords(text) <= SUMMARY_MAX_WORDS, {
        error: `must be ${SUMMARY_MAX_WORDS} words or fewer`,
      })
      .refine((text) => /[.!?]$/.test(text) && !/[.!?]\s+\S/.test(text), {
        error: 'must be one sentence ending with a full stop',
      })
      .describe('One plain-English sentence (reading age 9 to 11) saying what the rule asks.')
      // The word limit as a pattern, for editors that check as you type.
      .meta({ pattern: `^\\s*\\S+(\\s+\\S+){0,${SUMMARY_MAX_WORDS - 1}}\\s*$`, patternErrorMessage: `must be ${SUMMARY_MAX_WORDS} words or fewer` }),
    /** Ids of the ways to get things done that this rule points to (see content/signposts.yaml). */
    signposts: z.array(z.string()).min(1, { error: 'must name at least one signpost from signposts.yaml' }).describe('Ids of the ways to get things done that this rule points to (see content/signposts.yaml).'),
    /** Everyday words patients might search for to find this rule. */
    keywords: z.array(z.string().trim().min(2)).default([]).describe('Everyday words patients might search for to find this rule.'),
  })
  .strict();

export type Clause = z.output<typeof clauseSchema>;
