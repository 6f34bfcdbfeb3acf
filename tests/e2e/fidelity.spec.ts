/**
 * The practice's words stay theirs: every sentence of its guidance, as kept in the content
 * folder's original-guidance.txt, appears on the site word for word, in order.
 */
import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { routes } from '../../src/lib/site/routes';
import { ORIGINAL_WORDS_FILE, practice } from '../site-content';
import { sitemapPages } from './site';

/** Where Pioneer's guidance came from, when this checkout sits beside the project's shared folder. */
const SHARED_SEED = '../shared/seed/social-media-guidance.txt';

/** The changes the site may make to the practice's words, undone for comparison. */
function normalise(text: string): string {
  return text
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    // Phone numbers are spaced as patients read them: "0117 9591919" is shown "0117 959 1919".
    .replace(/(\d) (?=\d)/g, '$1')
    .replace(/\s+/g, ' ')
    .replace(/ ,/g, ',')
    .trim();
}

/** The original's sentences (and headings), without the list numbers. */
function originalSentences(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*\d+\.\s+/, ''))
    .flatMap((line) => normalise(line).split(/(?<=[.:])\s+(?=[A-Z])/))
    .filter((sentence) => sentence.length > 0);
}

const original = readFileSync(ORIGINAL_WORDS_FILE, 'utf8');

test('Pioneer’s original words are the shared source they came from', () => {
  test.skip(!existsSync(SHARED_SEED), 'The shared seed folder is not beside this checkout.');
  const seed = readFileSync(SHARED_SEED, 'utf8');
  test.skip(!seed.includes(practice.name), 'This content is another surgery’s: the shared seed is Pioneer’s guidance.');
  // Every text editor, the browser editor too, ends a file with a line break: the words are the same.
  expect(original.replace(/\n$/, '')).toBe(seed.replace(/\n$/, ''));
});

test('every sentence of the practice’s guidance appears on the site, word for word', async ({ page }) => {
  let site = '';
  for (const path of sitemapPages()) {
    await page.goto(path);
    site += ` ${await page.locator('body').innerText()}`;
  }
  site = normalise(site);
  const sentences = originalSentences(original);
  expect(sentences.length).toBeGreaterThan(5);
  const missing = sentences.filter((sentence) => !site.includes(sentence));
  expect(missing).toEqual([]);
});

test('the full guidance page has every rule, in order, in the practice’s words', async ({ page }) => {
  await page.goto(routes.guidance);
  const text = normalise(await page.getByRole('main').innerText());
  // The first line is the guidance's title, which the page's own heading also contains.
  const sentences = originalSentences(original).slice(1);
  const positions = sentences.map((sentence) => text.indexOf(sentence));
  expect(sentences.filter((_, i) => positions[i] === -1)).toEqual([]);
  expect(positions).toEqual([...positions].sort((a, b) => a - b));
});
