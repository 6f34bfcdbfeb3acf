import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { allPages } from './site';

/** The WCAG 2.2 AA rules and axe's best practices. No exemptions are needed today. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

// axe takes over 30 s on the longer pages when the machine is busy.
test.describe.configure({ timeout: 60_000 });

for (const path of allPages()) {
  test(`axe finds no problems on ${path}`, async ({ page }) => {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(results.violations.map(({ id, help, nodes }) => `${id}: ${help} (${nodes.map((n) => n.target).join(', ')})`)).toEqual([]);
  });
}
