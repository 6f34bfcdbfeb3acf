import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { scaledContent } from '../../scripts/bench/clauses.mjs';
import { editorSize } from '../../scripts/bench/site.mjs';
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

test('the editor\'s size counts every file in its folder, and what opening it loads', () => {
  const dist = mkdtempSync(path.join(tmpdir(), 'guidance-bench-editor-'));
  try {
    mkdirSync(path.join(dist, 'admin'));
    for (const [name, size] of [['index.html', 300], ['config.yml', 900], ['editor.js', 5000], ['decap-cms.js', 40_000], ['117.decap-cms.js', 2000]] as const) {
      writeFileSync(path.join(dist, 'admin', name), 'x'.repeat(size));
    }
    const size = editorSize(dist);
    expect(size).toMatchObject({ files: 5, rawBytes: 48_200, largest: { name: 'decap-cms.js', raw: 40_000 } });
    expect(size.atStartGzippedBytes).toBeLessThan(size.gzippedBytes);
    expect(size.gzippedBytes).toBeLessThan(size.rawBytes);
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
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
