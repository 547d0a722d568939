import 'server-only';
import { prisma } from '@/lib/db/prisma';

export async function findArticles() {
  return prisma.article.findMany({
    orderBy: [{ publishedAt: { sort: 'desc', nulls: 'last' } }, { id: 'asc' }],
    select: {
      id: true,
      title: true,
      excerpt: true,
      publishedAt: true,
      language: true,
      outlet: { select: { name: true } },
      _count: { select: { claims: true } },
    },
  });
}

export async function getArticle(id: number) {
  return prisma.article.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      excerpt: true,
      url: true,
      text: true,
      language: true,
      publishedAt: true,
      outlet: { select: { name: true } },
      _count: { select: { claims: true } },
    },
  });
}

export async function countCorpus() {
  const [articles, outlets, claims] = await Promise.all([prisma.article.count(), prisma.outlet.count(), prisma.claim.count()]);
  return { articles, outlets, claims };
}
