import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { apiDocsGaps, formatApiDocsGaps } from '../../../scripts/apiDocs.js';

const apiPage = readFileSync(new URL('../../../docs/api.md', import.meta.url), 'utf8');

describe('docs/api.md', () => {
  it('names every export of every package, and nothing they no longer export', () => {
    // When this fails, the message lists each package's missing and stale names
    // (also: npx tsx scripts/apiDocs.ts).
    const gaps = apiDocsGaps(apiPage);
    expect(formatApiDocsGaps(gaps), 'docs/api.md is out of date').toBe('');
  }, 30_000);

  it('reports a removed entry as missing and an invented one as stale, by package', () => {
    const edited = apiPage
      .replace('| `reviewCallback(item, secret)` | opens the sealed callback number of a review item |\n', '')
      .replace('#### `createFakeClock(start?)`', '#### `createFakeCalendar(start?)`')
      .replace(
        '| `listReviewItems(client)` |',
        '| `hearRefs(text)`, `listReviewItems(client)` → `Promise<Ref>` |',
      );
    const text = formatApiDocsGaps(apiDocsGaps(edited));
    expect(text).toContain('@onecase/hotline: not in docs/api.md: reviewCallback');
    expect(text).toContain('@onecase/testing: not in docs/api.md: createFakeClock');
    expect(text).toContain('@onecase/testing: in docs/api.md but not exported: createFakeCalendar');
    // A return type after `→` is not an export; a second name before it is.
    expect(text).toMatch(/^@onecase\/hotline: in docs\/api\.md but not exported: hearRefs$/m);
  }, 30_000);

  it('reads a code span that wraps onto the next line', () => {
    const wrapped = apiPage
      .replace('| `reviewCallback(item, secret)` | opens the sealed callback number of a review item |\n', '')
      .replace(
        '## `@onecase/hotline`\n',
        '## `@onecase/hotline`\n\nAlso `reviewCallback(item,\nsecret)` opens a callback.\n',
      );
    expect(formatApiDocsGaps(apiDocsGaps(wrapped))).toBe('');
  }, 30_000);
});
