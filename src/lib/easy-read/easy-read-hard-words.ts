/**
 * Words that are too hard for Easy Read, in one place. Many come from the surgery's own
 * guidance, which Easy Read pages explain. An Easy Read page may use one only if the first time
 * it does, the word is in bold and the same line says what it means:
 * "**Confidential** means private."
 *
 * A word here also covers its usual endings: "disclose" covers "discloses", "disclosed" and
 * "disclosing". Add a word in lowercase, in its plainest form.
 */
export const HARD_WORDS: readonly string[] = [
  'abusive',
  'adhere',
  'anxiety',
  'applicable',
  'appropriate',
  'appropriately',
  'clinician',
  'communication',
  'confidential',
  'consent',
  'considerate',
  'consultation',
  'courteous',
  'defamatory',
  'derogatory',
  'designated',
  'device',
  'disclose',
  'distress',
  'enable',
  'explicit',
  'express',
  'generic',
  'grossly',
  'harassment',
  'identifiable',
  'identify',
  'inaccurate',
  'individual',
  'malicious',
  'menacing',
  'obscene',
  'offence',
  'permitted',
  'platform',
  'policy',
  'procedure',
  'portable',
  'recipient',
  'safeguard',
  'sought',
  'tolerate',
  'unlawful',
  'vulnerable',
];

/** The endings a hard word may take and still be the same word. */
const ENDINGS = ['', 's', 'es', 'd', 'ed', 'ing', 'ly', 'ity', 'ities', 'ial', 'ially', 'ation', 'ations', 'ness'];

/** The hard word a word is a form of, or undefined. "Disclosed" is a form of "disclose". */
export function hardWordFor(word: string): string | undefined {
  const lower = word.toLowerCase().replace(/[’']s$/, '');
  return HARD_WORDS.find((hard) => {
    // "tolerated": a final e drops before -ed and -ing; "identified": a final y becomes i.
    const stems = [hard, ...(hard.endsWith('e') ? [hard.slice(0, -1)] : []), ...(hard.endsWith('y') ? [`${hard.slice(0, -1)}i`] : [])];
    return stems.some((stem) => lower.startsWith(stem) && ENDINGS.includes(lower.slice(stem.length)));
  });
}
