import { loadPractice } from './content/practice-facts';
import { loadSignposts } from './content/signposts';

/** The practice facts for this build, checked once. */
export const practice = loadPractice();

/** The signposts and the contact page's tasks, checked once. */
export const signposts = loadSignposts();
