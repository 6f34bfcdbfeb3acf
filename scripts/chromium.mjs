// Finds a Chromium for Playwright: one place, shared by the tests and the scripts.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Flags for running Chromium headless as root on a machine with no outside network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/**
 * The Chromium to use, in order: CHROMIUM_PATH, Playwright's own download, a system Chromium.
 * Returns undefined when there is none.
 */
export function findChromium(env = process.env) {
  if (env.CHROMIUM_PATH) return existsSync(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : undefined;
  const own = safe(() => chromium.executablePath());
  if (own && existsSync(own)) return own;
  return SYSTEM_CHROMIUMS.find((file) => existsSync(file));
}

/** Playwright launch options for the Chromium found. */
export function launchOptions() {
  const executablePath = findChromium();
  return { executablePath, args: CHROMIUM_ARGS };
}

function safe(get) {
  try {
    return get();
  } catch {
    return undefined;
  }
}
