import { defineConfig, devices } from '@playwright/test';
import { launchOptions } from './scripts/chromium.mjs';

// Another checkout's tests may be using the default port: TEST_PORT picks another.
const port = Number(process.env.TEST_PORT ?? 4329);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: launchOptions(),
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: launchOptions() } }],
  // Tests run against the built site in dist/, served as a static host would, with the security
  // and caching headers the build wrote for hosts (npm test builds first).
  webServer: {
    command: `node scripts/serve.mjs --port ${port} --headers dist/_headers`,
    url: `http://127.0.0.1:${port}/`,
    // Never reuse a server: one left running from another checkout would be tested instead.
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
