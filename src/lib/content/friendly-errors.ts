import type { z } from 'astro/zod';
import { closest, distance } from 'fastest-levenshtein';
import { lineOf } from './source-lines';

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

/** "content/practice.yaml, line 12", or just the file when the line is not known. */
export function where(file: string, line?: number): string {
  return line === undefined ? file : `${file}, line ${line}`;
}

/**
 * Checks data against a schema; on failure, throws a ContentError naming the file, the line (for
 * data read with parseYaml) and each field.
 */
export function parseContent<S extends z.ZodType>(schema: S, data: unknown, file: string): z.output<S> {
  const result = schema.safeParse(data, { reportInput: true });
  if (!result.success) throw new ContentError(describeIssues(file, result.error, data, fieldNames(schema)));
  return result.data;
}

/** Finds the line of a value in a file (of the field `key` inside it), if it is known. */
export type LineLocator = (path: readonly PropertyKey[], key?: string) => number | undefined;

/**
 * Every issue of a failed validation, one message each (one per unknown field). A misspelt field
 * is told once: "Did you mean "summary"?", not also "the field "summary" is missing". Lines come
 * from data read with parseYaml, or from `locate`.
 */
export function describeIssues(
  file: string,
  error: z.ZodError,
  data?: unknown,
  known: readonly string[] = [],
  locate: LineLocator = (path, key) => lineOf(data, path, key),
): string[] {
  const misspelt = new Set<string>();
  const unknown = error.issues.flatMap((issue) => {
    if (issue.code !== 'unrecognized_keys') return [];
    return issue.keys.map((key) => {
      const guess = nearestField(key, known);
      if (guess) misspelt.add(JSON.stringify([...issue.path, guess]));
      const hint = guess ? ` Did you mean "${guess}"?` : '';
      return `${where(file, locate(issue.path, key))}: "${key}" is not a field we know.${hint} Check the spelling, or remove it.`;
    });
  });
  const others = error.issues
    .filter((issue) => issue.code !== 'unrecognized_keys')
    .filter((issue) => !(issue.code === 'invalid_type' && issue.input === undefined && misspelt.has(JSON.stringify(issue.path))))
    .map((issue) => describeIssue(where(file, locate(issue.path)), issue));
  return [...others, ...unknown];
}

/** The known field an unknown one is probably a misspelling of, if any is close. */
function nearestField(key: string, known: readonly string[]): string | undefined {
  if (known.length === 0) return undefined;
  const guess = closest(key, [...known]);
  return distance(key.toLowerCase(), guess.toLowerCase()) <= Math.max(2, Math.floor(key.length / 3)) ? guess : undefined;
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
function describeIssue(file: string, issue: z.core.$ZodIssue): string {
  const where = fieldName(issue.path);
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

/** Every field name a schema knows, at any depth: the words an unknown field may be a misspelling of. */
export function fieldNames(schema: z.ZodType): string[] {
  const names = new Set<string>();
  const walk = (node: unknown, seen: Set<unknown>) => {
    if (!node || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    const def = (node as { def?: Record<string, unknown> }).def;
    if (!def) return;
    const shape = def.shape as Record<string, unknown> | undefined;
    if (shape) for (const [name, field] of Object.entries(shape)) names.add(name), walk(field, seen);
    for (const key of ['innerType', 'element', 'in', 'out']) walk(def[key], seen);
    for (const option of (def.options as unknown[] | undefined) ?? []) walk(option, seen);
  };
  walk(schema, new Set());
  return [...names];
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** The first line of an error's message: parsers add a code excerpt after it. */
export function firstLine(error: unknown): string {
  return String(error instanceof Error ? error.message : error).split('\n')[0]!.trim();
}
