import { defineConfig, devices } from '@playwright/test';
import { launchOptions } from './scripts/chromium.mjs';
import { testPorts } from './scripts/test-ports.mjs';

// Another checkout's tests may be using the default ports: TEST_PORT picks others.
const { site, nginxHost, nginxHttp, nginxHttps } = testPorts();

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: 'list',
  use: {
    baseURL: `http://127.0.0.1:${site}`,
    launchOptions: launchOptions(),
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: launchOptions() } }],
  // Tests run against the built site in dist/ (npm test builds first), served twice: by a static
  // server like Netlify's, applying the _headers file the build wrote, and by a real nginx with
  // DEPLOY.md's configuration (tests/e2e/nginx.spec.ts). Never reuse a server: one left running
  // from another checkout would be tested instead.
  webServer: [
    {
      command: `node scripts/serve.mjs --port ${site} --headers dist/_headers`,
      url: `http://127.0.0.1:${site}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `node scripts/nginx-site.mjs --host ${nginxHost} --http-port ${nginxHttp} --https-port ${nginxHttps}`,
      url: `https://${nginxHost}:${nginxHttps}/`,
      ignoreHTTPSErrors: true,
      reuseExistingServer: false,
      timeout: 60_000,
      // Lets it stop nginx and remove its temporary folder.
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    },
  ],
});
