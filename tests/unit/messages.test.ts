/**
 * The whole message for each common slip, pinned: what is wrong, on which line (counted from
 * the top of the file, as an editor counts), and what to type instead. EDITING.md shows the
 * same messages word for word, so the guide never drifts from what the check says.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { changelogSchema } from '../../src/schemas/changelog';
import { clauseSchema } from '../../src/schemas/clause';
import { practiceSchema } from '../../src/schemas/practice';
import { ContentError, parseContent } from '../../src/lib/content/friendly-errors';
import { parseMdx } from '../../src/lib/content/validate-content';
import { parseYaml } from '../../src/lib/content/yaml-file';
import { messageCases, type MessageCase } from '../fixtures/messages';

/** What the check says about a file: the same functions the build and `npm run check` use. */
function messages({ file, text }: MessageCase): string[] {
  try {
    if (file.endsWith('.mdx')) parseContent(clauseSchema, parseMdx(text, file).data, file);
    else parseContent(file.endsWith('changelog.yaml') ? changelogSchema : practiceSchema, parseYaml(text, file), file);
    return [];
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
}

const [curly, extension, indentation, misspelt] = messageCases;

test('curly quotes are named as curly quotes, on the line the editor shows', () => {
  expect(messages(curly!)).toMatchInlineSnapshot(`
    [
      "content/clauses/03-contacting-us.mdx, line 5: the field "summary" is inside curly quotes (“ ” or ‘ ’), which YAML does not read as quotes. Change them to straight quotes (").",
    ]
  `);
});

test('a phone number with an extension is told to leave the extension out', () => {
  expect(messages(extension!)).toMatchInlineSnapshot(`
    [
      "content/practice.yaml, line 7: the field "phone" has an extension. Leave the extension out, and write only the number patients dial: 0113 4960000.",
    ]
  `);
});

test('an indentation slip says which line to line up with which', () => {
  expect(messages(indentation!)).toMatchInlineSnapshot(`
    [
      "content/changelog.yaml, line 4: "summary:" is not lined up with "date:" on line 3. Put it directly under "date:", with 4 spaces before it.",
    ]
  `);
});

test('a misspelt field is named, with the field it probably is', () => {
  expect(messages(misspelt!)).toMatchInlineSnapshot(`
    [
      "content/clauses/04-photos-and-recordings.mdx, line 5: "sumary" is not a field we know. Did you mean "summary"? Check the spelling, or remove it.",
    ]
  `);
});

test('EDITING.md shows each of these messages word for word', () => {
  const guide = readFileSync('EDITING.md', 'utf8');
  const missing = messageCases.flatMap(messages).filter((message) => !guide.includes(message));
  expect(missing).toEqual([]);
});
