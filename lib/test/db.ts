// For tests that need PostgreSQL: a Prisma client on the test database, and a helper that
// makes a user of a given role (each test makes its own data).
import { inject, afterAll } from 'vitest';
import { randomUUID } from 'node:crypto';
import { createPrismaClient, type PrismaClient } from '../db/client';
import type { Role } from '../generated/prisma/client';

export function testDb(): PrismaClient {
  const db = createPrismaClient(inject('databaseUrl'), 8);
  afterAll(() => db.$disconnect());
  return db;
}

export async function makeUser(db: PrismaClient, role: Role) {
  const id = randomUUID();
  return db.user.create({ data: { id, name: `${role}-${id.slice(0, 6)}`, email: `${role}-${id}@test.example`, role }, select: { id: true, role: true, name: true, email: true } });
}
