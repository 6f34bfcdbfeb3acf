/**
 * EDITING.md, read as the tests' script: each task's section, its numbered steps, and the
 * commands and examples in them. The task tests run the commands the guide shows and make the
 * edits its steps describe, so a guide that drifts from the code fails a test.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const GUIDE = readFileSync(fileURLToPath(new URL('../EDITING.md', import.meta.url)), 'utf8').replace(/\r\n/g, '\n');

export interface GuideSection {
  title: string;
  /** Its text, without the heading, down to the next heading of its level or higher. */
  text: string;
  /** Its numbered steps, from 1; steps[0] is step 1. */
  steps: string[];
}

/** The section under a heading (of any level), such as "Change the phone number". */
export function section(title: string): GuideSection {
  const lines = GUIDE.split('\n');
  const start = lines.findIndex((line) => new RegExp(`^#{2,4} ${escape(title)}$`).test(line));
  if (start < 0) throw new Error(`EDITING.md has no heading "${title}".`);
  const level = /^#+/.exec(lines[start]!)![0].length;
  const end = lines.findIndex((line, index) => index > start && !inFence(lines, index) && /^#+ /.test(line) && /^#+/.exec(line)![0].length <= level);
  const text = lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
  return { title, text, steps: steps(text) };
}

/** The numbered steps of a section: "1. Open …", with the lines indented under each. */
function steps(text: string): string[] {
  const found: string[] = [];
  for (const line of text.split('\n')) {
    const step = /^(\d+)\. (.*)$/.exec(line);
    if (step && Number(step[1]) === found.length + 1) found.push(step[2]!);
    else if (found.length > 0 && (line.startsWith('   ') || line === '')) found[found.length - 1] += `\n${line}`;
    else if (found.length > 0 && !/^\d+\. /.test(line)) break;
  }
  return found.map((step) => step.trimEnd());
}

/** A numbered step, as the guide shows it: "1. Open …" is step(…, 1). */
export function step(of: GuideSection, number: number): string {
  const text = of.steps[number - 1];
  if (text === undefined) throw new Error(`"${of.title}" in EDITING.md has no step ${number}.`);
  return text;
}

/** The step that starts with these words, such as "Check it". */
export function stepStarting(of: GuideSection, words: string): string {
  const found = of.steps.find((text) => text.startsWith(words));
  if (!found) throw new Error(`"${of.title}" in EDITING.md has no step starting "${words}".`);
  return found;
}

/** The one code span in some text that matches, such as the example file name. */
export function spanMatching(text: string, pattern: RegExp): string {
  const found = codeSpans(text).filter((code) => pattern.test(code));
  if (found.length !== 1) throw new Error(`Expected one code span matching ${pattern}, found ${found.length} in:\n${text}`);
  return found[0]!;
}

/** The inline code in some text (`like this`), in order, outside fenced blocks. */
export function codeSpans(text: string): string[] {
  return [...withoutFences(text).matchAll(/`([^`\n]+)`/g)].map(([, code]) => code!);
}

/** The fenced code blocks in some text, with their language. */
export function codeBlocks(text: string): { language: string; code: string }[] {
  return [...text.matchAll(/^( *)```(\w*)\n([\s\S]*?)^\1```$/gm)].map(([, indent, language, code]) => ({
    language: language!,
    code: code!.split('\n').map((line) => line.slice(indent!.length)).join('\n'),
  }));
}

/** The npm commands in some text, inline or in a shell block, in order, as a person would type them. */
function commands(text: string): string[] {
  const inline = codeSpans(text).filter((code) => code.startsWith('npm '));
  const blocks = codeBlocks(text)
    .filter(({ language }) => language === 'sh')
    .flatMap(({ code }) => code.split('\n'))
    .filter((line) => line.startsWith('npm '));
  return [...inline, ...blocks];
}

/** The one npm command in some text; anything else means the guide changed and the test should too. */
export function command(text: string): string {
  const found = [...new Set(commands(text))];
  if (found.length !== 1) throw new Error(`Expected one command in this part of EDITING.md, found ${found.length}: ${found.join(', ')}\n${text}`);
  return found[0]!;
}

function withoutFences(text: string): string {
  return text.replace(/^( *)```\w*\n[\s\S]*?^\1```$/gm, '');
}

function inFence(lines: string[], index: number): boolean {
  return lines.slice(0, index).filter((line) => /^\s*```/.test(line)).length % 2 === 1;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
