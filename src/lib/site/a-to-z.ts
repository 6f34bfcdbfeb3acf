/** One entry of the A to Z list: a word a patient might look for, and where to go. */
export interface Topic {
  term: string;
  href: string;
  /** Where it goes, in words: "Rule 4: Do not take photos or recordings". */
  target: string;
}

/** A letter and its topics, for headings in the A to Z list. */
export interface Letter {
  letter: string;
  topics: Topic[];
}

/** Sorts topics A to Z, drops exact repeats and groups them by first letter. */
export function aToZ(topics: readonly Topic[]): Letter[] {
  const seen = new Set<string>();
  const unique = topics.filter(({ term, href }) => {
    const key = `${term.toLowerCase()}|${href}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const sorted = unique
    .map((topic) => ({ ...topic, term: topic.term.charAt(0).toUpperCase() + topic.term.slice(1) }))
    .sort((a, b) => a.term.localeCompare(b.term, 'en-GB') || a.target.localeCompare(b.target, 'en-GB'));
  const letters = new Map<string, Topic[]>();
  for (const topic of sorted) {
    const letter = /^[a-z]/i.test(topic.term) ? topic.term.charAt(0).toUpperCase() : '0-9';
    letters.set(letter, [...(letters.get(letter) ?? []), topic]);
  }
  return [...letters].map(([letter, list]) => ({ letter, topics: list }));
}
