/**
 * The map in each of its languages: the page's `lang` and `dir`, country names, statuses and
 * dates in the language, no English interface string left, right to left where the script is,
 * in the full page and in embed mode.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { LANGS, LOCALES, type Lang } from '../src/i18n/locales.ts';
import en from '../src/i18n/messages/en.ts';
import enExtra from '../src/i18n/messages/en-extra.ts';
import type { PluralMessage } from '../src/i18n/messages/en.ts';
import {
  clickCountry,
  country,
  expect,
  mapSettled,
  open,
  shownDate,
  test,
  urlDate,
} from './fixtures.ts';

type Catalogue = Record<string, string | PluralMessage>;

async function catalogue(lang: Lang): Promise<Catalogue> {
  const [core, extra] = await Promise.all([
    import(`../src/i18n/messages/${lang}.ts`),
    import(`../src/i18n/messages/${lang}-extra.ts`),
  ]);
  return { ...core.default, ...extra.default };
}

const RUSSIA: Record<Lang, string> = {
  en: 'Russia',
  fa: 'روسیه',
  ps: 'روسیه',
  ar: 'روسيا',
  ur: 'روس',
  ru: 'Россия',
  zh: '俄罗斯',
  fr: 'Russie',
  es: 'Rusia',
};

const forms = (m: string | PluralMessage): string[] =>
  typeof m === 'string' ? [m] : Object.values(m);
/** A message's fixed words: the parts between its placeholders. */
const fragments = (m: string | PluralMessage) =>
  forms(m).flatMap((f) =>
    f
      .split(/\{\w+\}/)
      .map((s) => s.trim())
      .filter((s) => /\p{L}{2}/u.test(s)),
  );

/**
 * English interface words a page in `lang` must not show: every fragment of the English
 * catalogue, except those the language keeps in the same message (names such as CC BY 4.0).
 */
async function englishLeftovers(lang: Lang): Promise<{ long: string[]; short: string[] }> {
  const own = await catalogue(lang);
  const english = Object.entries({ ...en, ...enExtra })
    .filter(([key]) => key !== 'notice.languageFailed')
    .flatMap(([key, m]) => {
      const ownText = forms(own[key]!).join('\n');
      return fragments(m).filter((f) => !ownText.includes(f));
    });
  const unique = [...new Set(english)];
  return {
    long: unique.filter((f) => f.length >= 12),
    short: unique.filter((f) => f.length < 12),
  };
}

/**
 * The words a reader sees or hears: text and accessible names in the whole page, through shadow
 * roots, except text marked `lang="en"` (the dataset's English) and the language menu's own names.
 */
function readableTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const names = ['aria-label', 'title', 'placeholder', 'alt', 'aria-roledescription'];
    const walk = (node: Node, english: boolean) => {
      if (node.nodeType === Node.TEXT_NODE) {
        if (!english && node.textContent!.trim()) out.push(node.textContent!.trim());
        return;
      }
      if (node instanceof Element) {
        if (['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT'].includes(node.tagName)) return;
        if (node.tagName === 'OPTION' && node.hasAttribute('lang')) return;
        if (node.hasAttribute('lang')) english = node.getAttribute('lang') === 'en';
        if (getComputedStyle(node).display === 'none') return;
        for (const n of names)
          if (!english && node.hasAttribute(n)) out.push(node.getAttribute(n)!);
        if (node.shadowRoot) walk(node.shadowRoot, english);
      }
      for (const child of node.childNodes) {
        // A shadow host's own children show only where a slot takes them.
        if (
          node instanceof Element &&
          node.shadowRoot &&
          child instanceof Element &&
          !child.assignedSlot
        )
          continue;
        walk(child, english);
      }
    };
    walk(document.documentElement, false);
    out.push(document.title);
    return out.map((s) => s.replace(/[\u2068\u2069]/g, ''));
  });
}

async function expectNoEnglish(page: Page, lang: Lang) {
  const { long, short } = await englishLeftovers(lang);
  const texts = await readableTexts(page);
  const all = texts.join('\n');
  const found = [
    ...long.filter((f) => all.includes(f)),
    ...short.filter((f) => texts.some((t) => t === f)),
  ];
  expect(found, `English interface words on the ${lang} page`).toEqual([]);
}

const others = LANGS.filter((l) => l !== 'en');

test.describe('each language, full page', () => {
  for (const lang of others) {
    test(`${lang}: lang and dir, names, statuses and panel in ${LOCALES[lang].name}, no English left`, async ({
      page,
    }) => {
      const t = await catalogue(lang);
      await open(page, `?lang=${lang}&date=2025-07-03`);
      const root = page.locator('html');
      await expect(root).toHaveAttribute('lang', LOCALES[lang].tag);
      await expect(root).toHaveAttribute('dir', LOCALES[lang].dir);
      await expect(page.locator('rm-legend')).toContainText(t['status.recognized.name'] as string);
      await expect(page.locator('rm-changes')).toContainText(RUSSIA[lang]);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(t['app.title'] as string);
      await mapSettled(page);
      await clickCountry(page, 'RUS');
      await expect(
        page.locator('rm-country-panel').getByRole('heading', { name: RUSSIA[lang] }),
      ).toBeVisible();
      await expectNoEnglish(page, lang);
    });
  }
});

test.describe('each language, embedded', () => {
  for (const lang of others) {
    test(`${lang}: embed mode speaks ${LOCALES[lang].name}`, async ({ page }) => {
      const t = await catalogue(lang);
      await open(page, `?embed=1&lang=${lang}&date=2025-07-03`);
      await expect(page.locator('html')).toHaveAttribute('dir', LOCALES[lang].dir);
      await expect(page.locator('rm-legend')).toContainText(t['status.ambassador.name'] as string);
      await expect(page.getByRole('link', { name: t['embed.fullMap'] as string })).toBeVisible();
      await expect(page.getByRole('slider', { name: t['slider.label'] as string })).toBeVisible();
      await expectNoEnglish(page, lang);
    });
  }
});

test.describe('choosing the language', () => {
  test('the browser’s language when the link names none', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ locale: 'ru-RU', baseURL });
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date('2026-11-28T20:00:00Z'));
    await open(page, '?date=2025-07-03');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.locator('rm-changes')).toContainText('Россия');
    // A link shared from it does not pin Russian on its reader.
    expect(new URL(page.url()).searchParams.get('lang')).toBeNull();
    await context.close();
  });

  test('the menu switches language, keeps the view, and Back returns', async ({ page }) => {
    await open(page, '?date=2025-07-03&country=PAK');
    await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Qui reconnaît le gouvernement taliban ?',
    );
    await expect(
      page.locator('rm-country-panel').getByRole('heading', { name: 'Pakistan' }),
    ).toBeVisible();
    expect(new URL(page.url()).searchParams.get('lang')).toBe('fr');
    expect(urlDate(page)).toBe('2025-07-03');
    await page.goBack();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Who recognises the Taliban government?',
    );
  });

  test('Back and Forward change the language, the menu and the lesson with it', async ({
    page,
  }) => {
    await open(page, '?lang=fa&lesson=1&step=2');
    const menu = page.getByRole('combobox', { name: /^(زبان|Language)$/ });
    const title = page.locator('rm-lesson-card').getByRole('heading', { level: 2 });
    await expect(title).not.toHaveText(/[A-Za-z]/);
    await menu.selectOption('en');
    await expect(title).toHaveText('Three recognitions in three days');
    await page.goBack();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fa-AF');
    await expect(menu).toHaveValue('fa');
    await expect(title).not.toHaveText(/[A-Za-z]/);
    await page.goForward();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(menu).toHaveValue('en');
    await expect(title).toHaveText('Three recognitions in three days');
  });

  test('switching again before a language has loaded ends in the last one, panel and all', async ({
    page,
  }) => {
    await open(page, '?date=2025-07-03&country=PAK');
    // Dari's remaining messages are held back: the reader moves on to French meanwhile.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/fa-extra-[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    const menu = page.getByRole('combobox', { name: 'Language' });
    const asked = page.waitForRequest(/\/assets\/fa-extra-[\w-]+\.js$/);
    await menu.selectOption('fa');
    await asked;
    // Until all of Dari is here, the page stays whole in English.
    await expect(
      page.locator('rm-country-panel').getByRole('heading', { name: 'Pakistan' }),
    ).toBeVisible();
    await menu.selectOption('fr');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    const panel = page.locator('rm-country-panel');
    await expect(panel.getByRole('heading', { name: 'Pakistan' })).toBeVisible();
    await expect(panel.getByRole('button', { name: 'Fermer' })).toBeVisible();
    // Dari, arriving late, does not take over.
    const arrived = page.waitForResponse(/\/assets\/fa-extra-[\w-]+\.js$/);
    release();
    await arrived;
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('combobox', { name: 'Langue' })).toHaveValue('fr');
    await expect(panel.getByRole('button', { name: 'Fermer' })).toBeVisible();
  });

  test('a language the map does not speak: English, with a notice', async ({ page }) => {
    await open(page, '?lang=de');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('status', { name: 'About this link' })).toContainText(
      'The link’s lang “de” is not one the map knows',
    );
  });

  test('a language whose files fail to load: English, with a notice, never a blank page', async ({
    page,
  }) => {
    await page.route(/\/assets\/fa-[\w-]+\.js$/, (route) => route.abort());
    await open(page, '?lang=fa&date=2025-07-03');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await expect(page.locator('rm-changes')).toContainText('Russia');
    await expect(page.getByRole('status', { name: 'About this link' })).toContainText(
      'The map could not load دری, so it is shown in English.',
    );
  });
});

test.describe('Dari and Pashto: two calendars, right to left', () => {
  test('Dari dates: Gregorian first with the Solar Hijri date beside; cal=persian swaps', async ({
    page,
  }) => {
    await open(page, '?lang=fa&date=2021-08-15');
    await expect(shownDate(page)).toHaveText('۱۵ اگست ۲۰۲۱ (۲۴ اسد ۱۴۰۰)');
    await page.getByRole('combobox', { name: 'تقویم نخست' }).selectOption('persian');
    await expect(shownDate(page)).toHaveText('۲۴ اسد ۱۴۰۰ (۱۵ اگست ۲۰۲۱)');
    expect(new URL(page.url()).searchParams.get('cal')).toBe('persian');
  });

  test('Pashto: our own month names and Persian digits (the browser has no Pashto)', async ({
    page,
  }) => {
    await open(page, '?lang=ps&date=2021-08-15&cal=persian');
    await expect(shownDate(page)).toHaveText('۲۴ زمری ۱۴۰۰ (۱۵ اګسټ ۲۰۲۱)');
    await expect(page.locator('rm-legend')).toContainText('۱۹۳');
  });

  test('the slider runs right to left and its arrow keys follow the reading direction', async ({
    page,
  }) => {
    await open(page, '?lang=fa&date=2025-07-02');
    const slider = page.getByRole('slider', { name: 'تاریخ' });
    await slider.focus();
    // Left is forward in time in a right-to-left page.
    await page.keyboard.press('ArrowLeft');
    await expect(country(page, 'RUS')).toHaveAttribute('data-status', 'recognized');
    expect(urlDate(page)).toBe('2025-07-03');
    const ticks = page.locator('rm-time-slider text.year');
    const x = async (year: string) =>
      (await ticks.filter({ hasText: year }).first().boundingBox())!.x;
    expect(await x('۲۰۲۵')).toBeLessThan(await x('۲۰۲۲'));
    expect(await x('۲۰۲۲')).toBeLessThan(await x('۱۹۹۸'));
  });

  test('translated descriptions are marked, with the English original one click away', async ({
    page,
  }) => {
    await open(page, '?lang=fa&date=2025-07-03');
    const changes = page.locator('rm-changes');
    await expect(changes).toContainText('ترجمه‌شده از انگلیسی');
    await expect(changes.locator('[data-event] .what').first()).not.toContainText('Russia');
    await changes.getByRole('button', { name: 'نمایش متن اصلی انگلیسی' }).click();
    const original = changes.locator('[data-event] .what [lang="en"]').first();
    await expect(original).toContainText('Russia');
    await expect(original).toHaveAttribute('dir', 'ltr');
    await changes.getByRole('button', { name: 'نمایش ترجمه' }).click();
    await expect(changes.locator('[data-event] .what [lang="en"]')).toHaveCount(0);
  });

  test('French keeps the English descriptions, marked as English', async ({ page }) => {
    await open(page, '?lang=fr&date=2025-07-03');
    const first = page.locator('rm-changes [data-event] .what [lang="en"]').first();
    await expect(first).toContainText('Russia');
  });

  test('the guided lesson in Dari', async ({ page }) => {
    const t = await catalogue('fa');
    await open(page, '?lang=fa&lesson=1&step=1');
    const card = page.locator('rm-lesson-card');
    await expect(card.getByRole('button', { name: t['lesson.next'] as string })).toBeVisible();
    await expect(card.getByRole('heading', { level: 2 })).not.toHaveText(/[A-Za-z]{4}/);
  });

  test('the share panel writes the language into the embed code', async ({ page }) => {
    await open(page, '?lang=fa&date=2025-07-03');
    await page.getByRole('button', { name: 'شریک‌سازی' }).first().click();
    const code = page.getByRole('textbox', { name: 'کد جاسازی' });
    await expect(code).toHaveValue(/lang=fa/);
    await page.locator('rm-share-panel').getByRole('combobox', { name: 'زبان' }).selectOption('zh');
    await expect(code).toHaveValue(/lang=zh/);
    await expect(code).toHaveValue(/title="[^"]*塔利班/);
  });
});

test.describe('axe-core, WCAG 2.2 A and AA, right to left', () => {
  // axe checks every one of the map's 200-odd shapes: about 10 s alone, three times that on a
  // machine running other suites.
  test.describe.configure({ timeout: 90_000 });
  const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
  for (const [name, query] of [
    ['Dari, a country open', '?lang=fa&date=2025-07-03&country=PAK'],
    ['Arabic, embedded', '?lang=ar&embed=1&date=1997-06-01'],
    ['Urdu, a lesson step', '?lang=ur&lesson=1&step=3'],
  ] as const) {
    test(`zero violations: ${name}`, async ({ page }) => {
      await open(page, query);
      await mapSettled(page);
      const results = await new AxeBuilder({ page }).withTags(tags).analyze();
      expect(
        results.violations.map(
          (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
        ),
      ).toEqual([]);
    });
  }
});
