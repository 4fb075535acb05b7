import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, open, test } from './fixtures.ts';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
  );
}

const VIEWS: [string, string, ((page: Page) => Promise<void>)?][] = [
  ['the default view', ''],
  ['a country panel open', '?date=2025-07-03&country=RUS'],
  ['the table view', '?view=table&date=2025-07-03'],
  ['a lesson step', '?lesson=1&step=6'],
  ['embed mode', '?embed=1&date=2025-07-03'],
  ['embed mode, dark', '?embed=1&theme=dark&country=PAK'],
  ['then and now', '?compare=1998-06-01'],
  [
    'presentation mode',
    '?present=1&lesson=1&step=2',
    async (page) => {
      await page.getByRole('button', { name: 'Start the presentation' }).click();
      await expect(page.locator('html')).toHaveAttribute('data-presenting', '');
    },
  ],
  ['high contrast', '?contrast=high&date=1997-06-01'],
  [
    'the share panel',
    '',
    async (page) => {
      await page.getByRole('button', { name: 'Share' }).first().click();
      await page.getByRole('button', { name: 'QR code' }).click();
    },
  ],
  [
    'the about panel',
    '',
    async (page) => {
      await page.getByRole('button', { name: 'About the data' }).first().click();
    },
  ],
];

test.describe('axe-core, WCAG 2.2 A and AA', () => {
  // axe over a whole page takes over 30 s on a loaded machine.
  test.describe.configure({ timeout: 60_000 });
  for (const [name, query, prepare] of VIEWS) {
    test(`zero violations: ${name}`, async ({ page }) => {
      await open(page, query);
      await prepare?.(page);
      expect(await violations(page)).toEqual([]);
    });
  }
});
