import readability from 'text-readability';

/** Flesch reading ease at or above which text counts as plain English, unless the facts say otherwise. */
export const DEFAULT_READING_EASE_MINIMUM = 60;

/** A piece of text, named so a person can find it. */
export interface Copy {
  label: string;
  text: string;
}

export interface Scored extends Copy {
  /** Flesch reading ease: 0 is very hard, 100 is very easy; 60 to 70 is plain English. */
  score: number;
}

/** The Flesch reading ease of some text, to one decimal place. */
export function readingEase(text: string): number {
  return Math.round(readability.fleschReadingEase(text) * 10) / 10;
}

/** Scores each piece of text. */
export function scoreAll(copies: readonly Copy[]): Scored[] {
  return copies.map((copy) => ({ ...copy, score: readingEase(copy.text) }));
}

/** The scored texts under the minimum, lowest first. */
export function below(scored: readonly Scored[], minimum: number): Scored[] {
  return scored.filter(({ score }) => score < minimum).sort((a, b) => a.score - b.score);
}

/** The average score, to one decimal place (0 for nothing). */
export function averageScore(scored: readonly Scored[]): number {
  if (scored.length === 0) return 0;
  return Math.round((scored.reduce((sum, { score }) => sum + score, 0) / scored.length) * 10) / 10;
}

/**
 * The words of an MDX body as a reader sees them: components and markup removed, a link's text
 * kept. <Email /> and <Phone /> read as one word each.
 */
export function plainText(mdx: string): string {
  return mdx
    .replace(/<(Email|Phone|PracticeName)\s*\/>/g, 'us')
    .replace(/<FormattedDate[^>]*\/>/g, 'today')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s*(#+|[-*]|\d+\.)\s+/gm, '')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Sample values for the interface text that is made from a function: `rule(n, title)`. */
const SAMPLES: Record<string, string> = { n: '3', total: '8', count: '3', size: 'A4', title: 'Use phones politely' };

/**
 * Every piece of interface text in a strings object, labelled by where it is ("home.lede").
 * Text made by a function is made with sample values; {placeholders} read as "it".
 * Texts shorter than `minWords` words (labels, buttons) are left out: a score means nothing there.
 */
export function interfaceCopy(strings: unknown, minWords = 5, label = ''): Copy[] {
  if (typeof strings === 'string') {
    const text = strings.replace(/\{\w+\}/g, 'it').trim();
    return text.split(/\s+/).length >= minWords ? [{ label, text }] : [];
  }
  if (typeof strings === 'function') {
    const names = parameterNames(strings as (...args: string[]) => unknown);
    return interfaceCopy((strings as (...args: string[]) => unknown)(...names.map((name) => SAMPLES[name] ?? 'the surgery')), minWords, label);
  }
  if (strings && typeof strings === 'object') {
    return Object.entries(strings).flatMap(([key, value]) => interfaceCopy(value, minWords, label ? `${label}.${key}` : key));
  }
  return [];
}

function parameterNames(fn: (...args: never[]) => unknown): string[] {
  // "(n, total) => …", "function (n) {…}", or "name => …" with one parameter.
  const source = fn.toString();
  const list = /^\s*(?:function\s*\w*\s*)?\(([^)]*)\)/.exec(source)?.[1] ?? /^\s*(\w+)\s*=>/.exec(source)?.[1] ?? '';
  return list
    .split(',')
    .map((parameter) => parameter.trim().split(/[\s:=]/)[0]!)
    .filter(Boolean);
}
