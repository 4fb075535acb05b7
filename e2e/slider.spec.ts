import { country, expect, open, shownDate, slider, test, urlDate } from './fixtures.ts';

test.describe('the time slider', () => {
  test('Right arrow moves one day: Russia turns to “recognised” on 3 Jul 2025', async ({
    page,
  }) => {
    await open(page, '?date=2025-07-02');
    await expect(country(page, 'RUS')).toHaveAttribute('data-status', 'charge');
    await slider(page).focus();
    await page.keyboard.press('ArrowRight');
    await expect(country(page, 'RUS')).toHaveAttribute('data-status', 'recognized');
    await expect(shownDate(page)).toHaveText('3 July 2025');
    await expect(slider(page)).toHaveAttribute(
      'aria-valuetext',
      /^3 July 2025, Second Taliban rule\. .*Russia formally recognises/,
    );
    expect(urlDate(page)).toBe('2025-07-03');
    await page.keyboard.press('ArrowLeft');
    await expect(country(page, 'RUS')).toHaveAttribute('data-status', 'charge');
  });

  test('keys: Shift+arrows and PageUp/PageDown a month, Home/End the era, [ and ] the events', async ({
    page,
  }) => {
    await open(page, '?date=1997-05-25');
    await slider(page).focus();
    await page.keyboard.press('PageUp');
    await expect(shownDate(page)).toHaveText('25 June 1997');
    await page.keyboard.press('Shift+ArrowLeft');
    await expect(shownDate(page)).toHaveText('25 May 1997');
    await page.keyboard.press('PageDown');
    await expect(shownDate(page)).toHaveText('25 April 1997');
    await page.keyboard.press('End');
    await expect(shownDate(page)).toHaveText('7 December 2001');
    await page.keyboard.press('Home');
    await expect(shownDate(page)).toHaveText('27 September 1996');
    await page.keyboard.press(']');
    await expect(shownDate(page)).toHaveText('15 October 1996');
    await page.keyboard.press(']');
    await expect(shownDate(page)).toHaveText('25 May 1997');
    await page.keyboard.press('[');
    await expect(shownDate(page)).toHaveText('15 October 1996');
  });

  test('a day step crosses the twenty-year break in one step, both ways', async ({ page }) => {
    await open(page, '?date=2001-12-07');
    await expect(country(page, 'PAK')).toHaveAttribute('data-status', 'withdrawn');
    await slider(page).focus();
    await page.keyboard.press('ArrowRight');
    await expect(shownDate(page)).toHaveText('15 August 2021');
    // Era 2 starts from nothing: Pakistan's 2001 withdrawal does not carry over.
    await expect(country(page, 'PAK')).toHaveAttribute('data-status', 'none');
    await expect(slider(page)).toHaveAttribute('aria-valuetext', /Second Taliban rule/);
    await page.keyboard.press('ArrowLeft');
    await expect(shownDate(page)).toHaveText('7 December 2001');
    await expect(slider(page)).toHaveAttribute('aria-valuetext', /First Taliban rule/);
  });

  test('dragging the slider with a mouse changes the date and the map', async ({ page }) => {
    await open(page);
    const track = page.locator('rm-time-slider .track');
    const box = (await track.boundingBox())!;
    const thumb = (await slider(page).boundingBox())!;
    await page.mouse.move(thumb.x + thumb.width / 2, thumb.y + thumb.height / 2);
    await page.mouse.down();
    // A quarter of the way along the track: the middle of era 1.
    await page.mouse.move(box.x + box.width * 0.25, thumb.y + thumb.height / 2, { steps: 8 });
    await page.mouse.up();
    await expect(shownDate(page)).toHaveText(/1999/);
    await expect(country(page, 'PAK')).toHaveAttribute('data-status', 'recognized');
    await expect(country(page, 'RUS')).toHaveAttribute('data-status', 'none');
  });

  test('previous and next event buttons move between events', async ({ page }) => {
    await open(page, '?date=2025-07-01');
    await page.getByRole('button', { name: 'Next event' }).click();
    await expect(shownDate(page)).toHaveText('3 July 2025');
    await page.getByRole('button', { name: 'Previous event' }).click();
    await expect(shownDate(page)).toHaveText('1 July 2025');
  });

  test('play runs forward and pause stops it', async ({ page }) => {
    await open(page, '?date=1996-09-27');
    const play = page.getByRole('button', { name: 'Play' });
    await play.click();
    await expect(page.getByRole('button', { name: 'Pause' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(shownDate(page)).not.toHaveText('27 September 1996');
    await page.getByRole('button', { name: 'Pause' }).click();
    await expect(page.getByRole('button', { name: 'Play' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    const stopped = await shownDate(page).textContent();
    await page.waitForTimeout(400);
    await expect(shownDate(page)).toHaveText(stopped!);
  });

  test('play pauses at the break on a card, then runs on into era 2', async ({ page }) => {
    await open(page, '?date=2001-12-01');
    await page.getByRole('button', { name: 'Play' }).click();
    const card = page.locator('rm-app .gap-card');
    await expect(card).toBeVisible();
    await expect(card).toContainText('Twenty years with no Taliban government');
    await expect(shownDate(page)).toHaveText('7 December 2001');
    await expect(card).toBeHidden({ timeout: 8000 });
    await expect(shownDate(page)).toHaveText(/202[1-6]/);
    await page.getByRole('button', { name: 'Pause' }).click();
  });

  test('the stretch after the data was checked is marked as not yet reviewed', async ({ page }) => {
    await open(page);
    await expect(page.locator('rm-time-slider .unreviewed')).toHaveCount(1);
    await expect(slider(page)).toHaveAttribute(
      'aria-valuetext',
      /after 27 Nov 2026, not yet reviewed/,
    );
  });

  test('the stacked chart above the track shows each status over time', async ({ page }) => {
    await open(page);
    for (const status of ['recognized', 'ambassador', 'charge', 'contact', 'withdrawn'])
      await expect(page.locator(`rm-time-slider .area[data-status="${status}"]`)).toHaveCount(1);
  });
});

test.describe('the time slider with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('play steps from one change to the next instead of sweeping', async ({ page }) => {
    await open(page, '?date=1996-09-27');
    await page.getByRole('button', { name: 'Play' }).click();
    // The first change after Kabul's fall: Pakistan recognises on 25 May 1997. No day in between is shown.
    await expect(shownDate(page)).toHaveText('25 May 1997');
    await page.getByRole('button', { name: 'Pause' }).click();
  });
});

test('hovering the track names the day and the event under the pointer', async ({ page }) => {
  await open(page);
  // The slider is defined just after the first map: wait for it (and its track) to be drawn.
  await expect(page.locator('rm-time-slider .track')).toBeVisible();
  const x = await page.locator('rm-time-slider').evaluate((el) => {
    const s = el as unknown as { px(d: string): number };
    return s.px('2025-07-03');
  });
  const track = (await page.locator('rm-time-slider .track').boundingBox())!;
  await page.mouse.move(track.x + x, track.y + 50);
  const preview = page.locator('rm-time-slider .preview');
  await expect(preview).toContainText('3 Jul 2025');
  await expect(preview).toContainText('Russia formally recognises');
});

test.describe('the time slider on a phone', () => {
  test.use({ viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });

  test('a finger drags the thumb', async ({ page }) => {
    await open(page);
    const track = (await page.locator('rm-time-slider .track').boundingBox())!;
    const thumb = (await slider(page).boundingBox())!;
    const cdp = await page.context().newCDPSession(page);
    const y = thumb.y + thumb.height / 2;
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: type === 'touchEnd' ? [] : [{ x, y }],
      });
    await touch('touchStart', thumb.x + thumb.width / 2);
    for (let i = 1; i <= 10; i++)
      await touch('touchMove', thumb.x - ((thumb.x - track.x - track.width * 0.2) * i) / 10);
    await touch('touchEnd', 0);
    await expect(shownDate(page)).toHaveText(/199[789]/);
    await expect(country(page, 'SAU')).toHaveAttribute('data-status', 'recognized');
  });

  test('a tap opens the country at once, with no tooltip first', async ({ page }) => {
    await open(page, '?region=asia');
    const box = (await country(page, 'PAK').boundingBox())!;
    await page.touchscreen.tap(box.x + box.width * 0.5, box.y + box.height * 0.55);
    await expect(
      page.locator('rm-country-panel').getByRole('heading', { name: 'Pakistan' }),
    ).toBeVisible();
    await expect(page.locator('rm-map [role="tooltip"]')).toHaveCount(0);
  });
});
