/**
 * Field help where the practice manager types: every field of every content schema has a
 * description, the committed JSON Schemas match the zod schemas, and every YAML content file
 * points at its schema (its first line, and .vscode/settings.json for files an editor rewrote).
 */
import { existsSync, globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { jsonSchemaFile, jsonSchemaText, YAML_CONTENT_SCHEMAS } from '../../src/lib/content/json-schemas';
import { changelogSchema } from '../../src/schemas/changelog';
import { clauseSchema } from '../../src/schemas/clause';
import { easyReadSchema, easyReadSignpostsSchema } from '../../src/schemas/easy-read';
import { pageSchema } from '../../src/schemas/page';
import { practiceSchema } from '../../src/schemas/practice';
import { signpostsFileSchema } from '../../src/schemas/signpost';
import { facebookPageSchema, postStepsSchema, replyFileSchema } from '../../src/schemas/staff-kit';

type Json = { properties?: Record<string, Json>; items?: Json; anyOf?: Json[]; additionalProperties?: Json | boolean; description?: string };

/** Every field (a property of an object, however deep) without a description, as a path. */
function undescribed(json: Json, at: string): string[] {
  const own = Object.entries(json.properties ?? {}).flatMap(([name, field]) => [
    ...(field.description?.trim() ? [] : [`${at}.${name}`]),
    ...undescribed(field, `${at}.${name}`),
  ]);
  const nested = [json.items, ...(json.anyOf ?? []), typeof json.additionalProperties === 'object' ? json.additionalProperties : undefined];
  return [...own, ...nested.flatMap((part) => (part ? undescribed(part, at) : []))];
}

/** Every schema in src/schemas/ a practice fills in: the YAML files' and the MDX files' front matter. */
const SCHEMAS = {
  practiceSchema,
  signpostsFileSchema,
  changelogSchema,
  clauseSchema,
  pageSchema,
  easyReadSchema,
  easyReadSignpostsSchema,
  replyFileSchema,
  facebookPageSchema,
  postStepsSchema,
};

test.each(Object.entries(SCHEMAS))('every field of %s has a description for editors', (name, schema) => {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Json;
  expect(undescribed(json, name)).toEqual([]);
});

describe.each(YAML_CONTENT_SCHEMAS)('$name', ({ name, files, schema }) => {
  const schemaFile = jsonSchemaFile(name);

  test(`${schemaFile} is up to date (npm run schemas rewrites it)`, () => {
    expect(existsSync(schemaFile) ? readFileSync(schemaFile, 'utf8') : 'missing').toBe(jsonSchemaText(schema));
  });

  test('every such YAML file in each content folder starts by pointing at it', () => {
    const found = ['content', ...globSync('examples/*')].flatMap((folder) => globSync(path.posix.join(folder, files)));
    expect(found.length).toBeGreaterThan(1);
    for (const file of found) {
      const relative = path.relative(path.dirname(file), schemaFile).split(path.sep).join('/');
      expect(readFileSync(file, 'utf8').split('\n')[0], file).toBe(`# yaml-language-server: $schema=${relative}`);
    }
  });

  test('.vscode/settings.json maps it too, for a file an editor rewrote without its first line', () => {
    const settings = JSON.parse(readFileSync('.vscode/settings.json', 'utf8')) as { 'yaml.schemas': Record<string, string[]> };
    expect(settings['yaml.schemas'][`./${schemaFile}`]).toEqual([`content/${files}`, `examples/*/${files}`]);
  });
});
