import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import { ContentError } from '../../src/lib/content/friendly-errors';
import { loadPractice } from '../../src/lib/content/practice-facts';
import { absoluteUrl, routes, shortAddress } from '../../src/lib/site/routes';
import { PREVIEW_ORIGIN } from '../../src/lib/site/site-url';
import { checkStaffKit, checkStaffKitContent, countWords, STAFF_FILES, type RuleRef } from '../../src/lib/staff-kit/staff-kit';
import { readMdxFolder, validateContent } from '../../src/lib/content/validate-content';
import { facebookPageSchema, INTRO_MAX_CHARACTERS, postStepsSchema, REPLY_TOPICS, REPLY_WORD_LIMIT, replyFileSchema, replySchema } from '../../src/schemas/staff-kit';
import { brokenCopy, removeCopies } from '../fixtures/bad-content';
import { badStaffKit, lineContaining, RULE_REPLIES } from '../fixtures/bad-staff-kit';
import { kitOf, rulesOf } from '../fixtures/staff-kit';

afterEach(removeCopies);

/** The content folders shipped: the practice's own and the example of another surgery. */
const FOLDERS = ['content', 'examples/riverside'];

describe.each(FOLDERS)('the staff kit in %s', (folder) => {
  const { dir, practice, rules, kit, problems, warnings } = kitOf(folder);

  test('is valid, and every rule has its replies: nothing is missing', () => {
    expect(problems).toEqual([]);
    expect(warnings).toEqual([]);
    expect(kit!.missing).toEqual([]);
  });

  test('each rule has a public and a private reply that names the rule and ends with the link to its page', () => {
    for (const rule of rules) {
      const group = kit!.groups.find((candidate) => candidate.rule?.slug === rule.slug)!;
      expect(group.link).toBe(absoluteUrl(routes.clause(rule.slug), kit!.site.url));
      expect(group.replies.map(({ kind }) => kind).sort()).toEqual(expect.arrayContaining(['private', 'public']));
      for (const reply of group.replies) {
        expect(reply.text.endsWith(` ${group.link}`), reply.source).toBe(true);
        expect(reply.text, reply.source).toContain(rule.title);
      }
    }
  });

  test('there are public and private replies for posts that look urgent and for complaints, ending with their help', () => {
    for (const topic of Object.keys(REPLY_TOPICS) as (keyof typeof REPLY_TOPICS)[]) {
      const group = kit!.groups.find((candidate) => candidate.topic === topic)!;
      expect(group.link).toBe(practice[REPLY_TOPICS[topic]]);
      expect(group.replies.map(({ kind }) => kind)).toEqual(expect.arrayContaining(['private', 'public']));
      for (const reply of group.replies) expect(reply.text.endsWith(group.link), reply.source).toBe(true);
    }
  });

  test('every reply is under 60 words as pasted, with every fact from the facts file and no placeholder left', () => {
    const replies = kit!.groups.flatMap(({ replies }) => replies);
    for (const reply of replies) {
      expect(reply.words, reply.source).toBe(countWords(reply.text));
      expect(reply.words, reply.source).toBeLessThan(REPLY_WORD_LIMIT);
      expect(reply.text, reply.source).not.toMatch(/\{[^}]*\}/);
    }
    // The facts are there, filled in from the facts file.
    expect(replies.some(({ text }) => text.includes(practice.phone))).toBe(true);
  });

  test('the intro fits Facebook’s 101 characters, with the site’s short address, before and after siteUrl is set', () => {
    const { intro } = kit!.page;
    expect(intro.characters).toBeLessThanOrEqual(INTRO_MAX_CHARACTERS);
    expect(intro.text).toContain(shortAddress(practice.siteUrl ?? PREVIEW_ORIGIN));
    // Published in a folder of the surgery website: the longest address it is likely to have.
    const inFolder = new URL(practice.guidanceOnWebsiteUrl ?? `${practice.siteUrl ?? practice.website}policies/social-media/`);
    const published = checkStaffKit({ dir, practice: { ...practice, siteUrl: inFolder.origin }, rules, site: inFolder.origin, base: inFolder.pathname });
    expect(published.problems).toEqual([]);
    expect(published.kit!.page.intro.text).toContain(shortAddress(inFolder.href));
    expect(published.kit!.page.intro.characters).toBeLessThanOrEqual(INTRO_MAX_CHARACTERS);
  });

  test('the pinned post and the About paragraph link to the site’s home page', () => {
    expect(kit!.page.pinned.text).toContain(kit!.site.url);
    expect(kit!.page.about.text.length).toBeGreaterThan(0);
    expect(kit!.steps.length).toBeGreaterThanOrEqual(2);
  });

  test('says whether the addresses are the preview address', () => {
    expect(kit!.site.preview).toBe(!practice.siteUrl);
    expect(kit!.site.url).toBe(practice.siteUrl ?? PREVIEW_ORIGIN);
  });
});

describe.each(badStaffKit)('bad staff kit: $name', (badCase) => {
  test('stops the build with a message naming the file, the line and the problem', () => {
    const dir = brokenCopy(badCase);
    const cwd = process.cwd();
    process.chdir(path.dirname(dir));
    let problems: string[] = [];
    try {
      validateContent(dir);
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      problems = error.problems;
    } finally {
      process.chdir(cwd);
    }
    const where = `content-copy/${badCase.where ?? badCase.file}`;
    const line = badCase.line ? `, line ${lineContaining(readFileSync(path.join(dir, badCase.file), 'utf8'), badCase.line)}` : '';
    expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`^${escape(`${where}${line}: `)}.*${escape(badCase.expect)}`))]));
  });
});

describe('what does not stop the build', () => {
  test('a new rule with no replies yet is a warning naming the rule and the file to add', () => {
    const dir = copyOfContent();
    const last = rulesOf(dir).sort((a, b) => b.number - a.number)[0]!;
    const lastFile = readMdxFolder(path.join(dir, 'clauses'), []).find(({ data }) => (data as RuleRef).slug === last.slug)!.file;
    const text = readFileSync(path.resolve(lastFile), 'utf8')
      .replace(/^number: .*$/m, `number: ${last.number + 1}`)
      .replace(/^slug: .*$/m, 'slug: live-streaming')
      .replace(/^title: .*$/m, 'title: Do not stream from the surgery');
    writeFileSync(path.join(dir, 'clauses', `${last.number + 1}-live-streaming.mdx`), text);

    expect(() => validateContent(dir)).not.toThrow();
    const rules = rulesOf(dir);
    const { kit, warnings } = checkStaffKitContent(dir, loadPractice(dir), rules, {});
    expect(warnings).toEqual([
      expect.stringMatching(new RegExp(`staff/replies: rule ${last.number + 1} \\(Do not stream from the surgery\\) has no replies yet\\. Add ${String(last.number + 1).padStart(2, '0')}-live-streaming\\.yaml with "rule: live-streaming"`)),
    ]);
    // The staff page still lists the rule, saying it has no replies.
    expect(kit!.groups.at(-1)).toMatchObject({ rule: { slug: 'live-streaming' }, replies: [] });
    expect(kit!.missing.map(({ slug }) => slug)).toEqual(['live-streaming']);
  });

  test('replies for a rule that does not exist are a warning, and are not shown', () => {
    const dir = brokenCopy({ name: 'renamed rule', file: RULE_REPLIES, find: /^rule: (.*)$/m, replace: 'rule: $1-old', expect: '' });
    expect(() => validateContent(dir)).not.toThrow();
    const { kit, warnings } = checkStaffKitContent(dir, loadPractice(dir), rulesOf(dir), {});
    expect(warnings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/replies\/.*\.yaml, line \d+: the field "rule" is ".*-old", but no rule has that slug, so these replies are not shown\. Use one of: /),
        expect.stringMatching(/has no replies yet/),
      ]),
    );
    expect(kit!.groups.some(({ rule }) => rule?.slug.endsWith('-old'))).toBe(false);
  });
});

describe('the staff kit schema documents itself', () => {
  test.each([
    ['a reply', replySchema],
    ['a replies file', replyFileSchema],
    ['the Facebook Page texts', facebookPageSchema],
    ['the steps', postStepsSchema],
  ])('every field of %s has a description for editors', (_, schema) => {
    const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as { properties: Record<string, { description?: string }> };
    const fields = Object.entries(json.properties);
    expect(fields.length).toBeGreaterThan(0);
    expect(fields.filter(([, field]) => !field.description?.trim()).map(([name]) => name)).toEqual([]);
  });
});

test('an empty Facebook Page file, or a missing steps file, is named with what is missing', () => {
  const dir = copyOfContent();
  writeFileSync(path.join(dir, STAFF_FILES.facebookPage), '');
  rmSync(path.join(dir, STAFF_FILES.postSteps));
  const { problems } = checkStaffKitContent(dir, loadPractice(dir), rulesOf(dir), {});
  expect(problems).toEqual([
    expect.stringMatching(/staff\/facebook-page\.yaml, line 1: the field "intro" is missing/),
    expect.stringMatching(/staff\/facebook-page\.yaml, line 1: the field "pinned" is missing/),
    expect.stringMatching(/staff\/facebook-page\.yaml, line 1: the field "about" is missing/),
    expect.stringMatching(/staff\/when-a-post-breaks-our-rules\.yaml: the file of steps for a post that breaks the rules is missing\./),
  ]);
});

/** A copy of the real content folder, to change in the test. */
function copyOfContent(): string {
  return brokenCopy({ name: 'a copy', file: 'practice.yaml', find: /$/, replace: '\n', expect: '' });
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
