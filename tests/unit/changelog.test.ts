import { expect, test } from 'vitest';
import { changesByDay, loadChangelog } from '../../src/lib/content/changelog';

test('changes are shown by day, newest day first, keeping their order within a day', () => {
  const days = changesByDay([
    { date: '2026-11-23', summary: 'First published.' },
    { date: '2027-03-01', summary: 'Rule 2 is clearer.' },
    { date: '2027-03-01', summary: 'Marked the review.' },
    { date: '2026-12-01', summary: 'A new phone number.' },
  ]);
  expect(days).toEqual([
    { date: '2027-03-01', summaries: ['Rule 2 is clearer.', 'Marked the review.'] },
    { date: '2026-12-01', summaries: ['A new phone number.'] },
    { date: '2026-11-23', summaries: ['First published.'] },
  ]);
});

test('the changelog’s oldest entry records when the guidance was first published', () => {
  const oldest = changesByDay(loadChangelog()).at(-1)!;
  expect(oldest.summaries.at(-1)).toMatch(/^First published/);
});
