import { z } from 'astro/zod';
import { isoDate } from './fields';

/** One change to the guidance or the site, in words a patient understands. */
const changeSchema = z
  .object({
    /** When the change was published (YYYY-MM-DD). */
    date: isoDate.describe('When the change was published (YYYY-MM-DD).'),
    /** What changed, in one or two plain-English sentences. */
    summary: z.string().trim().min(10, { error: 'must say what changed, in a sentence' }).max(300, { error: 'must be 300 characters or fewer' }).describe('What changed, in one or two plain-English sentences.'),
  })
  .strict();

/**
 * The changelog file (content/changelog.yaml): what changed and when. The "What changed" page
 * lists the entries newest first, whatever order they are written in.
 */
export const changelogSchema = z
  .object({
    /** Each change: when it was published and what changed. */
    changes: z
      .array(changeSchema)
      .min(1, { error: 'must list at least one change, such as when the guidance was first published' })
      .describe('Each change: when it was published and what changed.'),
  })
  .strict();

export type Change = z.output<typeof changeSchema>;
