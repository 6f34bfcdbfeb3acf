// Makes sure the tests have a Chromium, installing one if it can, and says what it does.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium.mjs';

function run(command, args) {
  console.log(`> ${command} ${args.join(' ')}`);
  return spawnSync(command, args, { stdio: 'inherit' }).status === 0;
}

let found = findChromium();
if (!found && !process.env.CHROMIUM_PATH) {
  console.log('No Chromium found. Trying to download Playwright’s own Chromium.');
  run('npx', ['playwright', 'install', 'chromium']);
  found = findChromium();
}
const isRoot = process.getuid?.() === 0;
if (!found && !process.env.CHROMIUM_PATH && isRoot && existsSync('/usr/bin/apt-get')) {
  console.log('Installing Chromium from Debian or Ubuntu packages (apt-get install -y chromium).');
  run('apt-get', ['update']);
  run('apt-get', ['install', '-y', 'chromium']);
  found = findChromium();
}
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
