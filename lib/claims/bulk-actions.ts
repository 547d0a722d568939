// Bulk actions of the claims table. Each reports per row what was done and what was refused
// (and why), so a selection of fifty claims where three are in the wrong state still does the
// other forty-seven and says which three did not move.
import { prisma } from '../db/prisma';
import { AppError, isAppError } from '../errors/app-error';
import { writeAudit } from '../audit/write-audit';
import { transitionClaim } from '../review/transition-claim';
import type { Refusal } from '../review/state-machine';
import type { CurrentUser } from '../auth/current-user';
import { createSetInTx } from '../claim-sets/create-set';
import { addMembersInTx } from '../claim-sets/members';

export interface RowRefusal {
  id: number;
  /** not_found | conflict | status | role | own_verdict | verdict_required | … */
  reason: string;
}

export interface BulkResult {
  done: number[];
  refused: RowRefusal[];
}

/** Assigns (or, with null, unassigns) claims; one audit row per claim whose assignee changed, all in one transaction. */
export async function assignClaims(actor: Pick<CurrentUser, 'id'>, input: { claimIds: number[]; assigneeId: string | null }): Promise<BulkResult> {
  return prisma.$transaction(async (tx) => {
    if (input.assigneeId) {
      const user = await tx.user.findUnique({ where: { id: input.assigneeId }, select: { banned: true } });
      if (!user || user.banned) throw new AppError('invalid_input', 'no such user to assign to', { field: 'assigneeId' });
    }
    const ids = [...new Set(input.claimIds)];
    const claims = await tx.claim.findMany({ where: { id: { in: ids } }, select: { id: true, assigneeId: true } });
    const found = new Map(claims.map((c) => [c.id, c]));
    const result: BulkResult = { done: [], refused: [] };
    const changed: number[] = [];
    for (const id of ids) {
      const c = found.get(id);
      if (!c) result.refused.push({ id, reason: 'not_found' });
      else {
        result.done.push(id);
        if (c.assigneeId !== input.assigneeId) changed.push(id);
      }
    }
    if (changed.length) {
      await tx.claim.updateMany({ where: { id: { in: changed } }, data: { assigneeId: input.assigneeId } });
      for (const id of changed) {
        await writeAudit(tx, {
          actorId: actor.id,
          entityType: 'claim',
          entityId: id,
          action: 'assign',
          before: { assigneeId: found.get(id)!.assigneeId },
          after: { assigneeId: input.assigneeId },
        });
      }
    }
    return result;
  });
}

export type BulkReviewAction = 'start' | 'approve';

/**
 * Moves each claim one step through the review state machine (lib/review). Every claim goes
 * through transitionClaim, so each legal step writes its claim, review event and audit row in
 * its own transaction, and an illegal one is refused for that row only.
 */
export async function transitionClaims(
  actor: Pick<CurrentUser, 'id' | 'role'>,
  input: { action: BulkReviewAction; claims: { id: number; version: number }[] },
): Promise<BulkResult> {
  const result: BulkResult = { done: [], refused: [] };
  const seen = new Set<number>();
  for (const c of input.claims) {
    if (seen.has(c.id)) continue;
    seen.add(c.id);
    try {
      await transitionClaim(actor, { claimId: c.id, version: c.version, action: input.action });
      result.done.push(c.id);
    } catch (e) {
      if (!isAppError(e)) throw e;
      const refusal = e.details?.refusal as Refusal | undefined;
      result.refused.push({ id: c.id, reason: refusal?.reason ?? e.code });
    }
  }
  return result;
}

export type SetChoice = { setId: number } | { name: string };

/** Adds claims to an existing set or to a new one made by name; the set, its new members and the audit rows in one transaction. */
export async function addClaimsToSet(
  actor: Pick<CurrentUser, 'id'>,
  input: { claimIds: number[]; set: SetChoice },
): Promise<BulkResult & { setId: number; setName: string }> {
  return prisma.$transaction(async (tx) => {
    let set: { id: number; name: string };
    if ('setId' in input.set) {
      const existing = await tx.claimSet.findUnique({ where: { id: input.set.setId }, select: { id: true, name: true } });
      if (!existing) throw new AppError('not_found', 'no such claim set', { field: 'setId' });
      set = existing;
    } else {
      const name = input.set.name.trim();
      if (!name) throw new AppError('invalid_input', 'a set needs a name', { field: 'name' });
      set = await createSetInTx(tx, actor, { name });
    }
    const { found, missing } = await addMembersInTx(tx, actor, set.id, input.claimIds);
    return { setId: set.id, setName: set.name, done: found, refused: missing.map((id) => ({ id, reason: 'not_found' })) };
  });
}
