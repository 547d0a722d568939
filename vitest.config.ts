import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      '@': here('./'),
      // 'server-only' throws outside React Server Components; server modules are tested in Node.
      'server-only': here('./lib/test/empty-module.ts'),
    },
  },
  test: {
    include: ['lib/**/*.test.ts', 'components/**/*.test.ts', 'prisma/**/*.test.ts'],
    environment: 'node',
    // One real PostgreSQL for the database tests (lib/test/global-setup.ts).
    globalSetup: ['lib/test/global-setup.ts'],
    setupFiles: ['lib/test/setup-env.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
