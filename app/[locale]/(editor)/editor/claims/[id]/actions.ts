'use server';

import { z } from 'zod';
import { revalidatePath } from 'next/cache';
import { defineAction, EVERYONE } from '@/lib/auth/guard';
import { updateClaim } from '@/lib/claims/update-claim';
import { transitionClaimAndRevalidate } from '@/lib/review/transition-and-revalidate';
import { decideLink, createEditorLink } from '@/lib/links/decide-link';
import { searchClaimsForLink } from '@/lib/claims/search-claims-for-link';
import { VERDICTS } from '@/lib/review/verdicts';
import { dbId, lineText, longText } from '@/lib/validation/text';

const id = dbId;
const version = dbId;
const shortText = longText(2000);
const relation = z.enum(['supports', 'contradicts', 'related']);

const slotSchema = z.object({
  type: z.enum(['quantity', 'ordinal', 'date', 'duration', 'percent', 'money']),
  value: z.number().finite().nullable().optional(),
  min: z.number().finite().nullable().optional(),
  max: z.number().finite().nullable().optional(),
  unit: lineText(60).nullable().optional(),
  currency: lineText(3).pipe(z.string().length(3)).nullable().optional(),
  hedge: z.enum(['exact', 'approx', 'at_least', 'at_most', 'range']),
  year: z.number().int().min(1000).max(3000).nullable().optional(),
  month: z.number().int().min(1).max(12).nullable().optional(),
  day: z.number().int().min(1).max(31).nullable().optional(),
  raw: lineText(300).pipe(z.string().min(1)),
});

const refresh = (claimId: number) => revalidatePath(`/[locale]/editor/claims/${claimId}`, 'page');

const updateClaimAction = defineAction(
  'claims.update',
  {
    roles: ['editor', 'admin'],
    input: z.object({
      claimId: id,
      version,
      span: z.object({ start: z.number().int().min(0).max(2_147_483_647), end: z.number().int().min(1).max(2_147_483_647) }).optional(),
      speaker: lineText(200).nullable().optional(),
      via: lineText(200).nullable().optional(),
      slots: z.array(slotSchema).max(50).optional(),
    }),
  },
  async (input, user) => {
    const res = await updateClaim(user, input);
    refresh(input.claimId);
    return res;
  },
);

const transitionAction = defineAction(
  'review.transition',
  {
    // The state machine decides per step who may do it (editors propose, reviewers approve…).
    roles: EVERYONE,
    input: z.object({
      claimId: id,
      version,
      action: z.enum(['start', 'propose', 'return', 'approve', 'publish', 'correct']),
      verdict: z.enum(VERDICTS).optional(),
      rationale: shortText.optional(),
      comment: shortText.optional(),
      publication: z
        .object({
          titleAr: lineText(300).pipe(z.string().min(3)),
          summaryAr: longText(2000).pipe(z.string().min(3)),
          titleEn: lineText(300).optional(),
          summaryEn: longText(2000).optional(),
        })
        .optional(),
    }),
  },
  async (input, user) => {
    // publish/correct also drop the cached public pages (lib/fact-checks/revalidate-public.ts)
    const res = await transitionClaimAndRevalidate(user, input);
    refresh(input.claimId);
    return res;
  },
);

const decideLinkAction = defineAction(
  'links.decide',
  {
    roles: ['editor', 'admin'],
    input: z.object({
      claimId: id,
      linkId: id,
      version,
      decision: z.enum(['confirm', 'reject']),
      relation: relation.optional(),
      possiblyDifferentEvents: z.boolean().optional(),
      note: shortText.optional(),
    }),
  },
  async ({ claimId, ...input }, user) => {
    const res = await decideLink(user, input);
    refresh(claimId);
    return res;
  },
);

const createLinkAction = defineAction(
  'links.create',
  {
    roles: ['editor', 'admin'],
    input: z.object({
      claimId: id,
      otherClaimId: id,
      relation,
      possiblyDifferentEvents: z.boolean().optional(),
      note: shortText.optional(),
    }),
  },
  async (input, user) => {
    const link = await createEditorLink(user, input);
    refresh(input.claimId);
    return { id: link.id };
  },
);

const searchAction = defineAction(
  'claims.searchForLink',
  { roles: EVERYONE, input: z.object({ claimId: id, q: lineText(200) }) },
  async ({ claimId, q }) =>
    (await searchClaimsForLink(q, claimId)).map((c) => ({
      id: c.id,
      text: c.text,
      language: c.article.language,
      outlet: c.article.outlet?.name ?? null,
      publishedAt: c.article.publishedAt?.toISOString().slice(0, 10) ?? null,
    })),
);

export async function saveClaim(raw: unknown) {
  return updateClaimAction(raw);
}
export async function reviewClaim(raw: unknown) {
  return transitionAction(raw);
}
export async function decideClaimLink(raw: unknown) {
  return decideLinkAction(raw);
}
export async function createClaimLink(raw: unknown) {
  return createLinkAction(raw);
}
export async function searchClaims(raw: unknown) {
  return searchAction(raw);
}
