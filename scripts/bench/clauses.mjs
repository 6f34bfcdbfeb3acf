// Generated rules for the scaling bench: a copy of the real content with N made-up clauses that
// pass the same checks as the practice's own (numbers 1..N, unique slugs, short titles,
// one-sentence summaries, known signposts, keywords and a body).
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const TOPICS = [
  { name: 'photos and videos', keywords: ['photo', 'camera', 'video'] },
  { name: 'phone calls', keywords: ['phone', 'call', 'ringing'] },
  { name: 'online reviews', keywords: ['review', 'stars', 'rating'] },
  { name: 'private messages', keywords: ['message', 'inbox', 'chat'] },
  { name: 'naming our team', keywords: ['name', 'doctor', 'nurse'] },
  { name: 'waiting room posts', keywords: ['waiting room', 'queue', 'post'] },
  { name: 'sharing health details', keywords: ['health', 'records', 'privacy'] },
  { name: 'comments and replies', keywords: ['comment', 'reply', 'thread'] },
  { name: 'complaints in public', keywords: ['complaint', 'unhappy', 'feedback'] },
  { name: 'appointments and bookings', keywords: ['appointment', 'booking', 'cancel'] },
];
const SIGNPOSTS = ['contact-page', 'online-form', 'nhs-app', 'phone', 'email', 'complaints'];
const WORDS = (
  'patients staff surgery practice online social media please respect privacy share post page group ' +
  'family friends carers community team reception clinic doctor nurse pharmacist manager advice help ' +
  'message comment review feedback concern question answer service safe kind polite careful public ' +
  'private personal information details name picture image account profile website form app email ' +
  'phone call visit appointment prescription result letter referral support time day week month'
).split(' ');

/** A small deterministic random number generator, so every run makes the same content. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Clause number `number` of a generated set: { file, text }. */
export function generatedClause(number) {
  const next = random(number * 7919);
  const topic = TOPICS[(number - 1) % TOPICS.length];
  const slug = `rule-${number}-${topic.name.replaceAll(' ', '-')}`;
  const sentence = (length) => {
    const words = Array.from({ length }, () => WORDS[Math.floor(next() * WORDS.length)]);
    return `${words.join(' ').replace(/^./, (first) => first.toUpperCase())}.`;
  };
  const body = [`This rule is about ${topic.name}.`, ...Array.from({ length: 4 }, () => sentence(10 + Math.floor(next() * 10)))];
  const frontMatter = [
    `number: ${number}`,
    `slug: ${slug}`,
    `title: Rule ${number} about ${topic.name}`,
    `summary: Please think about ${topic.name} before you post, and contact us the right way instead.`,
    `signposts: [${SIGNPOSTS[number % SIGNPOSTS.length]}]`,
    `keywords: [${topic.keywords.join(', ')}]`,
  ];
  return {
    file: `${String(number).padStart(4, '0')}-${slug}.mdx`,
    text: `---\n${frontMatter.join('\n')}\n---\n\n${body.join(' ')}\n`,
  };
}

/**
 * Copies the content folder `from` to `to`, replacing its clauses with `count` generated ones.
 * Returns `to`.
 */
export function scaledContent(from, to, count) {
  cpSync(from, to, { recursive: true });
  const clauses = path.join(to, 'clauses');
  rmSync(clauses, { recursive: true, force: true });
  mkdirSync(clauses);
  for (let number = 1; number <= count; number++) {
    const { file, text } = generatedClause(number);
    writeFileSync(path.join(clauses, file), text);
  }
  if (readdirSync(clauses).length !== count) throw new Error(`Expected ${count} generated clauses.`);
  return to;
}
