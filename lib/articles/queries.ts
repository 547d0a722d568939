import 'server-only';
import { cache } from 'react';
import { prisma } from '@/lib/db/prisma';

/** What every article page shows about the article itself. */
const articleHeader = {
  id: true,
  title: true,
  excerpt: true,
  url: true,
  text: true,
  language: true,
  publishedAt: true,
  outlet: { select: { name: true } },
} as const;

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

// cache(): a page and its generateMetadata ask for the same article in one request; one query.
export const getArticle = cache(async (id: number) =>
  prisma.article.findUnique({ where: { id }, select: { ...articleHeader, _count: { select: { claims: true } } } }),
);

export async function countCorpus() {
  const [articles, outlets, claims] = await Promise.all([prisma.article.count(), prisma.outlet.count(), prisma.claim.count()]);
  return { articles, outlets, claims };
}

/** The editor's reader: the text and every claim's offsets and state. */
export const getArticleForReader = cache(async (id: number) =>
  prisma.article.findUnique({
    where: { id },
    select: {
      ...articleHeader,
      sourceName: true,
      encoding: true,
      claims: {
        orderBy: { start: 'asc' },
        select: { id: true, start: true, end: true, status: true, checkworthiness: true, section: true, text: true },
      },
    },
  }),
);
