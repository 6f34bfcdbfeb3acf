import { readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';

test('every built page is valid HTML (html-validate, settings in .htmlvalidate.mjs)', async () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const files = readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html'));
  const errors: string[] = [];
  for (const name of files) {
    const report = await validator.validateFile(path.join('dist', name));
    for (const result of report.results) {
      for (const message of result.messages) errors.push(`${name}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
    }
  }
  expect(files.length).toBeGreaterThan(10);
  expect(errors).toEqual([]);
});
