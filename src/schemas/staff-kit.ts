import { z } from 'astro/zod';
import { urlSlug } from './fields';

/**
 * The staff kit for the surgery's Facebook page (content/staff/): replies to paste, the Page's
 * own texts, and what to do when a post breaks the rules. Texts may use placeholders such as
 * {phone}, so every fact comes from the practice facts file and another surgery's kit is right
 * from its own facts. The checks that need the facts (word counts, lengths, placeholders) are
 * in src/lib/staff-kit/staff-kit.ts.
 */

/** Facebook cuts a Page's intro (its short bio) at 101 characters. */
export const INTRO_MAX_CHARACTERS = 101;

/** A reply must be under this many words, counted as pasted: short enough to read on a phone. */
export const REPLY_WORD_LIMIT = 60;

/** Where a reply goes: a comment under the post, or a private message to the person. */
const REPLY_KINDS = ['public', 'private'] as const;

/** Posts that are not about one rule, each with the fact its replies link to. */
export const REPLY_TOPICS = {
  /** Someone seems to need medical help now: NHS 111 online. */
  urgent: 'nhs111Url',
  /** Someone is making a complaint: the surgery's complaints procedure. */
  complaint: 'complaintsUrl',
} as const;
export type ReplyTopic = keyof typeof REPLY_TOPICS;

/** One reply a member of staff can paste. */
export const replySchema = z
  .object({
    /** "public" for a comment under the post; "private" for a private message to the person. */
    kind: z
      .enum(REPLY_KINDS, { error: 'must be public (a comment under the post) or private (a private message)' })
      .describe('Where the reply goes: "public" for a comment under the post, "private" for a private message to the person.'),
    /**
     * The words to paste. Polite and calm, under 60 words, never about anyone's health. It must
     * end with {link}, the web address of the rule (or of the help it points to).
     */
    text: z
      .string()
      .trim()
      .min(10, { error: 'must be a reply of at least one sentence' })
      .refine((text) => text.endsWith('{link}'), {
        error: 'must end with {link}, the web address the reply points to, so the person can read it',
      })
      .describe(
        'The words to paste: polite, calm, under 60 words, never about anyone\'s health. Ends with {link}. ' +
          'Use {name}, {phone} and {email} for the surgery\'s details, and {rule} for the rule\'s title.',
      ),
  })
  .strict();

/**
 * One file of replies (content/staff/replies/*.yaml): either for one rule, named by its slug,
 * or for a topic that is not one rule ("urgent" or "complaint"). Each needs at least one public
 * and one private reply.
 */
export const replyFileSchema = z
  .object({
    /** The slug of the rule these replies are about, as in its file in clauses/: "naming-staff". */
    rule: urlSlug
      .optional()
      .describe('The slug of the rule these replies are about, as in the rule\'s own file, for example naming-staff.'),
    /** Or, for posts that are not about one rule: "urgent" (111 and 999) or "complaint". */
    topic: z
      .enum(Object.keys(REPLY_TOPICS) as [ReplyTopic, ...ReplyTopic[]], { error: 'must be urgent or complaint' })
      .optional()
      .describe('For replies that are not about one rule: "urgent" (points to NHS 111 online) or "complaint" (points to the complaints procedure).'),
    /** The replies, at least one public comment and one private message. */
    replies: z
      .array(replySchema)
      .min(2, { error: 'must have at least one public reply and one private reply' })
      .refine((replies) => REPLY_KINDS.every((kind) => replies.some((reply) => reply.kind === kind)), {
        error: 'must have at least one public reply and one private reply',
      })
      .describe('The replies: at least one public comment and one private message.'),
  })
  .strict()
  .refine((file) => (file.rule === undefined) !== (file.topic === undefined), {
    error: 'needs exactly one of "rule" (a rule\'s slug) or "topic" (urgent or complaint)',
  });

/** The texts for the Facebook Page itself (content/staff/facebook-page.yaml). */
export const facebookPageSchema = z
  .object({
    /** The Page's intro (its short bio): at most 101 characters, with {address}, the site's short address. */
    intro: z
      .string()
      .trim()
      .min(10)
      .refine((text) => text.includes('{address}'), { error: 'must include {address}, the site\'s short address' })
      .describe('The Page\'s intro (its short bio): at most 101 characters once filled in, including {address}, the site\'s short address.'),
    /** A post to pin at the top of the Page: a few short lines, ending with {link}, the site's address. */
    pinned: z
      .string()
      .trim()
      .min(10)
      .refine((text) => text.includes('{link}'), { error: 'must include {link}, the site\'s address, so Facebook shows its picture' })
      .describe('A post to pin at the top of the Page: a few short lines with {link}, so Facebook shows the site\'s picture.'),
    /** The Page's "About" paragraph: what the Page is for and how to contact the surgery. */
    about: z
      .string()
      .trim()
      .min(10)
      .describe('The Page\'s "About" paragraph: what the Page is for, and how to contact the surgery instead.'),
  })
  .strict();

/** What staff do when a post breaks the rules (content/staff/when-a-post-breaks-our-rules.yaml). */
export const postStepsSchema = z
  .object({
    /** The steps, in order: one or two short sentences each. */
    steps: z
      .array(z.string().trim().min(5, { error: 'must be a step of at least a few words' }))
      .min(2, { error: 'must list the steps, at least two' })
      .describe('The steps, in order, one or two short sentences each. Use {phone}, {email} and {name} for the surgery\'s details.'),
  })
  .strict();

