import { defineConfig } from '@playwright/test';

// `npm run screenshots`: renders the store and README pictures from the built extension
// (.output/chrome-mv3) to docs/screenshots/, in Dutch and English. Not part of `npm test`.
export default defineConfig<object, { lang: 'nl' | 'en' }>({
  testDir: 'tests/screenshots',
  timeout: 120_000,
  expect: { timeout: 15_000 },
  workers: 1,
  retries: 0,
  reporter: [['list']],
  projects: [
    { name: 'nl', use: { lang: 'nl' } },
    { name: 'en', use: { lang: 'en' } },
  ],
});
