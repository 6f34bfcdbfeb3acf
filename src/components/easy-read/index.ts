/** The components Easy Read MDX files may use: <Idea> and the practice facts. */
import Idea from './Idea.astro';
import { mdxComponents } from '../mdx';

export const easyReadComponents = { ...mdxComponents, Idea };
