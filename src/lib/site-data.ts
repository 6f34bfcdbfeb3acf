import { loadPractice } from './practice-facts';
import { loadSignposts } from './signposts';

/** The practice facts for this build, checked once. */
export const practice = loadPractice();

/** The signposts and the contact page's tasks, checked once. */
export const signposts = loadSignposts();
