import { z } from 'astro/zod';
import { emailAddress, EXAMPLE_PHONE, httpsOrigin, httpsUrl, isoDate, ukPhone } from './fields';

/**
 * The practice facts file (content/practice.yaml): every fact about the surgery that the site
 * shows, in one place. Components read these; nothing here is written into a page by hand.
 */
export const practiceSchema = z
  .object({
    /** The surgery's name as patients know it. */
    name: z.string().trim().min(2, { error: 'must be the surgery name' }).describe('The surgery’s name as patients know it, such as Hillside Family Practice.'),
    /** Where the surgery is, in words a patient would recognise. */
    area: z.string().trim().min(2).describe('Where the surgery is, in words a patient would recognise, such as Leeds.'),
    /** The surgery's sites or branches, as patients know them. */
    sites: z.array(z.string().trim().min(2)).default([]).describe('The surgery’s sites or branches, as patients know them.'),
    /** The surgery's own website. */
    website: httpsUrl.describe('The surgery’s own website, starting https://.'),
    /** This guidance as published on the surgery's website. */
    guidanceOnWebsiteUrl: httpsUrl.optional().describe('This guidance as published on the surgery’s website, if it is there.'),
    /** The general email address for routine, non-urgent contact. */
    email: emailAddress.describe('The general email address for routine, non-urgent contact.'),
    /** The main phone number, written with spaces as patients read it: 0117 959 1919. */
    phone: ukPhone.describe(`The main phone number, with spaces as patients read it, such as ${EXAMPLE_PHONE}. No extension.`),
    /**
     * The online form for contacting the surgery. Leave it out to send patients to the
     * surgery website, where the form is linked.
     */
    onlineFormUrl: httpsUrl.optional().describe('The online form’s own address, if known. Without it, patients go to the surgery website.'),
    /** Who supplies the online form (shown only as secondary text, patients rarely know it). */
    onlineFormSupplier: z.string().trim().min(2).optional().describe('Who supplies the online form, such as eConsult or Patchs.'),
    /** The NHS App's page on the NHS website. */
    nhsAppUrl: httpsUrl.describe('The NHS App’s page on the NHS website.'),
    /**
     * Where patients leave a review. Set it to the surgery's own "ratings and reviews" page on
     * the NHS website when known; the default explains how to leave one.
     */
    reviewUrl: httpsUrl.describe('Where patients leave a review: the surgery’s own "ratings and reviews" page on the NHS website, when known.'),
    /**
     * The surgery's complaints procedure ("Feedback / Concerns"). Leave it out if the surgery has
     * no page of its own: links then go to the surgery website, beside the NHS guide to complaining.
     */
    complaintsUrl: httpsUrl.optional().describe('The surgery’s complaints procedure page, if it has one. Without it, complaints links go to the surgery website.'),
    /** The NHS website's guide to complaining about an NHS service. */
    nhsComplaintsUrl: httpsUrl.describe('The NHS website’s guide to complaining about an NHS service.'),
    /** NHS 111 online, for urgent help (general NHS advice). */
    nhs111Url: httpsUrl.describe('NHS 111 online, for urgent help (general NHS advice).'),
    /** The BMA guidance the practice links to as "Further guidance". */
    furtherGuidanceUrl: httpsUrl.describe('The BMA guidance the practice links to as "Further guidance".'),
    /** The surgery's Facebook page, if it wants it linked. Unknown facts stay out. */
    facebookUrl: httpsUrl.optional().describe('The surgery’s Facebook page, if it wants it linked. Unknown facts stay out.'),
    /** Whether the surgery has a Facebook page for patients: the home page says so when it does. */
    hasFacebookPage: z.boolean({ error: 'must be true or false' }).default(false).describe('Whether the surgery has a Facebook page for patients (true or false).'),
    /** The surgery's NHS organisation code (ODS code), if known. */
    odsCode: z.string().regex(/^[A-Z]\d{5}$/, { error: 'must look like an ODS code, such as L81001' }).optional().describe('The surgery’s NHS organisation code (ODS code), if known.'),
    /**
     * The surgery website's origin, if it shows this site inside one of its own pages (a frame),
     * for example https://example.nhs.uk. Leave it out to forbid framing.
     */
    embedOrigin: httpsOrigin
      .optional()
      .describe('The surgery website’s address, such as https://example.nhs.uk, if it shows this site inside its own pages. Leave it out otherwise.'),
    /**
     * The address this site is published at, for example https://guidance.example.nhs.uk/.
     * Canonical links, the sitemap, the QR code and share images all read it.
     */
    siteUrl: httpsUrl.optional().describe('The address this guidance will be published at, such as https://guidance.example.nhs.uk/. Leave it out until you know it.'),
    /**
     * The GitHub repository that holds this site's content, as "owner/name", for the browser
     * editor at /admin/. Leave it out until the editor is set up (DEPLOY.md).
     */
    editorRepository: z
      .string()
      .regex(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/, { error: 'must be a GitHub repository written as owner/name, such as hillside-surgery/social-media-guidance' })
      .optional()
      .describe('The GitHub repository that holds this site’s content, as owner/name, for the browser editor at /admin/. Leave it out until the editor is set up.'),
    /** The branch of that repository the site is published from. */
    editorBranch: z.string().trim().min(1).default('main').describe('The branch of that repository the site is published from, usually main.'),
    /**
     * The sign-in service the editor uses to sign in with GitHub. Leave it out on Netlify, which
     * gives one; on other hosts it is the address of the service DEPLOY.md sets up.
     */
    // The editor takes a sign-in only from exactly this address (Decap compares origins), so no path.
    editorSignInUrl: httpsOrigin.optional().describe('The address of the GitHub sign-in service for the editor, with nothing after its name. Leave it out on Netlify; DEPLOY.md says how to set one up elsewhere.'),
    /**
     * The other websites this site may link to, by host name (www.nhs.uk). A link to any other
     * site fails the tests, so a mistyped or unexpected address is caught before publishing.
     */
    linkHosts: z
      .array(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, { error: 'must be a host name such as www.nhs.uk' }))
      .min(1)
      .describe('The other websites this site may link to, by host name, such as www.nhs.uk. A link to any other site stops the build.'),
    /**
     * How easy our plain-English summaries must be to read, as a Flesch reading ease score
     * (0 is very hard, 100 is very easy; 60 is plain English). `npm run check` fails a summary
     * that scores lower. The surgery's own words are scored too, but never fail.
     */
    readingEaseMinimum: z
      .number({ error: 'must be a number from 0 to 100, such as 60' })
      .min(0)
      .max(100)
      .default(60)
      .describe('How easy our plain-English summaries must be to read, from 0 (very hard) to 100 (very easy). 60 is plain English.'),
    /** When the guidance was last reviewed (YYYY-MM-DD). */
    lastReviewed: isoDate.describe('When the guidance was last reviewed (YYYY-MM-DD).'),
    /** When the guidance is next due for review (YYYY-MM-DD). */
    nextReviewDue: isoDate.describe('When the guidance is next due for review (YYYY-MM-DD).'),
  })
  .strict()
  .refine((facts) => facts.nextReviewDue > facts.lastReviewed, {
    error: 'must be after lastReviewed',
    path: ['nextReviewDue'],
  })
  .superRefine((facts, context) => {
    for (const [field, value] of Object.entries(facts)) {
      if (typeof value !== 'string' || !value.startsWith('https://') || field === 'siteUrl' || field === 'embedOrigin' || field === 'editorSignInUrl') continue;
      const host = new URL(value).host;
      if (!facts.linkHosts.includes(host)) {
        context.addIssue({ code: 'custom', path: [field], message: `goes to ${host}, which is not in "linkHosts". Add the host there if the link is right` });
      }
    }
  });

export type Practice = z.output<typeof practiceSchema>;
