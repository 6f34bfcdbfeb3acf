import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { clauseSchema } from './schemas/clause';
import { pageSchema } from './schemas/page';
import { contentDir } from './lib/content/content-dir';
import { easyReadSchema } from './schemas/easy-read';
import { easyReadLoader } from './lib/easy-read/easy-read-loader';

/** One MDX file per rule of the guidance, in content/clauses/. */
const clauses = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${contentDir()}/clauses` }),
  schema: clauseSchema,
});

/** The prose pages: introduction, feedback and complaints, accessibility statement. */
const pages = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${contentDir()}/pages` }),
  schema: pageSchema,
});

/** Our Easy Read version: one MDX file per rule, an introduction and "if you are not happy". */
const easyRead = defineCollection({
  loader: easyReadLoader(contentDir()),
  schema: easyReadSchema,
});

export const collections = { clauses, pages, easyRead };
