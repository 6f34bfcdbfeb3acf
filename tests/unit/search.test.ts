import { expect, test } from 'vitest';
import { aToZ } from '../../src/lib/a-to-z';
import { searchableWords } from '../../src/scripts/search';

test('words with markup or code characters are not searched for', () => {
  expect(searchableWords('photo in waiting room')).toBe('photo in waiting room');
  expect(searchableWords('<img src=x onerror=alert(1)>')).toBe('');
  expect(searchableWords('<script>alert(1)</script>')).toBe('');
  expect(searchableWords("can't   film")).toBe("can't film");
  expect(searchableWords('مرحبا 😀')).toBe('مرحبا 😀');
});

test('the A to Z list is sorted, grouped by letter and free of repeats', () => {
  const letters = aToZ([
    { term: 'video', href: '/guidance/photos-and-recordings/', target: 'Rule 4' },
    { term: 'abuse', href: '/guidance/abuse-of-staff/', target: 'Rule 8' },
    { term: 'Abuse', href: '/guidance/abuse-of-staff/', target: 'Rule 8' },
    { term: 'appointment', href: '/guidance/contacting-us/', target: 'Rule 3' },
    { term: '999', href: '/contact/#urgent-help', target: 'Contact us' },
  ]);
  expect(letters.map(({ letter, topics }) => [letter, topics.map((topic) => topic.term)])).toEqual([
    ['0-9', ['999']],
    ['A', ['Abuse', 'Appointment']],
    ['V', ['Video']],
  ]);
});
