import { prisma } from '../db/prisma';
import { AppError } from '../errors/app-error';
import { writeAudit } from '../audit/write-audit';
import type { LinkRelation } from '../generated/prisma/enums';
import type { CurrentUser } from '../auth/current-user';

export interface DecideLinkInput {
  linkId: number;
  version: number;
  decision: 'confirm' | 'reject';
  /** an editor may confirm with a different relation than the one suggested */
  relation?: LinkRelation;
  possiblyDifferentEvents?: boolean;
  note?: string;
}

/** An editor's decision on a link: it is final for the matcher (a rejected link is never re-suggested). */
export async function decideLink(actor: Pick<CurrentUser, 'id'>, input: DecideLinkInput) {
  return prisma.$transaction(async (tx) => {
    const link = await tx.claimLink.findUnique({ where: { id: input.linkId } });
    if (!link) throw new AppError('not_found', 'no such link');
    if (link.version !== input.version)
      throw new AppError('conflict', 'this link changed since you opened it', { currentVersion: link.version });
    const after = {
      state: input.decision === 'confirm' ? ('confirmed' as const) : ('rejected' as const),
      relation: input.relation ?? link.relation,
      possiblyDifferentEvents: input.possiblyDifferentEvents ?? link.possiblyDifferentEvents,
      note: input.note?.trim() || null,
    };
    const { count } = await tx.claimLink.updateMany({
      where: { id: link.id, version: input.version },
      data: { ...after, decidedById: actor.id, decidedAt: new Date(), version: { increment: 1 } },
    });
    if (count !== 1) throw new AppError('conflict', 'this link changed since you opened it');
    await writeAudit(tx, {
      actorId: actor.id,
      entityType: 'link',
      entityId: link.id,
      action: input.decision,
      before: { state: link.state, relation: link.relation, possiblyDifferentEvents: link.possiblyDifferentEvents, note: link.note },
      after,
    });
    return { version: link.version + 1, ...after };
  });
}

export interface CreateLinkInput {
  claimId: number;
  otherClaimId: number;
  relation: LinkRelation;
  possiblyDifferentEvents?: boolean;
  note?: string;
}

/** An editor links two claims by hand. The pair is stored once, smaller id first; linking a claim to itself is refused. */
export async function createEditorLink(actor: Pick<CurrentUser, 'id'>, input: CreateLinkInput) {
  if (input.claimId === input.otherClaimId) throw new AppError('invalid_input', 'a claim cannot be linked to itself');
  const [claimAId, claimBId] =
    input.claimId < input.otherClaimId ? [input.claimId, input.otherClaimId] : [input.otherClaimId, input.claimId];
  return prisma.$transaction(async (tx) => {
    const found = await tx.claim.count({ where: { id: { in: [claimAId, claimBId] } } });
    if (found !== 2) throw new AppError('not_found', 'no such claim');
    const data = {
      relation: input.relation,
      origin: 'editor' as const,
      state: 'confirmed' as const,
      possiblyDifferentEvents: input.possiblyDifferentEvents ?? false,
      note: input.note?.trim() || null,
      decidedById: actor.id,
      decidedAt: new Date(),
    };
    const existing = await tx.claimLink.findUnique({ where: { claimAId_claimBId: { claimAId, claimBId } } });
    const link = existing
      ? await tx.claimLink.update({ where: { id: existing.id }, data: { ...data, version: { increment: 1 } } })
      : await tx.claimLink.create({ data: { claimAId, claimBId, ...data } });
    await writeAudit(tx, {
      actorId: actor.id,
      entityType: 'link',
      entityId: link.id,
      action: existing ? 'relink' : 'create',
      before: existing ? { state: existing.state, relation: existing.relation, note: existing.note } : null,
      after: { claimAId, claimBId, ...data, decidedAt: undefined },
    });
    return link;
  });
}
