import type { z } from 'zod';
import { prisma } from '../db/prisma';
import { AppError } from '../errors/app-error';
import { writeAudit } from '../audit/write-audit';
import type { PrismaClient } from '../db/client';
import type { renameSetInput } from './schemas';

export async function renameClaimSet(actor: { id: string }, input: z.infer<typeof renameSetInput>, db: PrismaClient = prisma) {
  return db.$transaction(async (tx) => {
    const set = await tx.claimSet.findUnique({ where: { id: input.setId }, select: { id: true, name: true } });
    if (!set) throw new AppError('not_found', 'no such claim set');
    const renamed = await tx.claimSet.update({ where: { id: set.id }, data: { name: input.name }, select: { id: true, name: true } });
    await writeAudit(tx, { actorId: actor.id, entityType: 'claim_set', entityId: set.id, action: 'rename', before: { name: set.name }, after: { name: renamed.name } });
    return renamed;
  });
}
