import { defineConfig, devices } from '@playwright/test';

// `npm run test:faults`: the slow fault-injection and multi-instance tests (e2e/faults). Each spec
// starts its own PostgreSQL (.data/faults-pg, port FAULTS_PG_PORT, default EMBEDDED_PG_PORT+1000)
// and its own app processes on E2E_PORT+100 and E2E_PORT+200, so it can kill and restart them.
export default defineConfig({
  testDir: 'e2e/faults',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 600_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  globalSetup: './e2e/faults/global-setup.ts',
  use: {
    locale: 'en-US',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
    },
  },
  projects: [{ name: 'faults', use: { ...devices['Desktop Chrome'] } }],
});
