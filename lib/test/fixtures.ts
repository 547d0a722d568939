// Small builders for database tests: each test makes its own article and claims.
import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '../db/client';
import { normalizeArabic } from '../arabic';

export async function makeArticleWithClaim(db: PrismaClient, text = 'وقال المتحدث إن نحو 1200 شخص قتلوا في الهجوم. وأضاف أن الزيارة هي الثامنة.') {
  const article = await db.article.create({
    data: { text, contentHash: randomUUID().replace(/-/g, '').padEnd(64, '0'), language: 'ar', title: 'مقال اختبار' },
    select: { id: true, text: true },
  });
  const end = text.indexOf('.') + 1;
  const claim = await db.claim.create({
    data: { articleId: article.id, text: text.slice(0, end), start: 0, end, normalizedText: normalizeArabic(text.slice(0, end)), checkworthiness: 0.8 },
    select: { id: true, version: true, text: true },
  });
  return { article, claim };
}
