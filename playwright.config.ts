import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';

/** `RM_TEST_PORT` moves both servers (two checkouts can run their browser tests side by side). */
const PORT = Number(process.env.RM_TEST_PORT ?? 4173);
const HOST_PORT = PORT + 1;
/** Debian's nginx serving the build with the project's recipe (deploy/nginx/default.conf). */
export const NGINX_PORT = PORT + 2;
/** The site is served under a sub-path, as a static host might: nothing may assume `/`. */
export const BASE_PATH = '/recognition-map/';

export default defineConfig({
  testDir: 'e2e',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: false,
  workers: process.env.CI ? 2 : 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://127.0.0.1:${PORT}${BASE_PATH}`,
    timezoneId: 'America/Los_Angeles',
    locale: 'en-GB',
    // A service worker's answers bypass request interception; only the offline test enables it.
    serviceWorkers: 'block',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  webServer: [
    {
      // Built with the address it is served at, as a published site is (SITE_URL, README).
      command: `SITE_URL=http://127.0.0.1:${PORT}${BASE_PATH} npx vite build --logLevel warn && node scripts/serve-static.mjs --root dist --port ${PORT} --prefix ${BASE_PATH}`,
      url: `http://127.0.0.1:${PORT}${BASE_PATH}`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      // The publishing recipe, tested as a host would run it (e2e/nginx.spec.ts).
      command: `node scripts/serve-nginx.mjs --root dist --port ${NGINX_PORT}`,
      url: `http://127.0.0.1:${NGINX_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      // Another origin, for the news pages that embed the map (e2e/hosts, and pym.js).
      command: `node scripts/serve-static.mjs --root . --port ${HOST_PORT}`,
      url: `http://127.0.0.1:${HOST_PORT}/e2e/hosts/blank.html`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
  ],
});
