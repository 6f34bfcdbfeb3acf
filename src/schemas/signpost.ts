import { z } from 'astro/zod';
import { urlSlug } from './fields';

/** The practice facts a signpost can link to: the address is kept once, in practice.yaml. */
const SIGNPOST_FACTS = [
  'onlineForm',
  'nhsAppUrl',
  'email',
  'phone',
  'reviewUrl',
  'complaintsUrl',
  'nhsComplaintsUrl',
  'nhs111Url',
  'furtherGuidanceUrl',
] as const;

/** The pages of this site a signpost can point to. */
const SIGNPOST_PAGES = ['contact', 'feedback'] as const;

/**
 * One way to get something done, such as "the NHS App" or "call 999". Exactly one of `fact`,
 * `page` or `url` says where it goes.
 */
const signpostSchema = z
  .object({
    /** How rules and tasks refer to it, for example "nhs-app". */
    id: urlSlug.describe('How rules and tasks refer to it, for example "nhs-app".'),
    /** The patient's task in plain words: what they can do this way. */
    task: z.string().trim().min(5).describe('The patient’s task in plain words: what they can do this way.'),
    /** The channel, as patients name it: "NHS App", "Phone", "NHS website". */
    channel: z.string().trim().min(2).describe('The channel, as patients name it: "NHS App", "Phone", "NHS website".'),
    /** The link text, which says where the link goes: "Use the NHS App". */
    linkText: z.string().trim().min(3).describe('The link text, which says where the link goes: "Use the NHS App".'),
    /** Secondary text under the link, for example who runs the online form. */
    hint: z.string().trim().min(2).optional().describe('Secondary text under the link, for example who runs the online form.'),
    /** A practice fact to link to (its address lives in practice.yaml). */
    fact: z.enum(SIGNPOST_FACTS).optional().describe('A practice fact to link to (its address lives in practice.yaml).'),
    /** A page of this site to link to. */
    page: z.enum(SIGNPOST_PAGES).optional().describe('A page of this site to link to.'),
    /** Any other address: https://, tel: or mailto: only. */
    url: z
      .string()
      .regex(/^(https:\/\/[^\s]+|tel:\+?\d+|mailto:[^\s@]+@[^\s@]+\.[^\s@]+)$/, {
        error: 'must start with https://, tel: or mailto:',
      })
      .optional()
      .describe('Any other address: https://, tel: or mailto: only.'),
    /** One line about this way of getting things done. */
    description: z.string().trim().min(10).max(200).describe('One line about this way of getting things done.'),
    /** When to use it. */
    useFor: z.string().trim().min(5).describe('When to use it.'),
    /** When not to use it. */
    notFor: z.string().trim().min(5).optional().describe('When not to use it.'),
    /** Show it as an NHS action link: only for starting a digital service. */
    action: z.boolean().default(false).describe('Show it as an NHS action link: only for starting a digital service.'),
    /** True for general NHS advice that is not part of the surgery's guidance. */
    generalNhsAdvice: z.boolean().default(false).describe('True for general NHS advice that is not part of the surgery’s guidance.'),
  })
  .strict()
  .refine((signpost) => [signpost.fact, signpost.page, signpost.url].filter(Boolean).length === 1, {
    error: 'needs exactly one of "fact", "page" or "url" to say where it goes',
  });

/** One thing a patient wants to do, with the ways to do it, for the contact page. */
const taskSchema = z
  .object({
    /** The section's id on the contact page, for example "appointments". */
    id: urlSlug.describe('The section’s id on the contact page, for example "appointments".'),
    /** What the patient wants to do, as a heading: "Book, change or cancel an appointment". */
    title: z.string().trim().min(5).describe('What the patient wants to do, as a heading: "Book, change or cancel an appointment".'),
    /** A short plain-English introduction. */
    intro: z.string().trim().min(5).optional().describe('A short plain-English introduction.'),
    /** What happens next, or anything else the patient should know. */
    note: z.string().trim().min(5).optional().describe('What happens next, or anything else the patient should know.'),
    /** Ids of the signposts that do this task, best first. */
    signposts: z.array(z.string()).min(1).describe('Ids of the signposts that do this task, best first.'),
    /** True for general NHS advice that is not part of the surgery's guidance. */
    generalNhsAdvice: z.boolean().default(false).describe('True for general NHS advice that is not part of the surgery’s guidance.'),
  })
  .strict();

/** The signposts file (content/signposts.yaml). */
export const signpostsFileSchema = z
  .object({
    /** Every way to get things done that rules and tasks point to. */
    signposts: z.array(signpostSchema).min(1).describe('Every way to get things done that rules and tasks point to.'),
    /** The things patients want to do, each a section of the contact page. */
    tasks: z.array(taskSchema).min(1).describe('The things patients want to do, each a section of the contact page.'),
    /** Ids of the everyday ways to contact the surgery, shown on the home page and in every footer. */
    everyday: z.array(z.string()).min(1).describe('Ids of the everyday ways to contact the surgery, shown on the home page and in every footer.'),
  })
  .strict();

export type Signpost = z.output<typeof signpostSchema>;
export type SignpostsFile = z.output<typeof signpostsFileSchema>;
