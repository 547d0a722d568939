import { inject } from 'vitest';

// Server modules use the process-wide Prisma client (lib/db/prisma.ts), which reads DATABASE_URL.
process.env.DATABASE_URL = inject('databaseUrl');
