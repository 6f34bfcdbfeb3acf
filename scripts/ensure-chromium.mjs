// Makes sure the tests have a Chromium, installing one if it can, and says what it does.
import { findChromium } from './chromium.mjs';
import { aptInstall, run } from './install-tools.mjs';

let found = findChromium();
if (!found && !process.env.CHROMIUM_PATH) {
  console.log('No Chromium found. Trying to download Playwright’s own Chromium.');
  run('npx', ['playwright', 'install', 'chromium']);
  found = findChromium();
}
if (!found && !process.env.CHROMIUM_PATH && aptInstall('chromium', 'Chromium')) found = findChromium();
if (!found) {
  console.error(
    [
      'The tests need Chromium, and none was found.',
      process.env.CHROMIUM_PATH ? `CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, but there is no file there.` : '',
      'Install one of these, then run npm test again:',
      '  - Playwright’s Chromium: npx playwright install chromium',
      '  - Debian or Ubuntu: sudo apt-get install chromium',
      '  - or set CHROMIUM_PATH to a Chromium or Chrome you already have.',
    ]
      .filter(Boolean)
      .join('\n'),
  );
  process.exit(1);
}
console.log(`Using Chromium at ${found}`);
