// Writes the YAML content files' JSON Schemas into src/schemas/json/ (npm run schemas), from the
// zod schemas in src/schemas/. Run it after changing a schema: a unit test says when to.
import { writeFileSync } from 'node:fs';
import { jsonSchemaFile, jsonSchemaText, YAML_CONTENT_SCHEMAS } from '../src/lib/content/json-schemas';

for (const { name, schema } of YAML_CONTENT_SCHEMAS) {
  writeFileSync(jsonSchemaFile(name), jsonSchemaText(schema));
  console.log(`Wrote ${jsonSchemaFile(name)}`);
}
