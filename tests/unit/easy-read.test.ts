import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { contentReport } from '../../src/lib/content/content-report';
import { checkEasyRead, EASY_READ_RULES } from '../../src/lib/easy-read/easy-read-checks';
import { isPicture, pictureSvg } from '../../src/lib/easy-read/easy-read-pictures';
import { hardWordFor, HARD_WORDS } from '../../src/lib/easy-read/easy-read-hard-words';
import { ContentError } from '../../src/lib/content/friendly-errors';
import { validateContent } from '../../src/lib/content/validate-content';
import { t } from '../../src/strings/en';
import { contentWith, firstRulePage, LONG_SENTENCE_AND_HARD_WORD as TEMPLATE, lineOf, removeContentCopies } from '../fixtures/easy-read';

afterEach(removeContentCopies);

/** The page the tests write over, and the bad page made for its rule. */
const { file: PAGE, slug: SLUG } = firstRulePage();
const PAGE_PATTERN = `content-copy/${PAGE.replace('.', '\\.')}`;
const LONG_SENTENCE_AND_HARD_WORD = TEMPLATE.replace('rule: RULE', `rule: ${SLUG}`);
/** The same page with both mistakes put right. */
const fine = LONG_SENTENCE_AND_HARD_WORD.replace(/<Idea picture="people".*\n/, '').replace('a portable device', 'your phone');

/** The problems for a content folder, with paths shown from its parent, as a practice manager sees them. */
function problemsIn(dir: string): string[] {
  const cwd = process.cwd();
  process.chdir(path.dirname(dir));
  try {
    return checkEasyRead(dir).problems;
  } finally {
    process.chdir(cwd);
  }
}


describe.each(['content', 'examples/riverside'])('the Easy Read pages of %s', (folder) => {
  const result = checkEasyRead(path.resolve(folder));

  test('pass every Easy Read check, with nothing missing', () => {
    expect(result.problems).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  test(`each score ${EASY_READ_RULES.readingEase} or more for reading ease`, () => {
    const files = readdirSync(path.join(folder, 'easy-read')).filter((name) => name.endsWith('.mdx'));
    expect(result.scores).toHaveLength(files.length);
    for (const { file, score } of result.scores) expect(score, file).toBeGreaterThanOrEqual(EASY_READ_RULES.readingEase);
  });

  test('give every picture alt text or mark it decorative, never both', () => {
    const ideas = readdirSync(path.join(folder, 'easy-read'))
      .filter((name) => name.endsWith('.mdx'))
      .flatMap((name) => readFileSync(path.join(folder, 'easy-read', name), 'utf8').match(/<Idea\b[^>]*>/g) ?? []);
    expect(ideas.length).toBeGreaterThan(10);
    for (const idea of ideas) expect(/\balt="[^"]+"/.test(idea) !== /\bdecorative\b/.test(idea), idea).toBe(true);
  });
});

describe('a page that breaks the Easy Read conventions', () => {
  test('a 20-word sentence and an unexplained hard word fail, each with its file and line', () => {
    const problems = problemsIn(contentWith({ [PAGE]: LONG_SENTENCE_AND_HARD_WORD }));
    const long = lineOf(LONG_SENTENCE_AND_HARD_WORD, 'Please think about');
    const hard = lineOf(LONG_SENTENCE_AND_HARD_WORD, 'portable device');
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(new RegExp(`^${PAGE_PATTERN}: line ${long}: this sentence has 20 words, more than 15`)),
        expect.stringMatching(new RegExp(`^${PAGE_PATTERN}: line ${hard}: "portable" is a hard word`)),
        expect.stringMatching(new RegExp(`^${PAGE_PATTERN}: line ${hard}: "device" is a hard word`)),
      ]),
    );
  });

  test('stops the build: validateContent throws with the same messages', () => {
    const dir = contentWith({ [PAGE]: LONG_SENTENCE_AND_HARD_WORD });
    expect(() => validateContent(dir)).toThrow(ContentError);
    expect(() => validateContent(dir)).toThrow(new RegExp(`${PAGE.split('/')[1]!.replace('.', '\\.')}: line \\d+: this sentence has 20 words`));
  });

  test('a hard word explained in bold the first time passes, and may be used again after', () => {
    const page = LONG_SENTENCE_AND_HARD_WORD.replace(/<Idea picture="people".*\n/, '').replace(
      'Do not use a portable device when you see the doctor.',
      'A **device** means a phone or tablet. Do not use a device when you see the doctor.',
    );
    expect(problemsIn(contentWith({ [PAGE]: page }))).toEqual([]);
  });

  test('a hard word in bold but not explained still fails', () => {
    const page = LONG_SENTENCE_AND_HARD_WORD.replace(/<Idea picture="people".*\n/, '').replace('a portable device', 'a **device**');
    expect(problemsIn(contentWith({ [PAGE]: page }))).toEqual([expect.stringMatching(/line \d+: "device" is a hard word/)]);
  });

  const cases = [
    { name: 'an idea with no alt text and not marked decorative', find: 'alt="A mobile phone"', replace: '', expect: 'needs alt="…" saying what it shows, or "decorative"' },
    { name: 'an idea with alt text and marked decorative', find: 'alt="A mobile phone"', replace: 'alt="A mobile phone" decorative', expect: 'has alt text and is marked decorative' },
    { name: 'alt text that only names the picture', find: 'alt="A mobile phone"', replace: 'alt="Picture of phone"', expect: 'should say what the picture shows' },
    { name: 'an unknown picture', find: 'picture="mobile"', replace: 'picture="mobile-phone"', expect: 'there is no picture called "mobile-phone". Choose a name from https://healthicons.org/, such as phone, mobile,' },
    { name: 'two ideas on one line', find: '</Idea>\n<Idea', replace: '</Idea><Idea', expect: 'put each idea on one line of its own' },
    { name: 'three sentences beside one picture', find: 'to the surgery.', replace: 'to the surgery. Keep it quiet. Be kind.', expect: 'this line has 3 sentences' },
    { name: 'a line of words with no picture', find: '\n<Idea picture="doctor"', replace: '\nKeep it on silent.\n<Idea picture="doctor"', expect: 'this line has no picture' },
    { name: 'the phone number written in by hand', find: 'to the surgery.', replace: 'to the surgery. Call 0117 959 1919.', expect: 'the phone number is written in by hand. Write <Phone /> instead' },
    { name: 'a component Easy Read cannot use', find: 'to the surgery.', replace: 'to <Telephone />.', expect: '<Telephone> is not something Easy Read text can use' },
  ];

  test.each(cases)('$name fails with its file and line', ({ find, replace, expect: message }) => {
    const page = fine.replace(find, replace);
    expect(page).not.toBe(fine);
    const problems = problemsIn(contentWith({ [PAGE]: page }));
    expect(problems).toEqual([expect.stringMatching(new RegExp(`^${PAGE_PATTERN}: line \\d+: `))]);
    expect(problems[0]).toContain(message);
  });

  test('the fine page really passes, so each case above fails for its own reason', () => {
    expect(problemsIn(contentWith({ [PAGE]: fine }))).toEqual([]);
  });

  test('a page that is hard to read as a whole fails with its score', () => {
    const page = fine.replace('You can bring your phone to the surgery.', 'Telephones, computers and electronic organisers are acceptable generally.');
    expect(problemsIn(contentWith({ [PAGE]: page }))).toEqual([expect.stringMatching(new RegExp(`^${PAGE_PATTERN}: the page scores \\d+(\\.\\d)? for reading ease, under 80`))]);
  });
});

describe('rules and Easy Read pages that do not match', () => {
  const rule9 = (slug: string) => `---\nnumber: 9\nslug: ${slug}\ntitle: Do not stream live video\nsummary: Do not stream live video from the surgery.\nsignposts: [contact-page]\n---\n\nLive streaming is not permitted on the premises.\n`;

  test('a new rule with no Easy Read page warns, naming it, but does not stop the build', () => {
    const dir = contentWith({ 'clauses/09-live-streaming.mdx': rule9('live-streaming') });
    expect(() => validateContent(dir)).not.toThrow();
    expect(checkEasyRead(dir).warnings).toEqual([expect.stringMatching(/easy-read: rule 9 \(live-streaming\) has no Easy Read page yet/)]);
  });

  test('npm run check reports the gap as a warning, and each page’s score', () => {
    const dir = contentWith({ 'clauses/09-live-streaming.mdx': rule9('live-streaming') });
    const report = contentReport({ dir, today: '2027-01-01', strictReview: false, strings: t });
    expect(report.failures).toEqual([]);
    expect(report.warnings).toEqual(expect.arrayContaining([expect.stringContaining('rule 9 (live-streaming) has no Easy Read page yet')]));
    expect(report.lines.join('\n')).toMatch(/Easy Read: each page must score 80 or more/);
    expect(report.lines.join('\n')).toContain(PAGE);
  });

  test('a rule slug the Easy Read pages use for their own address stops the build', () => {
    const dir = contentWith({ 'clauses/09-leaflet.mdx': rule9('leaflet') });
    expect(() => validateContent(dir)).toThrow(/09-leaflet\.mdx: the field "slug" is "leaflet", which the Easy Read pages use/);
  });

  test('an Easy Read page for a rule that is not there warns and is not published', () => {
    const dir = contentWith({ 'easy-read/09-gone.mdx': fine.replace('rule: phones', 'rule: gone') });
    expect(checkEasyRead(dir).problems).toEqual([]);
    expect(checkEasyRead(dir).warnings).toEqual([expect.stringMatching(/09-gone\.mdx: the field "rule" is "gone", which is not one of the rules, so this page is not published/)]);
  });

  test('a rule pointing to a signpost with no Easy Read words stops the build, naming both', () => {
    const rules = readdirSync('content/clauses').map((name) => readFileSync(path.join('content/clauses', name), 'utf8'));
    const signposts = (rule: string) => /^signposts:\s*\[(.*)\]/m.exec(rule)![1]!.split(',').map((id) => id.trim());
    const id = signposts(rules[0]!)[0]!;
    const pointing = rules.filter((rule) => signposts(rule).includes(id)).map((rule) => Number(/^number:\s*(\d+)/m.exec(rule)![1]));
    const words = readFileSync('content/easy-read/signposts.yaml', 'utf8').replace(new RegExp(`\\n${id}:[\\s\\S]*?\\n\\n`), '\n');
    // Without those words a page may also score differently for reading ease: only the gaps matter here.
    const problems = problemsIn(contentWith({ 'easy-read/signposts.yaml': words })).filter((problem) => problem.includes('no Easy Read words'));
    expect(problems.map((problem) => Number(/which rule (\d+) points to/.exec(problem)?.[1])).sort()).toEqual(pointing.sort());
    for (const problem of problems) expect(problem).toMatch(new RegExp(`^content-copy/easy-read/signposts\\.yaml: there are no Easy Read words for the signpost "${id}"`));
  });

  test('an unknown picture in the signposts wording names the file and line', () => {
    const words = readFileSync('content/easy-read/signposts.yaml', 'utf8').replace(/^ {2}picture: \S+/m, '  picture: computer');
    expect(problemsIn(contentWith({ 'easy-read/signposts.yaml': words }))).toEqual([
      `content-copy/easy-read/signposts.yaml: line ${lineOf(words, 'picture: computer')}: there is no picture called "computer". Choose a name from https://healthicons.org/.`,
    ]);
  });

  test('an accessibility statement without the "another format" section or the picture credit stops the build', () => {
    const page = readFileSync('content/pages/accessibility.mdx', 'utf8').replace('<h2 id="another-format">', '<h2>').replace('<PictureCredit />', '');
    expect(problemsIn(contentWith({ 'pages/accessibility.mdx': page }))).toEqual([
      expect.stringMatching(/^content-copy\/pages\/accessibility\.mdx: the section on asking for another format is missing/),
      expect.stringMatching(/^content-copy\/pages\/accessibility\.mdx: the credit for the Easy Read pictures is missing/),
    ]);
  });
});

describe('hard words', () => {
  test('cover their usual endings', () => {
    expect(hardWordFor('disclosed')).toBe('disclose');
    expect(hardWordFor('Disclosing')).toBe('disclose');
    expect(hardWordFor('confidentiality')).toBe('confidential');
    expect(hardWordFor('identified')).toBe('identify');
    expect(hardWordFor('tolerated')).toBe('tolerate');
    expect(hardWordFor('appropriately')).toBeDefined();
  });
  test('leave everyday words alone', () => {
    for (const word of ['phone', 'post', 'staff', 'doctor', 'express'.slice(0, 4), 'identity'.slice(0, 3), 'devil']) expect(hardWordFor(word), word).toBeUndefined();
  });
  test('are listed once, in lowercase', () => {
    expect(new Set(HARD_WORDS).size).toBe(HARD_WORDS.length);
    for (const word of HARD_WORDS) expect(word).toBe(word.toLowerCase());
  });
});

test('a picture is an SVG of the icon set, drawn in NHS blue, with nothing from another site', () => {
  expect(isPicture('phone')).toBe(true);
  expect(isPicture('camera')).toBe(false);
  const svg = pictureSvg('phone');
  expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]* viewBox="0 0 48 48">/);
  expect(svg).toContain('#005eb8');
  expect(svg).not.toMatch(/href|<script|url\(/);
});

test('the Easy Read interface text keeps to Easy Read sentences', () => {
  for (const text of [t.easyRead.label, t.easyRead.notYet, t.easyRead.linkHint, t.easyRead.readFullRule]) {
    for (const sentence of text.split(/(?<=\.)\s+/)) expect(sentence.split(/\s+/).length, sentence).toBeLessThanOrEqual(EASY_READ_RULES.sentenceWords);
  }
});
