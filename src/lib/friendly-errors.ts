import type { z } from 'astro/zod';

/** A problem with the content, told in words a practice manager can act on. */
export class ContentError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `The guidance content has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}. ` +
        `Nothing was built.\n${problems.map((problem) => `  - ${problem}`).join('\n')}`,
    );
    this.name = 'ContentError';
  }
}

/** Checks data against a schema; on failure, throws a ContentError naming the file and each field. */
export function parseContent<S extends z.ZodType>(schema: S, data: unknown, file: string): z.output<S> {
  const result = schema.safeParse(data, { reportInput: true });
  if (!result.success) throw new ContentError(describeIssues(file, result.error));
  return result.data;
}

/** Every issue of a failed validation, one message each. */
export function describeIssues(file: string, error: z.ZodError): string[] {
  return error.issues.map((issue) => describeIssue(file, issue));
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a set of fields',
  date: 'a date',
};

/** Turns one failed check into "file: the field "x" must be …". */
export function describeIssue(file: string, issue: z.core.$ZodIssue): string {
  const where = fieldName(issue.path);
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((key) => `"${key}"`).join(', ');
    const one = issue.keys.length === 1;
    return `${file}: ${keys} ${one ? 'is not a field' : 'are not fields'} we know. Check the spelling, or remove ${one ? 'it' : 'them'}.`;
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    return `${file}: ${where} is missing. Add it, then build again.`;
  }
  if (issue.code === 'invalid_type') {
    // Zod's own wording starts "Invalid input"; a schema's custom message already says "must be …".
    const rule = issue.message.startsWith('Invalid input')
      ? `must be ${TYPE_WORDS[issue.expected] ?? issue.expected}`
      : lowerFirst(issue.message);
    return `${file}: ${where} ${rule}, but it is ${JSON.stringify(issue.input)}.`;
  }
  return `${file}: ${where} ${lowerFirst(issue.message).replace(/\.$/, '')}.`;
}

function fieldName(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'the file';
  const [first, ...rest] = path;
  const items = rest.map((key) => (typeof key === 'number' ? ` (item ${key + 1})` : `.${String(key)}`)).join('');
  return `the field "${String(first)}"${items}`;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** The first line of an error's message: parsers add a code excerpt after it. */
export function firstLine(error: unknown): string {
  return String(error instanceof Error ? error.message : error).split('\n')[0]!.trim();
}
