import type { z } from 'zod';
import { prisma } from '../db/prisma';
import { AppError } from '../errors/app-error';
import { writeAudit } from '../audit/write-audit';
import type { PrismaClient } from '../db/client';
import type { Prisma } from '../generated/prisma/client';
import type { addMembersInput, removeMemberInput } from './schemas';

/** Adds claims to a set (already-present ones are skipped); for the set page and the CLI. */
export async function addClaimsToSet(actor: { id: string }, input: z.infer<typeof addMembersInput>, db: PrismaClient = prisma) {
  return db.$transaction(async (tx) => {
    const set = await tx.claimSet.findUnique({ where: { id: input.setId }, select: { id: true } });
    if (!set) throw new AppError('not_found', 'no such claim set');
    const { added } = await addMembersInTx(tx, actor, set.id, input.claimIds);
    return { added: added.length };
  });
}

/**
 * Inside the caller's transaction: adds the claims that exist and are not members yet, touches
 * the set and writes one audit row listing the added ids. `missing` are ids with no claim.
 */
export async function addMembersInTx(tx: Prisma.TransactionClient, actor: { id: string }, setId: number, claimIds: number[]) {
  const ids = [...new Set(claimIds)];
  const found = new Set((await tx.claim.findMany({ where: { id: { in: ids } }, select: { id: true } })).map((c) => c.id));
  const already = new Set((await tx.claimSetMember.findMany({ where: { setId, claimId: { in: ids } }, select: { claimId: true } })).map((m) => m.claimId));
  const added = ids.filter((id) => found.has(id) && !already.has(id));
  if (added.length) {
    await tx.claimSetMember.createMany({ data: added.map((claimId) => ({ setId, claimId })), skipDuplicates: true });
    await tx.claimSet.update({ where: { id: setId }, data: { updatedAt: new Date() } });
    await writeAudit(tx, { actorId: actor.id, entityType: 'claim_set', entityId: setId, action: 'add_members', after: { claimIds: [...added].sort((a, b) => a - b) } });
  }
  return { found: ids.filter((id) => found.has(id)), missing: ids.filter((id) => !found.has(id)), added };
}

export async function removeClaimFromSet(actor: { id: string }, input: z.infer<typeof removeMemberInput>, db: PrismaClient = prisma) {
  return db.$transaction(async (tx) => {
    const { count } = await tx.claimSetMember.deleteMany({ where: { setId: input.setId, claimId: input.claimId } });
    if (count === 0) throw new AppError('not_found', 'this claim is not in the set');
    await tx.claimSet.update({ where: { id: input.setId }, data: { updatedAt: new Date() } });
    await writeAudit(tx, { actorId: actor.id, entityType: 'claim_set', entityId: input.setId, action: 'remove_member', before: { claimId: input.claimId } });
    return { removed: input.claimId };
  });
}
