import { defineConfig, devices } from '@playwright/test';

// End-to-end tests run against the release build, on a fresh SQLite database with demo data, in
// Debian's Chromium (Playwright cannot download its own browser on these machines).
const port = Number(process.env.WIJKIDEE_E2E_PORT ?? 3210);
const databaseUrl = process.env.WIJKIDEE_E2E_DATABASE_URL ?? `sqlite:///tmp/wijkidee-e2e-${Date.now()}.db`;
// The tests open the same database from the command line (`wijkidee admin create`).
process.env.WIJKIDEE_E2E_DATABASE_URL = databaseUrl;

const chromium = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  },
};

export default defineConfig({
  testDir: './tests',
  outputDir: './test-results',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    screenshot: 'on',
    trace: 'retain-on-failure',
    locale: 'nl-NL',
  },
  projects: [{ name: 'chromium', use: chromium }],
  webServer: {
    command: `../target/release/wijkidee serve --demo --addr 127.0.0.1:${port} --database-url ${databaseUrl} --site-root ../target/site`,
    url: `http://127.0.0.1:${port}/healthz`,
    timeout: 60_000,
    reuseExistingServer: false,
    stdout: 'pipe',
  },
});
