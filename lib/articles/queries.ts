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

/** The editor's reader: the text and every claim's offsets and state. */
export async function getArticleForReader(id: number) {
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
      sourceName: true,
      encoding: true,
      outlet: { select: { name: true } },
      claims: {
        orderBy: { start: 'asc' },
        select: { id: true, start: true, end: true, status: true, checkworthiness: true, section: true, text: true },
      },
    },
  });
}
