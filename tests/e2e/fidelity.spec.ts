import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { sitemapPages } from './site';

const SEED = 'tests/fixtures/social-media-guidance.txt';
const SHARED_SEED = '../shared/seed/social-media-guidance.txt';

/** The changes the site may make to the practice's words, undone for comparison. */
function normalise(text: string): string {
  return text
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/0117 ?959 ?1919/g, '0117 959 1919')
    .replace(/\s+/g, ' ')
    .replace(/ ,/g, ',')
    .trim();
}

/** The seed's sentences (and headings), without the list numbers. */
function seedSentences(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*\d+\.\s+/, ''))
    .flatMap((line) => normalise(line).split(/(?<=[.:])\s+(?=[A-Z])/))
    .filter((sentence) => sentence.length > 0);
}

test('our copy of the seed matches the shared source of truth', () => {
  test.skip(!existsSync(SHARED_SEED), 'The shared seed folder is not beside this checkout.');
  expect(readFileSync(SEED, 'utf8')).toBe(readFileSync(SHARED_SEED, 'utf8'));
});

test('every sentence of the practice’s guidance appears on the site, word for word', async ({ page }) => {
  let site = '';
  for (const path of sitemapPages()) {
    await page.goto(path);
    site += ` ${await page.locator('body').innerText()}`;
  }
  site = normalise(site);
  const sentences = seedSentences(readFileSync(SEED, 'utf8'));
  expect(sentences.length).toBeGreaterThan(25);
  const missing = sentences.filter((sentence) => !site.includes(sentence));
  expect(missing).toEqual([]);
});

test('the full guidance page has every clause, in order, in the practice’s words', async ({ page }) => {
  await page.goto('/guidance/');
  const text = normalise(await page.getByRole('main').innerText());
  const sentences = seedSentences(readFileSync(SEED, 'utf8')).filter((s) => s !== 'Social media guidance');
  const positions = sentences.map((sentence) => text.indexOf(sentence));
  expect(sentences.filter((_, i) => positions[i] === -1)).toEqual([]);
  expect(positions).toEqual([...positions].sort((a, b) => a - b));
});
