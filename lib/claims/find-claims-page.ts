import 'server-only';
import { prisma } from '../db/prisma';
import { findClaimsPageRows, type ClaimsPage } from './claims-table-query';
import type { ClaimsTableParams } from './table-params';

export type { ClaimsTableRow, ClaimsPage } from './claims-table-query';

/** The rows the table shows for these URL params (lib/claims/claims-table-query.ts). */
export async function findClaimsPage(p: ClaimsTableParams, userId: string): Promise<ClaimsPage> {
  return findClaimsPageRows(prisma, p, userId);
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
