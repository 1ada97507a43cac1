import { defineConfig } from '@playwright/test';

// End-to-end tests of the Firefox build (.output/firefox-mv2) in Debian's firefox-esr, driven by
// puppeteer-core over WebDriver BiDi inside Playwright's test runner (tests/firefox/firefox.ts).
// One worker, so all tests share one Firefox.
export default defineConfig({
  testDir: 'tests/firefox',
  // Its own folder, so this run leaves the Chromium run's test-results/screens in place.
  outputDir: 'test-results/firefox',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
});
