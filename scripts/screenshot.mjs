// Takes full-page screenshots of a served site, for looking at pages as a patient would.
// Usage: node scripts/screenshot.mjs http://localhost:4321/ out.png [width]
import { chromium } from '@playwright/test';
import { launchOptions } from './chromium.mjs';

const [url, file, width = '1200'] = process.argv.slice(2);
const browser = await chromium.launch(launchOptions());
const page = await browser.newPage({ viewport: { width: Number(width), height: 800 } });
await page.goto(url);
await page.screenshot({ path: file, fullPage: true });
await browser.close();
