import 'server-only';
import { Prisma } from '../generated/prisma/client';
import { prisma } from '../db/prisma';
import { findClaimsPageIds } from './claims-table-query';
import type { ClaimsTableParams } from './table-params';

export interface ClaimsTableRow {
  id: number;
  version: number;
  text: string;
  language: string;
  articleId: number;
  outlet: string | null;
  /** YYYY-MM-DD */
  articleDate: string | null;
  status: string;
  verdict: string | null;
  assignee: { id: string; name: string } | null;
  checkworthiness: number;
  /** ISO timestamp */
  updatedAt: string;
  slotTypes: string[];
  hasSuggestedConflict: boolean;
}

export interface ClaimsPage {
  rows: ClaimsTableRow[];
  total: number;
  isTotalCapped: boolean;
}

/** The rows the table shows for these URL params: ids from the SQL query, then only the fields shown. */
export async function findClaimsPage(p: ClaimsTableParams, userId: string): Promise<ClaimsPage> {
  const { ids, total, isTotalCapped } = await findClaimsPageIds(prisma, p, userId);
  if (ids.length === 0) return { rows: [], total, isTotalCapped };
  const [claims, conflicts] = await Promise.all([
    prisma.claim.findMany({
      where: { id: { in: ids } },
      select: {
        id: true,
        version: true,
        text: true,
        status: true,
        verdict: true,
        checkworthiness: true,
        updatedAt: true,
        assignee: { select: { id: true, name: true } },
        article: { select: { id: true, language: true, publishedAt: true, outlet: { select: { name: true } } } },
        slots: { select: { type: true }, orderBy: { id: 'asc' } },
      },
    }),
    prisma.$queryRaw<{ id: number }[]>`
      SELECT claim_a_id AS id FROM claim_links WHERE relation = 'contradicts' AND state = 'suggested' AND claim_a_id IN (${Prisma.join(ids)})
      UNION
      SELECT claim_b_id AS id FROM claim_links WHERE relation = 'contradicts' AND state = 'suggested' AND claim_b_id IN (${Prisma.join(ids)})`,
  ]);
  const conflicted = new Set(conflicts.map((c) => c.id));
  const byId = new Map(claims.map((c) => [c.id, c]));
  const rows = ids.flatMap((id): ClaimsTableRow[] => {
    const c = byId.get(id);
    if (!c) return [];
    return [
      {
        id: c.id,
        version: c.version,
        text: c.text,
        language: c.article.language,
        articleId: c.article.id,
        outlet: c.article.outlet?.name ?? null,
        articleDate: c.article.publishedAt ? c.article.publishedAt.toISOString().slice(0, 10) : null,
        status: c.status,
        verdict: c.verdict,
        assignee: c.assignee,
        checkworthiness: c.checkworthiness,
        updatedAt: c.updatedAt.toISOString(),
        slotTypes: [...new Set(c.slots.map((s) => s.type))],
        hasSuggestedConflict: conflicted.has(c.id),
      },
    ];
  });
  return { rows, total, isTotalCapped };
}

/** Choices for the filter bar. Articles are listed only when few enough to pick from. */
export async function findClaimsTableOptions() {
  const [outlets, users, articleCount] = await Promise.all([
    prisma.outlet.findMany({ select: { id: true, name: true }, orderBy: { name: 'asc' }, take: 500 }),
    prisma.user.findMany({ where: { banned: false }, select: { id: true, name: true, role: true }, orderBy: { name: 'asc' } }),
    prisma.article.count(),
  ]);
  const articles =
    articleCount <= 300
      ? await prisma.article.findMany({
          select: { id: true, title: true, excerpt: true, outlet: { select: { name: true } } },
          orderBy: [{ publishedAt: { sort: 'desc', nulls: 'last' } }, { id: 'asc' }],
        })
      : [];
  const sets = await prisma.claimSet.findMany({ select: { id: true, name: true }, orderBy: { updatedAt: 'desc' }, take: 200 });
  return {
    outlets,
    users,
    articles: articles.map((a) => ({ id: a.id, label: a.title ?? a.excerpt ?? `#${a.id}`, outlet: a.outlet?.name ?? null })),
    sets,
  };
}

export type ClaimsTableOptions = Awaited<ReturnType<typeof findClaimsTableOptions>>;
