/** What the pages need of a rule, whatever collection it came from. */
interface Numbered {
  data: { number: number };
}

/** Rules in the practice's order. */
export function byNumber<T extends Numbered>(clauses: readonly T[]): T[] {
  return [...clauses].sort((a, b) => a.data.number - b.data.number);
}

/** The rules either side of one, for "Previous rule" and "Next rule" links. */
export function neighbours<T extends Numbered>(sorted: readonly T[], current: T): { previous?: T; next?: T } {
  const index = sorted.indexOf(current);
  return { previous: index > 0 ? sorted[index - 1] : undefined, next: sorted[index + 1] };
}
