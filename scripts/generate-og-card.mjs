#!/usr/bin/env node
/**
 * Renders the link-preview card (public/og-card.png, 1200×630) from the built site, on the day
 * of Russia's recognition. Run after `npm run build`: `node scripts/generate-og-card.mjs`.
 */
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const port = 4391;
const server = spawn(
  'node',
  ['scripts/serve-static.mjs', '--root', 'dist', '--port', String(port)],
  { stdio: 'ignore' },
);
try {
  await new Promise((r) => setTimeout(r, 500));
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  const page = await browser.newPage({
    viewport: { width: 1200, height: 630 },
    deviceScaleFactor: 1,
  });
  await page.goto(`http://127.0.0.1:${port}/?date=2025-07-03`);
  await page.locator('rm-map [data-iso3="RUS"]').waitFor();
  await page.waitForTimeout(300);
  await page.screenshot({ path: 'public/og-card.png' });
  await browser.close();
  console.log('wrote public/og-card.png');
} finally {
  server.kill();
}
