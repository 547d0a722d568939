import { defineConfig, devices } from '@playwright/test';

// e2e runs the production app (built if needed) on its own embedded database, recreated at each
// run (--fresh-db), so tests never touch the demo database of `npm start`.
const port = Number(process.env.E2E_PORT ?? 3107);
export const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'e2e',
  // the slow fault and multi-instance tests run apart: npm run test:faults (playwright.faults.config.ts)
  testIgnore: ['faults/**'],
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL,
    locale: 'en-US',
    trace: 'retain-on-failure',
    launchOptions: {
      // Debian's Chromium (apt), never a downloaded browser.
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-dev-shm-usage',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: 'node --import tsx lib/ops/start.ts --fresh-db',
    url: `${baseURL}/ar`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    // SIGTERM lets the start script stop PostgreSQL cleanly (SIGKILL would leave it running).
    gracefulShutdown: { signal: 'SIGTERM', timeout: 20_000 },
    env: {
      PORT: String(port),
      EMBEDDED_PG_DATABASE: 'claims_e2e',
      NEXT_TELEMETRY_DISABLED: '1',
      // e2e/import.spec.ts serves article pages from a local node:http server
      IMPORT_ALLOW_PRIVATE_URLS: '1',
    },
  },
});
