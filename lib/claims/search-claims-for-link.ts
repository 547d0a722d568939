import { prisma } from '../db/prisma';
import { normalizeArabic } from '../arabic';

/** Claims whose normalized text matches a query (Arabic full text or trigram), for linking by hand. */
export async function searchClaimsForLink(query: string, excludeId: number, limit = 10) {
  const q = normalizeArabic(query).replace(/\s+/g, ' ').trim();
  if (q.length < 2) return [];
  const rows = await prisma.$queryRaw<{ id: number }[]>`
    SELECT id FROM claims
    WHERE id <> ${excludeId}
      AND (search_vector @@ plainto_tsquery('arabic', ${q}) OR normalized_text ILIKE ${'%' + q.replace(/[\\%_]/g, (c) => '\\' + c) + '%'})
    ORDER BY similarity(normalized_text, ${q}) DESC, id
    LIMIT ${limit}`;
  if (rows.length === 0) return [];
  const claims = await prisma.claim.findMany({
    where: { id: { in: rows.map((r) => r.id) } },
    select: { id: true, text: true, article: { select: { language: true, publishedAt: true, outlet: { select: { name: true } } } } },
  });
  const order = new Map(rows.map((r, i) => [r.id, i]));
  return claims.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
}
