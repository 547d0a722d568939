import { prisma } from '../db/prisma';
import { AppError } from '../errors/app-error';
import { writeAudit } from '../audit/write-audit';
import { refuseTransition, REVIEW_RULES, type ReviewAction } from './state-machine';
import type { Verdict } from '../generated/prisma/enums';
import type { CurrentUser } from '../auth/current-user';
import type { PrismaClient } from '../db/client';

export interface TransitionInput {
  claimId: number;
  /** the version the actor saw: a stale page gets a conflict, never a silent overwrite */
  version: number;
  action: ReviewAction;
  verdict?: Verdict;
  rationale?: string;
  comment?: string;
  /** publish: the public page's texts (Arabic required, English optional) */
  publication?: { titleAr: string; summaryAr: string; titleEn?: string; summaryEn?: string };
}

/** One review step: the claim, its review event, any fact-check or correction and the audit row, in one transaction. */
export async function transitionClaim(actor: Pick<CurrentUser, 'id' | 'role'>, input: TransitionInput, db: PrismaClient = prisma) {
  // db: scripts (the demo seed) pass their own client; the app uses the singleton.
  return db.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({
      where: { id: input.claimId },
      select: {
        id: true,
        text: true,
        status: true,
        version: true,
        verdict: true,
        rationale: true,
        proposedById: true,
        factCheck: { select: { id: true, slug: true } },
      },
    });
    if (!claim) throw new AppError('not_found', 'no such claim');
    if (claim.version !== input.version) {
      throw new AppError('conflict', 'the claim changed since you opened it', { currentVersion: claim.version, status: claim.status });
    }
    const refusal = refuseTransition({
      action: input.action,
      status: claim.status,
      actor,
      proposedById: claim.proposedById,
      hasVerdict: claim.verdict !== null,
      comment: input.comment,
    });
    if (refusal) {
      throw new AppError(
        refusal.reason === 'role' || refusal.reason === 'own_verdict' ? 'forbidden' : 'invalid_input',
        `cannot ${input.action}: ${refusal.reason}`,
        { refusal },
      );
    }
    if (input.action === 'propose' && !input.verdict)
      throw new AppError('invalid_input', 'a proposal needs a verdict', { field: 'verdict' });

    const to = REVIEW_RULES[input.action].to;
    const data: Record<string, unknown> = { status: to, version: { increment: 1 } };
    if (input.action === 'propose')
      Object.assign(data, { verdict: input.verdict, rationale: input.rationale ?? null, proposedById: actor.id, approvedById: null });
    if (input.action === 'approve') data.approvedById = actor.id;
    if (input.action === 'correct' && input.verdict) data.verdict = input.verdict;
    if (input.action === 'correct' && input.rationale) data.rationale = input.rationale;

    // The version in the WHERE makes two simultaneous steps on one claim serialize: the second updates nothing.
    const { count } = await tx.claim.updateMany({ where: { id: claim.id, version: input.version }, data });
    if (count !== 1) throw new AppError('conflict', 'the claim changed since you opened it', { status: claim.status });

    const verdict = (data.verdict as Verdict | undefined) ?? claim.verdict;
    let factCheckSlug: string | null = claim.factCheck?.slug ?? null;
    if (input.action === 'publish') {
      const pub = input.publication ?? { titleAr: claim.text.slice(0, 140), summaryAr: claim.rationale ?? '' };
      const fields = {
        verdict: verdict!,
        titleAr: pub.titleAr,
        titleEn: pub.titleEn ?? null,
        summaryAr: pub.summaryAr,
        summaryEn: pub.summaryEn ?? null,
        bodyAr: claim.rationale ?? pub.summaryAr,
        publishedAt: new Date(),
        publishedById: actor.id,
      };
      const published = await tx.factCheck.upsert({
        where: { claimId: claim.id },
        create: { claimId: claim.id, slug: slugFor(claim.id, pub.titleEn), ...fields },
        update: fields,
        select: { slug: true },
      });
      factCheckSlug = published.slug;
    }
    if (input.action === 'correct') {
      if (!claim.factCheck) throw new AppError('invalid_input', 'only a published fact-check can be corrected');
      await tx.correction.create({ data: { factCheckId: claim.factCheck.id, authorId: actor.id, textAr: input.comment!.trim() } });
      await tx.factCheck.update({
        where: { id: claim.factCheck.id },
        data: { verdict: verdict!, ...(input.rationale ? { bodyAr: input.rationale } : {}) },
      });
    }
    await tx.reviewEvent.create({
      data: {
        claimId: claim.id,
        actorId: actor.id,
        fromStatus: claim.status,
        toStatus: to,
        verdict: verdict ?? null,
        comment: input.comment?.trim() || null,
      },
    });
    await writeAudit(tx, {
      actorId: actor.id,
      entityType: input.action === 'propose' || input.action === 'approve' ? 'verdict' : 'claim',
      entityId: claim.id,
      action: input.action,
      before: { status: claim.status, verdict: claim.verdict, version: claim.version },
      after: { status: to, verdict: verdict ?? null, version: claim.version + 1, comment: input.comment ?? null },
    });
    return { status: to, version: claim.version + 1, factCheckSlug };
  });
}

/** Stable, readable public URL: the claim id, then the English title's words when there is one. */
export function slugFor(claimId: number, titleEn?: string): string {
  const words = (titleEn ?? '')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9\s-]/g, '')
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 8)
    .join('-');
  return words ? `${claimId}-${words}` : `claim-${claimId}`;
}
