import type { Prisma } from '../generated/prisma/client';

export type AuditEntity = 'article' | 'claim' | 'slot' | 'link' | 'verdict' | 'role' | 'user' | 'fact_check' | 'claim_set' | 'entity' | 'import_batch';

export interface AuditEntry {
  actorId: string | null;
  entityType: AuditEntity;
  entityId: string | number;
  action: string;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
}

/** Always called with the transaction that makes the change, so the row exists iff the change does. */
export async function writeAudit(tx: Prisma.TransactionClient, e: AuditEntry): Promise<void> {
  await tx.auditLog.create({ data: auditRow(e) });
}

function auditRow(e: AuditEntry): Prisma.AuditLogCreateManyInput {
  return {
    actorId: e.actorId,
    entityType: e.entityType,
    entityId: String(e.entityId),
    action: e.action,
    before: e.before ?? undefined,
    after: e.after ?? undefined,
  };
}
