/**
 * The build reports the gzipped JavaScript each page loads on first render
 * (web/bundleReport.ts); phones on conference Wi-Fi must not wait for more
 * than 80 KB on the board or a seat.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUNDLE_REPORT, type PageBundle } from '../../web/bundleReport.ts';

const LIMIT_BYTES = 80 * 1024;

describe('page weight', () => {
  const pages: PageBundle[] = JSON.parse(readFileSync(BUNDLE_REPORT, 'utf8'));
  const weight = (route: string): number => {
    const page = pages.find((p) => p.route === route);
    if (!page) throw new Error(`the build has no page ${route}`);
    return page.gzipBytes;
  };

  it.each(['/board/[committee]', '/seat/[committee]'])(
    'the page %s loads at most 80 KB of gzipped JavaScript',
    (route) => {
      const bytes = weight(route);
      console.log(`${route}: ${(bytes / 1024).toFixed(1)} KB gzipped`);
      expect(bytes).toBeLessThanOrEqual(LIMIT_BYTES);
    },
  );
});
