import type { z } from 'zod';
import { prisma } from '../db/prisma';
import { writeAudit } from '../audit/write-audit';
import type { PrismaClient } from '../db/client';
import type { Prisma } from '../generated/prisma/client';
import type { createSetInput } from './schemas';

export async function createClaimSet(actor: { id: string }, input: z.infer<typeof createSetInput>, db: PrismaClient = prisma) {
  return db.$transaction((tx) => createSetInTx(tx, actor, input));
}

/** Inside the caller's transaction: the set and its audit row. */
export async function createSetInTx(tx: Prisma.TransactionClient, actor: { id: string }, input: z.infer<typeof createSetInput>) {
  const set = await tx.claimSet.create({
    data: { name: input.name, description: input.description || null, createdById: actor.id },
    select: { id: true, name: true },
  });
  await writeAudit(tx, { actorId: actor.id, entityType: 'claim_set', entityId: set.id, action: 'create', after: { name: set.name } });
  return set;
}
