import { describe, expect, test } from 'vitest';
import { averageScore, below, DEFAULT_READING_EASE_MINIMUM, interfaceCopy, plainText, readingEase, scoreAll } from '../../src/lib/content/readability';
import { loadPractice } from '../../src/lib/content/practice-facts';
import { practiceSchema } from '../../src/schemas/practice';

describe('readability', () => {
  test('short words in short sentences score higher than long words in long ones', () => {
    const plain = readingEase('Do not post rude things about our staff.');
    const formal = readingEase(
      'Derogatory and offensive comments about our team will not be tolerated on any social media platform whatsoever.',
    );
    expect(plain).toBeGreaterThan(DEFAULT_READING_EASE_MINIMUM);
    expect(formal).toBeLessThan(DEFAULT_READING_EASE_MINIMUM);
  });

  test('the minimum is 60 unless the facts file says otherwise', () => {
    expect(DEFAULT_READING_EASE_MINIMUM).toBe(60);
    const { readingEaseMinimum, ...facts } = loadPractice();
    expect(readingEaseMinimum).toBeGreaterThanOrEqual(0);
    expect(practiceSchema.parse({ ...facts, phone: facts.phone }).readingEaseMinimum).toBe(60);
  });

  test('scores are listed lowest first when under the minimum, and averaged', () => {
    const scored = scoreAll([
      { label: 'easy', text: 'We will call you back.' },
      { label: 'hard', text: 'Communications necessitate appropriate confidentiality considerations.' },
    ]);
    expect(below(scored, 60).map(({ label }) => label)).toEqual(['hard']);
    expect(averageScore(scored)).toBeCloseTo((scored[0]!.score + scored[1]!.score) / 2, 1);
    expect(averageScore([])).toBe(0);
  });

  test('MDX is scored as a reader sees it: components and markup out, link text kept', () => {
    expect(plainText('Call <Phone /> or see the [NHS website](https://www.nhs.uk/).\n\n- one\n- <FactLink to="nhsAppUrl">NHS App</FactLink>')).toBe(
      'Call us or see the NHS website. one NHS App',
    );
  });

  test('interface text is walked by name; functions are called with sample values; labels are left out', () => {
    const strings = {
      button: 'Search',
      home: { lede: 'Our rules for phones, cameras and reviews.' },
      rule: (n: number, title: string) => `Rule ${n} of the guidance is ${title}.`,
      status: '{count} results for {query} in the guidance',
    };
    expect(interfaceCopy(strings)).toEqual([
      { label: 'home.lede', text: 'Our rules for phones, cameras and reviews.' },
      { label: 'rule', text: 'Rule 3 of the guidance is Use phones politely.' },
      { label: 'status', text: 'it results for it in the guidance' },
    ]);
  });
});
