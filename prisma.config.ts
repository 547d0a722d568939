import { defineConfig } from 'prisma/config';

// Prisma 7 does not read .env; the URL comes from the environment (the start script sets it for
// the embedded database). A placeholder keeps `prisma generate` working with no database.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations', seed: 'tsx prisma/seed.ts' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost:5432/unused' },
});
