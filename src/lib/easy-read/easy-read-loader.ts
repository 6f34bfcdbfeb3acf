import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { checkEasyRead, EASY_READ_FOLDER } from './easy-read-checks';

/**
 * The Easy Read pages' files (content/easy-read/*.mdx), loaded as any MDX collection is. After
 * loading, it says what is not in Easy Read yet, in `npm run build`, `npm start` and the dev
 * server alike; mistakes have already stopped the build in validateContent.
 */
export function easyReadLoader(dir: string): Loader {
  const files = glob({ pattern: '*.mdx', base: `${dir}/${EASY_READ_FOLDER}` });
  return {
    name: 'easy-read',
    load: async (context) => {
      await files.load(context);
      for (const warning of checkEasyRead(dir).warnings) context.logger.warn(warning);
    },
  };
}
