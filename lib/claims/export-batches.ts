// Reads claims for an export in id order, 1,000 at a time (keyset pagination: WHERE id > last),
// so an export of 100,000 claims holds one batch in memory at a time. Takes a client so the CLI
// (its own connection) and the app (the singleton) share it.
import type { Prisma, PrismaClient } from '../generated/prisma/client';
import { normalizeArabic } from '../arabic';
import { REVIEWED_STATUSES, type ExportClaim, type ExportLink } from '../export/types';
import type { ExportParams } from '../export/params';

export const EXPORT_BATCH_SIZE = 1000;

export type ExportSource = { kind: 'set'; setId: number } | { kind: 'filter'; filter: ExportParams['filter'] };

/** Which claims an export holds: the set or the filter, and only reviewed ones unless includeAll. */
export function exportWhere(source: ExportSource, includeAll: boolean): Prisma.ClaimWhereInput {
  const and: Prisma.ClaimWhereInput[] = [];
  if (source.kind === 'set') and.push({ setMembers: { some: { setId: source.setId } } });
  else {
    const f = source.filter;
    if (f.status.length) and.push({ status: { in: f.status } });
    if (f.verdict.length) and.push({ verdict: { in: f.verdict } });
    if (f.outlet.length) and.push({ article: { outletId: { in: f.outlet } } });
    if (f.q) and.push({ normalizedText: { contains: normalizeArabic(f.q) } });
  }
  if (!includeAll) and.push({ status: { in: [...REVIEWED_STATUSES] } });
  return { AND: and };
}

const linkSelect = { relation: true, state: true, origin: true, confidence: true, possiblyDifferentEvents: true } as const;

const select = {
  id: true,
  status: true,
  verdict: true,
  rationale: true,
  text: true,
  start: true,
  end: true,
  section: true,
  speaker: true,
  via: true,
  checkworthiness: true,
  questionKey: true,
  questionLabel: true,
  article: {
    select: { id: true, title: true, url: true, publishedAt: true, language: true, outlet: { select: { name: true, url: true } } },
  },
  slots: {
    orderBy: { id: 'asc' },
    select: { type: true, value: true, min: true, max: true, unit: true, currency: true, hedge: true, year: true, month: true, day: true, raw: true },
  },
  linksAsA: { where: { state: { not: 'rejected' } }, select: { claimBId: true, ...linkSelect } },
  linksAsB: { where: { state: { not: 'rejected' } }, select: { claimAId: true, ...linkSelect } },
  factCheck: { select: { slug: true, publishedAt: true } },
} satisfies Prisma.ClaimSelect;

type Row = Prisma.ClaimGetPayload<{ select: typeof select }>;

export function toExportClaim(r: Row, siteUrl: string): ExportClaim {
  const links: ExportLink[] = [
    ...r.linksAsA.map(({ claimBId, ...l }) => ({ claimId: claimBId, ...l })),
    ...r.linksAsB.map(({ claimAId, ...l }) => ({ claimId: claimAId, ...l })),
  ]
    .map((l) => ({
      claimId: l.claimId,
      relation: l.relation,
      state: l.state,
      origin: l.origin,
      confidence: l.confidence,
      possiblyDifferentEvents: l.possiblyDifferentEvents,
    }))
    .sort((a, b) => a.claimId - b.claimId);
  const fc = r.factCheck?.publishedAt ? { slug: r.factCheck.slug, publishedAt: r.factCheck.publishedAt } : null;
  return {
    id: r.id,
    status: r.status,
    verdict: r.verdict,
    rationale: r.rationale,
    passage: { text: r.text, start: r.start, end: r.end, section: r.section },
    speaker: r.speaker,
    via: r.via,
    checkworthiness: r.checkworthiness,
    questionKey: r.questionKey,
    questionLabel: r.questionLabel,
    source: {
      outlet: r.article.outlet?.name ?? null,
      outletUrl: r.article.outlet?.url ?? null,
      articleId: r.article.id,
      title: r.article.title,
      url: r.article.url,
      publishedAt: r.article.publishedAt?.toISOString().slice(0, 10) ?? null,
      language: r.article.language,
    },
    slots: r.slots.map((s) => ({ ...s })),
    links,
    factCheck: fc ? { slug: fc.slug, url: `${siteUrl}/ar/fact-checks/${fc.slug}`, publishedAt: fc.publishedAt.toISOString() } : null,
  };
}

export async function* readExportBatches(
  db: PrismaClient,
  where: Prisma.ClaimWhereInput,
  siteUrl: string,
  batchSize = EXPORT_BATCH_SIZE,
): AsyncGenerator<ExportClaim[]> {
  let after = 0;
  for (;;) {
    const rows = await db.claim.findMany({ where: { AND: [where, { id: { gt: after } }] }, orderBy: { id: 'asc' }, take: batchSize, select });
    if (rows.length === 0) return;
    yield rows.map((r) => toExportClaim(r, siteUrl));
    after = rows[rows.length - 1].id;
    if (rows.length < batchSize) return;
  }
}
