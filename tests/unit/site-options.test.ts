import { expect, test } from 'vitest';
import { siteOptions } from '../../scripts/site-options';

/** The settings an option set, without the environment the test runs in. */
const settings = (argv: string[], env: NodeJS.ProcessEnv = {}) => {
  const { env: next, rest } = siteOptions(argv, env);
  return { env: Object.fromEntries(Object.entries(next).filter(([name]) => !(name in env))), rest };
};

test('options set the environment variables hosts set, and pass Astro’s own options on', () => {
  expect(settings(['--content', 'examples/riverside', '--outDir', '/tmp/site'])).toEqual({
    env: { GUIDANCE_CONTENT_DIR: 'examples/riverside' },
    rest: ['--outDir', '/tmp/site'],
  });
  expect(settings(['--base=/policies/social-media/', '--require-site-url', '--review-strict']).env).toEqual({
    GUIDANCE_BASE: '/policies/social-media/',
    REQUIRE_SITE_URL: '1',
    REVIEW_STRICT: '1',
  });
  expect(settings(['--draft', '--out', 'posters/drafts'])).toEqual({ env: { GUIDANCE_DRAFT: '1' }, rest: ['--out', 'posters/drafts'] });
});

test('options npm read itself (an older PowerShell npm.ps1 drops the "--") still count', () => {
  expect(settings([], { npm_config_draft: 'true' }).env).toEqual({ GUIDANCE_DRAFT: '1' });
  expect(settings(['examples/riverside'], { npm_config_content: 'true' })).toEqual({ env: { GUIDANCE_CONTENT_DIR: 'examples/riverside' }, rest: [] });
});

test('environment variables set by a host are kept', () => {
  expect(siteOptions([], { GUIDANCE_BASE: '/x/', REQUIRE_SITE_URL: '1' }).env).toMatchObject({ GUIDANCE_BASE: '/x/', REQUIRE_SITE_URL: '1' });
});
