import { z } from 'astro/zod';

/**
 * A page of prose (content/pages/*.mdx): the introduction, feedback and complaints, and the
 * accessibility statement.
 */
export const pageSchema = z
  .object({
    /** The page's heading and the first part of its browser title. */
    title: z.string().trim().min(3).describe('The page’s heading and the first part of its browser title.'),
    /** One sentence saying what the page is for, used in search results and link previews. */
    description: z.string().trim().min(10).max(200).describe('One sentence saying what the page is for, used in search results and link previews.'),
  })
  .strict();

export type Page = z.output<typeof pageSchema>;
