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

/** Eight short lines are as many as people read from a chair across the room. */
export const POSTER_MAX_RULES = 8;

/** The rules' titles for the poster, or an error the practice manager can act on. */
export function posterLines(titles: readonly string[]): string[] {
  if (titles.length > POSTER_MAX_RULES) {
    throw new Error(
      `The poster has room for ${POSTER_MAX_RULES} rules, but there are ${titles.length}. Shorten the guidance or change the poster.`,
    );
  }
  return [...titles];
}
