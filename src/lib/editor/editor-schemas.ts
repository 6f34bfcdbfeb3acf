import type { z } from 'astro/zod';
import { changelogSchema } from '../../schemas/changelog';
import { clauseSchema } from '../../schemas/clause';
import { easyReadSchema, easyReadSignpostsSchema } from '../../schemas/easy-read';
import { pageSchema } from '../../schemas/page';
import { practiceSchema } from '../../schemas/practice';
import { signpostsFileSchema } from '../../schemas/signpost';
import { facebookPageSchema, postStepsSchema, replyFileSchema } from '../../schemas/staff-kit';

/**
 * What the browser editor edits, by collection: how each kind of file is written and the schema
 * that checks it. The browser's own script reads this too (it must not import anything that needs
 * Node), so where each file lives is in ./editor-config.ts.
 *
 * - yaml: a YAML file (practice.yaml, signposts.yaml…)
 * - mdx: front matter between "---" lines, then the text below it
 * - text: a plain text file, edited as it is
 */
export const EDITOR_COLLECTIONS = {
  practice: { kind: 'yaml', schema: practiceSchema },
  signposts: { kind: 'yaml', schema: signpostsFileSchema },
  changelog: { kind: 'yaml', schema: changelogSchema },
  rules: { kind: 'mdx', schema: clauseSchema },
  pages: { kind: 'mdx', schema: pageSchema },
  'original-words': { kind: 'text' },
  'easy-read': { kind: 'mdx', schema: easyReadSchema },
  'easy-read-signposts': { kind: 'yaml', schema: easyReadSignpostsSchema },
  'staff-replies': { kind: 'yaml', schema: replyFileSchema },
  'staff-facebook-page': { kind: 'yaml', schema: facebookPageSchema },
  'staff-post-steps': { kind: 'yaml', schema: postStepsSchema },
} as const satisfies Record<string, { kind: 'yaml' | 'mdx' | 'text'; schema?: z.ZodType }>;

export type EditorCollectionName = keyof typeof EDITOR_COLLECTIONS;

/** The editor's name for a collection's way of reading and writing files. */
export const formatName = (collection: string) => `guidance-${collection}`;

/** The field that holds an .mdx file's text below the front matter, or a text file's text. */
export const BODY_FIELD = 'body';
