import { loadPractice } from './practice-facts';

/** The practice facts for this build, checked once. */
export const practice = loadPractice();
