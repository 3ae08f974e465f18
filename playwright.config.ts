import { defineConfig } from '@playwright/test';

// Debian's Chromium: Playwright's own browser download is not reachable here. REGULARS_CHROMIUM
// points elsewhere on other machines.
const executablePath = process.env.REGULARS_CHROMIUM ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  // Two cores: one browser and one app server at a time keeps timings honest.
  workers: 1,
  retries: 0,
  reporter: 'list',
  timeout: 30_000,
  forbidOnly: Boolean(process.env.CI),
  outputDir: 'test-results',
  use: {
    browserName: 'chromium',
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
