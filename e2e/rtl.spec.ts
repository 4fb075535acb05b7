/**
 * Right-to-left text reads right to left wherever it is drawn: every element whose own text is
 * mostly Arabic-script letters has a right-to-left direction (or takes its direction from its
 * text), through every shadow root, including the slider's track, which is itself drawn left to
 * right («2001–2021: لا حكومة لطالبان» had read "no Taliban government: 2021–2001").
 */
import type { Page } from '@playwright/test';
import { expect, open, panel, test } from './fixtures.ts';

interface Wrong {
  tag: string;
  text: string;
  direction: string;
}

/** Elements with mostly Arabic-script text of their own that would lay it out left to right. */
function leftToRightArabic(page: Page): Promise<Wrong[]> {
  return page.evaluate(() => {
    const wrong: Wrong[] = [];
    const walk = (node: Node) => {
      if (node instanceof Element) {
        if (['SCRIPT', 'STYLE', 'TEMPLATE'].includes(node.tagName)) return;
        const own = [...node.childNodes]
          .filter((c) => c.nodeType === Node.TEXT_NODE)
          .map((c) => c.textContent)
          .join('');
        const letters = own.match(/\p{L}/gu) ?? [];
        const arabic = own.match(/(?=\p{L})\p{Script=Arabic}/gu) ?? [];
        if (arabic.length >= 2 && arabic.length * 2 > letters.length) {
          const style = getComputedStyle(node);
          if (style.direction !== 'rtl' && style.unicodeBidi !== 'plaintext')
            wrong.push({ tag: node.tagName, text: own.trim(), direction: style.direction });
        }
        if (node.shadowRoot) walk(node.shadowRoot);
      }
      for (const child of node.childNodes) walk(child);
    };
    walk(document.documentElement);
    return wrong;
  });
}

for (const lang of ['fa', 'ps', 'ar', 'ur']) {
  test(`${lang}: all Arabic-script text runs right to left, the slider's labels and preview too`, async ({
    page,
  }) => {
    await open(page, `?lang=${lang}&date=2001-10-01`);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('rm-time-slider .gap-label')).toBeVisible();
    // The hover preview: a date, and the description of the event under the pointer (the UAE's
    // recognition, May 1997).
    const preview = page.locator('rm-time-slider .preview');
    // Until the slider has its width, a pointer move may land before the track is drawn.
    await expect(async () => {
      const x = await page.locator('rm-time-slider').evaluate((el) => {
        const s = el as unknown as { px(d: string): number };
        return s.px('1997-05-27');
      });
      await page.locator('rm-time-slider .track').scrollIntoViewIfNeeded();
      const track = (await page.locator('rm-time-slider .track').boundingBox())!;
      await page.mouse.move(track.x + x, track.y + 10);
      await page.mouse.move(track.x + x, track.y + 50);
      await expect(preview).toBeVisible({ timeout: 1000 });
    }).toPass();
    expect(await leftToRightArabic(page)).toEqual([]);

    await page.goto(`./?lang=${lang}&date=2001-10-01&country=SAU`);
    await expect(panel(page)).toBeVisible();
    expect(await leftToRightArabic(page)).toEqual([]);
  });
}
