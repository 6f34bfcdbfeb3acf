import { describe, expect, test } from 'vitest';
import { clauseSchema } from '../../src/schemas/clause';
import { EXAMPLE_PHONE, phoneProblem, ukPhone } from '../../src/schemas/fields';
import { describeIssues } from '../../src/lib/content/friendly-errors';

const valid = {
  number: 4,
  slug: 'photos-and-recordings',
  title: 'Do not take photos or recordings',
  summary: 'Do not take photos or videos in the waiting room.',
  signposts: ['contact-page'],
};

function messages(data: unknown): string[] {
  const result = clauseSchema.safeParse(data, { reportInput: true });
  return result.success ? [] : describeIssues('clauses/x.mdx', result.error);
}

describe('clause front matter', () => {
  test('a valid clause passes, with no keywords by default', () => {
    expect(clauseSchema.parse(valid)).toEqual({ ...valid, keywords: [] });
  });
  test('the number must be a whole number from 1', () => {
    expect(messages({ ...valid, number: 0 })).toEqual([expect.stringContaining('clauses/x.mdx: the field "number"')]);
    expect(messages({ ...valid, number: 1.5 })).toEqual([expect.stringContaining('the field "number"')]);
    expect(messages({ ...valid, number: 'four' })).toEqual([
      'clauses/x.mdx: the field "number" must be a whole number such as 3, but it is "four".',
    ]);
  });
  test('a list item of the wrong type is named by its position', () => {
    expect(messages({ ...valid, keywords: ['photo', false] })).toEqual([
      'clauses/x.mdx: the field "keywords" (item 2) must be text, but it is false.',
    ]);
  });
  test('a summary of exactly 25 words passes', () => {
    const summary = `${Array.from({ length: 24 }, () => 'word').join(' ')} end.`;
    expect(messages({ ...valid, summary })).toEqual([]);
  });
});

describe('UK phone numbers', () => {
  test.each(['0117 959 1919', '01179591919', '020 7946 0000'])('%s is valid', (phone) => {
    expect(ukPhone.safeParse(phone).success).toBe(true);
  });
  test.each(['0117 959 19', '+44 117 959 1919', '999', 'call us', '0113 4960000 ext 2', 1179591919])('%s is not', (phone) => {
    expect(ukPhone.safeParse(phone).success).toBe(false);
  });
  test.each([
    ['0113 4960000 ext 2', 'has an extension. Leave the extension out, and write only the number patients dial: 0113 4960000'],
    ['0113 496 0000 extension 204', 'has an extension. Leave the extension out, and write only the number patients dial: 0113 496 0000'],
    ['0113 496 0000 x2', 'has an extension. Leave the extension out, and write only the number patients dial: 0113 496 0000'],
    ['+44 (0)113 496 0000', 'must start with 0, not +44, as patients dial it: 0113 496 0000'],
    ['(0113) 496 0000', `must be written with digits and spaces only, such as ${EXAMPLE_PHONE}`],
    ['0117 959 19', `has 9 digits, but a UK number has 10 or 11, such as ${EXAMPLE_PHONE}`],
  ])('%s gets one message saying what to write', (phone, message) => {
    expect(phoneProblem(phone)).toBe(message);
  });
});
