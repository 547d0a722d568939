import { prisma } from '../db/prisma';
import { AppError } from '../errors/app-error';
import { writeAudit } from '../audit/write-audit';
import { normalizeArabic } from '../arabic';
import { isLocked } from '../review/state-machine';
import type { Prisma } from '../generated/prisma/client';
import type { SlotType, Hedge } from '../generated/prisma/enums';
import type { CurrentUser } from '../auth/current-user';
import { suggestAfterEdit } from '../links/suggest-after-edit';
import { slotValueSelect } from './slot-select';

export interface SlotEdit {
  type: SlotType;
  value?: number | null;
  min?: number | null;
  max?: number | null;
  unit?: string | null;
  currency?: string | null;
  hedge: Hedge;
  year?: number | null;
  month?: number | null;
  day?: number | null;
  raw: string;
}

export interface ClaimEdit {
  claimId: number;
  version: number;
  /** a new passage of the same article (its text is always article.text.slice(start, end)) */
  span?: { start: number; end: number };
  speaker?: string | null;
  via?: string | null;
  slots?: SlotEdit[];
}

/**
 * An editor's correction of a claim. Optimistic concurrency: the edit names the version it was
 * made on; if someone saved in between, nothing is written and the caller gets the current
 * claim to show side by side. Approved or published claims are locked (a correction is filed instead).
 */
export async function updateClaim(actor: Pick<CurrentUser, 'id'>, edit: ClaimEdit) {
  const result = await prisma.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({
      where: { id: edit.claimId },
      select: {
        id: true,
        text: true,
        start: true,
        end: true,
        speaker: true,
        via: true,
        status: true,
        version: true,
        article: { select: { text: true } },
        slots: {
          select: slotValueSelect,
          orderBy: { id: 'asc' },
        },
      },
    });
    if (!claim) throw new AppError('not_found', 'no such claim');
    if (claim.version !== edit.version) {
      throw new AppError('conflict', 'someone saved this claim after you opened it', {
        current: { version: claim.version, text: claim.text, speaker: claim.speaker, via: claim.via, slots: claim.slots },
      });
    }
    if (isLocked(claim.status))
      throw new AppError('forbidden', 'this claim is approved or published: file a correction instead', { status: claim.status });

    const data: Prisma.ClaimUpdateManyMutationInput = { version: { increment: 1 } };
    if (edit.span) {
      const { start, end } = edit.span;
      if (start < 0 || end > claim.article.text.length || end <= start)
        throw new AppError('invalid_input', 'the passage is outside the article', { field: 'span' });
      const text = claim.article.text.slice(start, end);
      if (!text.trim()) throw new AppError('invalid_input', 'the passage is empty', { field: 'span' });
      Object.assign(data, { start, end, text, normalizedText: normalizeArabic(text) });
    }
    if (edit.speaker !== undefined) data.speaker = edit.speaker?.trim() || null;
    if (edit.via !== undefined) data.via = edit.via?.trim() || null;

    const { count } = await tx.claim.updateMany({ where: { id: claim.id, version: edit.version }, data });
    if (count !== 1) throw new AppError('conflict', 'someone saved this claim after you opened it');
    if (edit.slots) {
      await tx.claimSlot.deleteMany({ where: { claimId: claim.id } });
      await tx.claimSlot.createMany({ data: edit.slots.map((s) => ({ ...s, claimId: claim.id })) });
    }
    await writeAudit(tx, {
      actorId: actor.id,
      entityType: edit.slots && !edit.span && edit.speaker === undefined && edit.via === undefined ? 'slot' : 'claim',
      entityId: claim.id,
      action: 'edit',
      before: {
        version: claim.version,
        text: claim.text,
        start: claim.start,
        end: claim.end,
        speaker: claim.speaker,
        via: claim.via,
        ...(edit.slots ? { slots: claim.slots } : {}),
      },
      after: {
        version: claim.version + 1,
        ...(edit.span ? { text: data.text as string, start: edit.span.start, end: edit.span.end } : {}),
        ...(edit.speaker !== undefined ? { speaker: data.speaker as string | null } : {}),
        ...(edit.via !== undefined ? { via: data.via as string | null } : {}),
        ...(edit.slots ? { slots: edit.slots as unknown as Prisma.InputJsonValue } : {}),
      },
    });
    return { version: claim.version + 1 };
  });
  // A new passage or new figures can change which claims it agrees or conflicts with.
  if (edit.span || edit.slots) await suggestAfterEdit(edit.claimId);
  return result;
}
