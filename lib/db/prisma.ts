// Not marked server-only: scripts (seed, CLI, jobs) use the same domain functions. It can never
// reach a browser bundle anyway (pg is a server external).
import { createPrismaClient, type PrismaClient } from './client';

// One client per process, created on first use: `next build` imports pages without a database,
// and Next.js dev reloads modules (so the pool lives on globalThis).
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function client(): PrismaClient {
  if (!globalForPrisma.prisma) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error('DATABASE_URL is not set: start the app with `npm start`, which provides it');
    globalForPrisma.prisma = createPrismaClient(url, Number(process.env.DB_POOL_SIZE ?? 10));
  }
  return globalForPrisma.prisma;
}

export const prisma: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, prop) {
    const c = client();
    const value = Reflect.get(c, prop, c);
    return typeof value === 'function' ? value.bind(c) : value;
  },
});
