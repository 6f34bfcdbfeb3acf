import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { scaledContent } from '../../scripts/bench/clauses.mjs';
import { formatBytes, markdownTable, median } from '../../scripts/bench/stats.mjs';
import { posterSizes, POSTER_SIZES } from '../../src/lib/print/poster-layout';
import { validateContent } from '../../src/lib/content/validate-content';

describe('bench helpers', () => {
  test('median of odd and even counts, unsorted', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow();
  });

  test('sizes and tables', () => {
    expect(formatBytes(812)).toBe('812 B');
    expect(formatBytes(14 * 1024)).toBe('14.0 KB');
    expect(markdownTable(['a', 'b'], [['x|y', 1]])).toBe('| a    | b   |\n| ---- | --- |\n| x\\|y | 1   |');
  });

  test('GUIDANCE_POSTER=off builds no poster, for the scaling copies', () => {
    expect(posterSizes({})).toEqual(POSTER_SIZES);
    expect(posterSizes({ GUIDANCE_POSTER: 'off' })).toEqual([]);
  });
});

describe('generated clauses for the scaling bench', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'guidance-bench-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  test.each([8, 80])('%i generated clauses pass the content checks', (count) => {
    const dir = scaledContent('content', path.join(work, `content-${count}`), count);
    expect(readdirSync(path.join(dir, 'clauses'))).toHaveLength(count);
    expect(() => validateContent(dir)).not.toThrow();
  });
});
