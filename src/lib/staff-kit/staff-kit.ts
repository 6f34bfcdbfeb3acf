import path from 'node:path';
import type { z } from 'astro/zod';
import type { Practice } from '../../schemas/practice';
import {
  facebookPageSchema,
  INTRO_MAX_CHARACTERS,
  postStepsSchema,
  REPLY_TOPICS,
  REPLY_WORD_LIMIT,
  replyFileSchema,
  type ReplyTopic,
} from '../../schemas/staff-kit';
import { displayPath } from '../content/content-dir';
import { factLinkHref } from '../content/fact-links';
import { describeIssues, fieldNames } from '../content/friendly-errors';
import { absoluteUrl, routes, shortAddress } from '../site/routes';
import { siteOrigin } from '../site/site-url';
import { readYamlWithLines, yamlFilesIn, type YamlWithLines } from './staff-kit-files';

/** Where the staff kit lives in a content folder. */
export const STAFF_FILES = {
  replies: 'staff/replies',
  facebookPage: 'staff/facebook-page.yaml',
  postSteps: 'staff/when-a-post-breaks-our-rules.yaml',
} as const;

/** A rule, as the kit needs it. */
export interface RuleRef {
  number: number;
  slug: string;
  title: string;
}

/** A text of the kit with every placeholder filled in, and where it is written. */
export interface StaffText {
  /** The words as they are pasted or printed. */
  text: string;
  /** For messages: "content/staff/facebook-page.yaml, line 4". */
  source: string;
}

interface StaffReply extends StaffText {
  kind: 'public' | 'private';
  /** Words as pasted: the address counts as one. */
  words: number;
}

/** The replies for one rule, or for one topic that is not a rule. */
export interface ReplyGroup {
  /** An id for the page: "rule-naming-staff" or "urgent". */
  id: string;
  rule?: RuleRef;
  topic?: ReplyTopic;
  /** The address every reply in the group ends with. */
  link: string;
  /** Empty for a rule with no replies yet. */
  replies: StaffReply[];
}

interface PageText extends StaffText {
  /** Characters as Facebook counts them (letters, not bytes). */
  characters: number;
}

export interface StaffKit {
  /** The urgent and complaint replies, then every rule's, in the rules' order. */
  groups: ReplyGroup[];
  /** Rules with no replies yet: shown as such, and warned about by `npm run check`. */
  missing: RuleRef[];
  /** The Facebook Page's own texts. */
  page: { intro: PageText; pinned: PageText; about: PageText };
  /** What to do when a post breaks the rules, in order. */
  steps: StaffText[];
  /** The site's home address, in full and as people type it; preview until siteUrl is set. */
  site: { url: string; short: string; preview: boolean };
}

export interface StaffKitCheck {
  /** The kit, when there are no problems. */
  kit?: StaffKit;
  /** Mistakes that stop the build, each naming the file and the line. */
  problems: string[];
  /** Things to act on that do not stop the build: a rule with no replies, replies for no rule. */
  warnings: string[];
}

export interface StaffKitOptions {
  /** The content folder. */
  dir: string;
  practice: Practice;
  rules: readonly RuleRef[];
  /** The site's address: siteUrl, or the preview address while it is unset. */
  site: string | URL;
  /** The folder the site is served under, "/" for a site of its own. */
  base: string;
}

/** What a topic's replies are for, in a message: "posts that look urgent". */
const TOPIC_WORDS: Record<ReplyTopic, string> = { urgent: 'posts that look urgent', complaint: 'posts that make a complaint' };

/** Facts written into a text by hand, and the placeholder that should be used instead. */
const FACTS = [
  { key: 'name', words: 'name', found: (text: string, practice: Practice) => text.toLowerCase().includes(practice.name.toLowerCase()) },
  { key: 'phone', words: 'phone number', found: (text: string, practice: Practice) => digits(text).includes(digits(practice.phone)) },
  { key: 'email', words: 'email address', found: (text: string, practice: Practice) => text.toLowerCase().includes(practice.email.toLowerCase()) },
] as const;

/**
 * Reads and checks the staff kit: every reply, the Facebook Page's texts and the steps, with
 * their placeholders filled in from the practice facts and the rules. A problem names the file
 * and the line, counted from the top of the file.
 */
export function checkStaffKit({ dir, practice, rules, site, base }: StaffKitOptions): StaffKitCheck {
  const problems: string[] = [];
  const warnings: string[] = [];
  const home = absoluteUrl(routes.home, site, base);
  const facts = { name: practice.name, phone: practice.phone, email: practice.email };

  const text = (yaml: YamlWithLines, field: readonly PropertyKey[], raw: string, values: Record<string, string>): StaffText => {
    const source = `${yaml.file}, line ${yaml.lineOf(field)}`;
    for (const fact of FACTS) {
      if (fact.found(raw, practice)) problems.push(`${source}: the surgery's ${fact.words} is written in by hand. Write {${fact.key}} instead, so it changes when the facts file does.`);
    }
    return { text: fill(raw, values, source, problems), source };
  };

  // Replies: one file per rule, plus one per topic.
  const repliesDir = path.join(dir, STAFF_FILES.replies);
  const byRule = new Map<string, ReplyGroup>();
  const byTopic = new Map<ReplyTopic, ReplyGroup>();
  const seen = new Map<string, string>();
  for (const fullPath of yamlFilesIn(repliesDir)) {
    const yaml = readYamlWithLines(fullPath, 'this replies file', problems);
    const file = yaml && parse(replyFileSchema, yaml, problems);
    if (!yaml || !file) continue;
    const key = file.rule ?? file.topic!;
    const where = `${yaml.file}, line ${yaml.lineOf([file.rule ? 'rule' : 'topic'])}`;
    if (seen.has(key)) {
      problems.push(`${where}: ${file.rule ? `the rule "${key}"` : `the topic "${key}"`} already has its replies in ${seen.get(key)}. Put them in one file.`);
      continue;
    }
    seen.set(key, yaml.file);
    const rule = file.rule ? rules.find(({ slug }) => slug === file.rule) : undefined;
    if (file.rule && !rule) {
      warnings.push(`${where}: the field "rule" is "${file.rule}", but no rule has that slug, so these replies are not shown. Use one of: ${rules.map(({ slug }) => slug).join(', ')}.`);
      continue;
    }
    // Without a complaints page of its own, a complaint reply points where the rest of the site does.
    const link = rule ? absoluteUrl(routes.clause(rule.slug), site, base) : factLinkHref(practice, REPLY_TOPICS[file.topic!])!;
    const values = { ...facts, link, ...(rule ? { rule: rule.title } : {}) };
    const replies = file.replies.map(({ kind, text: raw }, index): StaffReply => {
      const filled = text(yaml, ['replies', index, 'text'], raw, values);
      if (rule && !raw.includes('{rule}')) {
        problems.push(`${filled.source}: the ${kind} reply must name the rule. Put {rule} where the rule's title should go.`);
      }
      const words = countWords(filled.text);
      if (words >= REPLY_WORD_LIMIT) {
        problems.push(`${filled.source}: the ${kind} reply has ${words} words. Replies must be under ${REPLY_WORD_LIMIT} words: cut at least ${words - REPLY_WORD_LIMIT + 1}.`);
      }
      return { ...filled, kind, words };
    });
    const group = { id: rule ? `rule-${rule.slug}` : file.topic!, rule, topic: file.topic, link, replies };
    if (rule) byRule.set(rule.slug, group);
    else byTopic.set(file.topic!, group);
  }
  const repliesShown = displayPath(repliesDir);
  for (const topic of Object.keys(REPLY_TOPICS) as ReplyTopic[]) {
    if (!byTopic.has(topic)) problems.push(`${repliesShown}: there are no replies for ${TOPIC_WORDS[topic]}. Add a file with "topic: ${topic}" and its replies.`);
  }
  const missing = rules.filter(({ slug }) => !byRule.has(slug));
  for (const rule of missing) {
    const example = `${String(rule.number).padStart(2, '0')}-${rule.slug}.yaml`;
    warnings.push(`${repliesShown}: rule ${rule.number} (${rule.title}) has no replies yet. Add ${example} with "rule: ${rule.slug}" and a public and a private reply.`);
  }

  // The Facebook Page's own texts.
  const pageYaml = readYamlWithLines(path.join(dir, STAFF_FILES.facebookPage), 'the Facebook Page texts file', problems);
  const pageFile = pageYaml && parse(facebookPageSchema, pageYaml, problems);
  const short = shortAddress(home);
  const pageValues = { ...facts, address: short, link: home };
  const pageText = (field: 'intro' | 'pinned' | 'about'): PageText => {
    const filled = text(pageYaml!, [field], pageFile![field], pageValues);
    return { ...filled, characters: [...filled.text].length };
  };
  const page = pageFile && { intro: pageText('intro'), pinned: pageText('pinned'), about: pageText('about') };
  if (page && page.intro.characters > INTRO_MAX_CHARACTERS) {
    const over = page.intro.characters - INTRO_MAX_CHARACTERS;
    problems.push(`${page.intro.source}: the field "intro" has ${page.intro.characters} characters with the address ${short}. Facebook allows ${INTRO_MAX_CHARACTERS}: cut at least ${over}.`);
  }

  // What to do when a post breaks the rules.
  const stepsYaml = readYamlWithLines(path.join(dir, STAFF_FILES.postSteps), 'the file of steps for a post that breaks the rules', problems);
  const stepsFile = stepsYaml && parse(postStepsSchema, stepsYaml, problems);
  const steps = stepsFile?.steps.map((raw, index) => text(stepsYaml!, ['steps', index], raw, facts));

  if (problems.length > 0 || !page || !steps) return { problems, warnings };
  const groups = [
    ...(Object.keys(REPLY_TOPICS) as ReplyTopic[]).map((topic) => byTopic.get(topic)!),
    ...rules.map((rule) => byRule.get(rule.slug) ?? { id: `rule-${rule.slug}`, rule, link: absoluteUrl(routes.clause(rule.slug), site, base), replies: [] }),
  ];
  return {
    kit: { groups, missing, page, steps, site: { url: home, short, preview: !practice.siteUrl } },
    problems,
    warnings,
  };
}

/**
 * The staff kit checked as the build will make it, before Astro starts: the site address from
 * the facts (or the preview address), the folder from GUIDANCE_BASE.
 */
export function checkStaffKitContent(dir: string, practice: Practice, rules: readonly RuleRef[], env: NodeJS.ProcessEnv = process.env): StaffKitCheck {
  return checkStaffKit({ dir, practice, rules, site: siteOrigin(practice, {}).site, base: env.GUIDANCE_BASE ?? '/' });
}

/** Words as a reader counts them: an address or a phone number's groups count as they look. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * Puts the facts in place of {placeholders}. An unknown placeholder is a problem, so a typo
 * such as {phnoe} is never pasted on Facebook.
 */
function fill(raw: string, values: Readonly<Record<string, string>>, source: string, problems: string[]): string {
  return raw.replace(/\{([^{}\s]*)\}/g, (placeholder, name: string) => {
    if (Object.hasOwn(values, name)) return values[name]!;
    const known = Object.keys(values).map((key) => `{${key}}`).join(', ');
    problems.push(`${source}: ${placeholder} is not a placeholder we know here. Use one of: ${known}.`);
    return placeholder;
  });
}

function digits(text: string): string {
  return text.replace(/\D/g, '');
}

/** Checks a file against its schema; each problem names the file and the line of the field. */
function parse<S extends z.ZodType>(schema: S, yaml: YamlWithLines, problems: string[]): z.output<S> | undefined {
  const result = schema.safeParse(yaml.data, { reportInput: true });
  if (result.success) return result.data;
  problems.push(...describeIssues(yaml.file, result.error, yaml.data, fieldNames(schema), (at, key) => yaml.lineOf(key ? [...at, key] : at)));
  return undefined;
}
