import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client';

/** A Prisma client on the pg driver adapter. Scripts call this; the app uses lib/db/prisma.ts. */
export function createPrismaClient(connectionString: string, poolSize = 10): PrismaClient {
  // A short connect timeout makes requests fail fast, and cleanly, while PostgreSQL restarts.
  const adapter = new PrismaPg({ connectionString, max: poolSize, connectionTimeoutMillis: 5000 });
  return new PrismaClient({ adapter });
}

export type { PrismaClient };
