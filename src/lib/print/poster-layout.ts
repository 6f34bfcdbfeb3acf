/** The poster sizes, each printed on one sheet, portrait. Both share one layout, scaled. */
export const POSTER_SIZES = [
  { id: 'a4', label: 'A4' },
  { id: 'a3', label: 'A3' },
] as const;

/**
 * The poster sizes to build. GUIDANCE_POSTER=off builds none: the bench's scaling copies have
 * far more rules than a poster holds, and the poster is not what they measure.
 */
export function posterSizes(env: NodeJS.ProcessEnv = process.env): readonly (typeof POSTER_SIZES)[number][] {
  return env.GUIDANCE_POSTER === 'off' ? [] : POSTER_SIZES;
}

/** Up to twelve rules, each a line or two, fit one sheet with type no smaller than the minimum. */
export const POSTER_MAX_RULES = 12;

/**
 * The rules' titles for the poster. With more rules than lines, the last line says how many
 * more there are, so the poster still prints on one sheet and still points to the site.
 */
export function posterLines(titles: readonly string[]): { shown: string[]; more: number } {
  if (titles.length <= POSTER_MAX_RULES) return { shown: [...titles], more: 0 };
  const shown = titles.slice(0, POSTER_MAX_RULES - 1);
  return { shown, more: titles.length - shown.length };
}

/**
 * An address split where a line may break: after each dot and slash, never inside a word.
 * "guidance.example.nhs.uk/policies" gives ["guidance.", "example.", "nhs.", "uk/", "policies"].
 */
export function addressParts(address: string): string[] {
  return address.split(/(?<=[./])/);
}

/**
 * How large the address can be printed: its longest unbroken part (between dots and slashes) must
 * fit across the sheet. "long" and "longer" step the type down for parts over 20 and 30 letters.
 */
export function addressSize(address: string): 'normal' | 'long' | 'longer' {
  const longest = Math.max(...addressParts(address).map((part) => part.length));
  return longest > 30 ? 'longer' : longest > 20 ? 'long' : 'normal';
}
