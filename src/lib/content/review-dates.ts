import { formatDate } from '../site/dates';

/** How many days before the next review `npm run check` starts to warn. */
export const REVIEW_WARNING_DAYS = 30;

type ReviewState = 'current' | 'due-soon' | 'overdue';

export interface ReviewStatus {
  state: ReviewState;
  /** Days from today until the next review: 0 on the day it is due, negative once overdue. */
  daysLeft: number;
  nextReviewDue: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days from one YYYY-MM-DD date to another: negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** Today as YYYY-MM-DD, in UK time (the date on the surgery's wall calendar). */
export function todayIso(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(now);
}

/**
 * Whether the guidance is due for review on `today` (YYYY-MM-DD): "due-soon" from
 * `warningDays` before the date up to the day itself, "overdue" from the day after.
 */
export function reviewStatus(nextReviewDue: string, today: string, warningDays: number = REVIEW_WARNING_DAYS): ReviewStatus {
  const daysLeft = daysBetween(today, nextReviewDue);
  const state: ReviewState = daysLeft < 0 ? 'overdue' : daysLeft <= warningDays ? 'due-soon' : 'current';
  return { state, daysLeft, nextReviewDue };
}

/** One line for people: "Next review due: 23 November 2027 (in 365 days)." */
export function describeReview({ state, daysLeft, nextReviewDue }: ReviewStatus): string {
  const when = formatDate(nextReviewDue);
  if (state === 'overdue') {
    const days = -daysLeft;
    return `The review is overdue: it was due on ${when}, ${days} ${days === 1 ? 'day' : 'days'} ago. Review the guidance, then mark the review in the practice facts file.`;
  }
  if (daysLeft === 0) return `The review is due today, ${when}. Review the guidance, then mark the review in the practice facts file.`;
  const line = `Next review due: ${when} (in ${daysLeft} ${daysLeft === 1 ? 'day' : 'days'}).`;
  return state === 'due-soon' ? `${line} Plan the review now.` : line;
}
