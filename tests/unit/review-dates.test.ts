import { describe, expect, test } from 'vitest';
import { daysBetween, describeReview, REVIEW_WARNING_DAYS, reviewStatus, todayIso } from '../../src/lib/content/review-dates';

/** A fixed "today", so the tests never depend on when they run. */
const TODAY = '2026-11-23';

describe('review dates', () => {
  test('days are counted between calendar dates, across months and leap years', () => {
    expect(daysBetween('2026-11-23', '2027-11-23')).toBe(365);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2026-11-23', '2026-11-20')).toBe(-3);
  });

  test('a review more than 30 days away is current', () => {
    expect(reviewStatus('2027-11-23', TODAY)).toEqual({ state: 'current', daysLeft: 365, nextReviewDue: '2027-11-23' });
    expect(reviewStatus('2026-12-24', TODAY).state).toBe('current');
  });

  test('from 30 days before, up to the day itself, the review is due soon', () => {
    expect(REVIEW_WARNING_DAYS).toBe(30);
    expect(reviewStatus('2026-12-23', TODAY)).toMatchObject({ state: 'due-soon', daysLeft: 30 });
    expect(reviewStatus('2026-11-23', TODAY)).toMatchObject({ state: 'due-soon', daysLeft: 0 });
  });

  test('from the day after, the review is overdue', () => {
    expect(reviewStatus('2026-11-22', TODAY)).toMatchObject({ state: 'overdue', daysLeft: -1 });
  });

  test('the warning period can be changed', () => {
    expect(reviewStatus('2026-12-23', TODAY, 7).state).toBe('current');
  });

  test('each state is described in plain words', () => {
    expect(describeReview(reviewStatus('2027-11-23', TODAY))).toBe('Next review due: 23 November 2027 (in 365 days).');
    expect(describeReview(reviewStatus('2026-11-24', TODAY))).toBe('Next review due: 24 November 2026 (in 1 day). Plan the review now.');
    expect(describeReview(reviewStatus('2026-11-23', TODAY))).toMatch(/^The review is due today, 23 November 2026\./);
    expect(describeReview(reviewStatus('2026-11-01', TODAY))).toMatch(/^The review is overdue: it was due on 1 November 2026, 22 days ago\./);
  });

  test('today is the date in the UK, even late in the evening in summer', () => {
    expect(todayIso(new Date('2026-07-01T23:30:00Z'))).toBe('2026-07-02');
    expect(todayIso(new Date('2026-11-23T23:30:00Z'))).toBe('2026-11-23');
  });
});
