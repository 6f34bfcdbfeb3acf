/** The part of damerau-levenshtein we use: it ships no types of its own. */
declare module 'damerau-levenshtein' {
  /** The edit distance between two strings, counting a swap of two neighbouring letters as one step. */
  export default function damerauLevenshtein(a: string, b: string, limit?: number): { steps: number; relative: number; similarity: number };
}
