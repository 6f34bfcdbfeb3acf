import { z } from 'astro/zod';
import { changelogSchema } from '../../schemas/changelog';
import { easyReadSignpostsSchema } from '../../schemas/easy-read';
import { practiceSchema } from '../../schemas/practice';
import { signpostsFileSchema } from '../../schemas/signpost';
import { facebookPageSchema, postStepsSchema, replyFileSchema } from '../../schemas/staff-kit';
import { EASY_READ_FOLDER, EASY_READ_SIGNPOSTS_FILE } from '../easy-read/easy-read-checks';
import { STAFF_FILES } from '../staff-kit/staff-kit';
import { CHANGELOG_FILE } from './changelog';
import { PRACTICE_FILE } from './practice-facts';
import { SIGNPOSTS_FILE } from './signposts';

/**
 * The JSON Schemas of the YAML content files, so an editor such as VS Code (with the YAML
 * extension) explains each field as the practice manager types and underlines mistakes. They
 * are made from the zod schemas, with each field's .describe() as its help text, and committed
 * in src/schemas/json/: an editor needs them before anything is built, and a unit test
 * (tests/unit/json-schemas.test.ts) fails when one is out of date (`npm run schemas` rewrites them).
 */
const JSON_SCHEMA_FOLDER = 'src/schemas/json';

/** Each YAML content file (a glob, from the top of a content folder) and its schema. */
export const YAML_CONTENT_SCHEMAS = [
  { name: 'practice', files: PRACTICE_FILE, schema: practiceSchema },
  { name: 'signposts', files: SIGNPOSTS_FILE, schema: signpostsFileSchema },
  { name: 'changelog', files: CHANGELOG_FILE, schema: changelogSchema },
  { name: 'easy-read-signposts', files: `${EASY_READ_FOLDER}/${EASY_READ_SIGNPOSTS_FILE}`, schema: easyReadSignpostsSchema },
  { name: 'staff-facebook-page', files: STAFF_FILES.facebookPage, schema: facebookPageSchema },
  { name: 'staff-post-steps', files: STAFF_FILES.postSteps, schema: postStepsSchema },
  { name: 'staff-replies', files: `${STAFF_FILES.replies}/*.yaml`, schema: replyFileSchema },
] as const;

/** A schema's file in JSON_SCHEMA_FOLDER. */
export const jsonSchemaFile = (name: string) => `${JSON_SCHEMA_FOLDER}/${name}.schema.json`;

/** The JSON Schema text of one content file's schema: what the file may contain, as it is typed. */
export function jsonSchemaText(schema: z.ZodType): string {
  // Draft 7 is what the YAML extension reads best; "input" is the file as typed, before defaults.
  const json = z.toJSONSchema(schema, { io: 'input', target: 'draft-07', unrepresentable: 'any' });
  return `${JSON.stringify(json, null, 2)}\n`;
}
