// Stores one article and everything the engine extracted from it, in one transaction: either the
// article, its claims, slots, entity mentions and the audit row are all written, or none is.
// Used by the web app (paste, upload, URL), the bulk-import job, the CLI and the demo seed.
import { createHash } from 'node:crypto';
import { normalizeArabic } from '../arabic';
import { extractArticle } from '../extraction';
import type { ExtractedClaim, Slot } from '../extraction/types';
import type { PrismaClient, Prisma } from '../generated/prisma/client';
import { writeAudit, type AuditEntry } from '../audit/write-audit';
import { runAfterArticleStored } from './after-article-stored';

export interface ArticleInput {
  /** decoded text, exactly as published */
  text: string;
  title?: string | null;
  outlet?: string | null;
  url?: string | null;
  /** YYYY-MM-DD */
  publishedAt?: string | null;
  sourceName?: string | null;
  encoding?: string | null;
}

export type IngestResult = { status: 'stored'; articleId: number; claimCount: number } | { status: 'duplicate'; articleId: number };

/** Same normalized content ⇒ same article, whatever the encoding, diacritics or spacing. */
export function contentHashOf(text: string): string {
  const key = normalizeArabic(text).replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(key).digest('hex');
}

/** Everything decided before the database is touched: the hash, the extraction, the metadata. Pure. */
export interface PreparedArticle {
  input: ArticleInput;
  contentHash: string;
  claims: ExtractedClaim[];
  language: string;
  outletName: string | null;
  publishedAt: string | null;
  title: string | null;
}

export function prepareArticle(input: ArticleInput): PreparedArticle {
  const extracted = extractArticle(input.text, {
    fileName: input.sourceName ?? undefined,
    publishedAt: input.publishedAt ?? undefined,
    outlet: input.outlet ?? undefined,
  });
  return {
    input,
    contentHash: contentHashOf(input.text),
    claims: extracted.claims,
    language: extracted.meta.language,
    outletName: clean(input.outlet) ?? extracted.meta.outlet,
    publishedAt: input.publishedAt ?? extracted.meta.publishedAt,
    title: clean(input.title) ?? extracted.meta.title,
  };
}

/** The article row of a prepared article: shared by the single writer and the bulk chunk writer. */
export function articleRow(p: PreparedArticle, actorId: string | null, outletId: number | null): Prisma.ArticleCreateManyInput {
  const { input } = p;
  return {
    outletId,
    title: p.title,
    excerpt: excerptOf(input.text, p.claims[0]?.start),
    url: input.url ?? null,
    publishedAt: p.publishedAt ? new Date(`${p.publishedAt}T00:00:00Z`) : null,
    language: p.language,
    text: input.text,
    contentHash: p.contentHash,
    sourceName: input.sourceName ?? null,
    encoding: input.encoding ?? null,
    importedById: actorId,
  };
}

/** The audit entry of an imported article (one per stored article, whichever writer stored it). */
export function articleAuditEntry(p: PreparedArticle, articleId: number, actorId: string | null): AuditEntry {
  return {
    actorId,
    entityType: 'article',
    entityId: articleId,
    action: 'import',
    after: { title: p.title, outlet: p.outletName, publishedAt: p.publishedAt, sourceName: p.input.sourceName ?? null, claims: p.claims.length },
  };
}

/** Normalized outlet name: «الحرة» and «الحره» are one outlet. */
export function outletKeyOf(name: string): string {
  return normalizeArabic(name).replace(/\s+/g, ' ').trim();
}

/**
 * Writes a prepared article, its claims and its audit row with the caller's transaction, so a
 * caller can add its own rows to the same all-or-nothing unit. (The bulk import writes whole
 * chunks at once: lib/imports/write-chunk.ts, with the same row builders.)
 */
export async function writeArticle(tx: Prisma.TransactionClient, p: PreparedArticle, actorId: string | null): Promise<{ articleId: number; claimCount: number }> {
  const outletId = p.outletName ? await upsertOutlet(tx, p.outletName) : null;
  const article = await tx.article.create({ data: articleRow(p, actorId, outletId), select: { id: true } });
  await storeClaims(tx, article.id, p.claims);
  await writeAudit(tx, articleAuditEntry(p, article.id, actorId));
  return { articleId: article.id, claimCount: p.claims.length };
}

export async function ingestArticle(db: PrismaClient, input: ArticleInput, actorId: string | null): Promise<IngestResult> {
  const contentHash = contentHashOf(input.text);
  const existing = await db.article.findUnique({ where: { contentHash }, select: { id: true } });
  if (existing) return { status: 'duplicate', articleId: existing.id };

  const prepared = prepareArticle(input);
  let result: IngestResult;
  try {
    const written = await db.$transaction((tx) => writeArticle(tx, prepared, actorId), { timeout: 60_000 });
    result = { status: 'stored', ...written };
  } catch (e) {
    // Two imports of the same article at once: the unique content hash lets one win; the other
    // reports the winner's id instead of failing.
    if (isUniqueViolation(e)) {
      const winner = await db.article.findUnique({ where: { contentHash }, select: { id: true } });
      if (winner) return { status: 'duplicate', articleId: winner.id };
    }
    throw e;
  }
  await runAfterArticleStored(result.articleId, db);
  return result;
}

export function isUniqueViolation(e: unknown): boolean {
  return (e as { code?: string } | null)?.code === 'P2002';
}

async function upsertOutlet(tx: Prisma.TransactionClient, name: string): Promise<number> {
  const nameKey = outletKeyOf(name);
  const outlet = await tx.outlet.upsert({ where: { nameKey }, update: {}, create: { name, nameKey }, select: { id: true } });
  return outlet.id;
}

export async function storeClaims(
  tx: Prisma.TransactionClient,
  articleId: number,
  claims: ExtractedClaim[],
  origin: 'extracted' | 'editor' = 'extracted',
): Promise<number[]> {
  const ids = await storeClaimsOfArticles(tx, [{ articleId, claims }], origin);
  return ids.get(articleId) ?? [];
}

/**
 * The claims of several articles with their slots, entities and mentions: one raw
 * `INSERT … SELECT FROM unnest(…)` per table whatever the number of articles (claims, slots,
 * entities, mentions).
 * Returns each article's new claim ids, in the order of its claims.
 */
export async function storeClaimsOfArticles(
  tx: Prisma.TransactionClient,
  articles: { articleId: number; claims: ExtractedClaim[] }[],
  origin: 'extracted' | 'editor' = 'extracted',
): Promise<Map<number, number[]>> {
  const out = new Map<number, number[]>(articles.map((a) => [a.articleId, []]));
  const data = articles.flatMap(({ articleId, claims }) =>
    claims.map((c) => ({
      articleId,
      text: c.text,
      start: c.start,
      end: c.end,
      section: c.section,
      normalizedText: normalizeArabic(c.text),
      checkworthiness: Math.min(1, Math.max(0, c.checkworthiness)),
      reasons: c.reasons,
      speaker: c.attribution.speaker,
      via: c.attribution.via,
      origin,
    })),
  );
  if (data.length === 0) return out;
  const rows = await insertClaims(tx, data);
  const idOf = new Map(rows.map((r) => [`${r.articleId}:${r.start}:${r.end}`, r.id]));
  const slotRows: Prisma.ClaimSlotCreateManyInput[] = [];
  const mentionNames: { claimId: number; articleId: number; type: 'person' | 'organization' | 'place'; name: string }[] = [];
  for (const { articleId, claims } of articles) {
    for (const c of claims) {
      const claimId = idOf.get(`${articleId}:${c.start}:${c.end}`);
      if (claimId === undefined) continue;
      out.get(articleId)?.push(claimId);
      for (const s of c.slots) slotRows.push(slotRow(claimId, s));
      for (const e of c.entities) mentionNames.push({ claimId, articleId, type: e.type, name: e.name });
    }
  }
  if (slotRows.length) await insertSlots(tx, slotRows);
  if (mentionNames.length) {
    const keyOf = (t: string, n: string) => `${t}|${normalizeArabic(n)}`;
    const unique = new Map(mentionNames.map((m) => [keyOf(m.type, m.name), m]));
    // a fixed order, so two workers inserting the same new entities wait for each other instead
    // of deadlocking
    const entityRows = [...unique.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, m]) => ({ type: m.type, name: m.name, nameKey: normalizeArabic(m.name) }));
    // raw statements, like the claims and slots: Prisma's createMany/findMany ran every row
    // through its query compiler (bench/ingestion/RESULTS.md)
    await tx.$executeRaw`
      INSERT INTO entities (type, name, name_key)
      SELECT u.type::"EntityType", u.name, u.name_key
        FROM unnest(${entityRows.map((e) => e.type)}::text[], ${entityRows.map((e) => e.name)}::text[], ${entityRows.map((e) => e.nameKey)}::text[])
             WITH ORDINALITY AS u(type, name, name_key, ord)
       ORDER BY u.ord
      ON CONFLICT DO NOTHING`;
    // a new statement, so it sees an entity another worker committed while this one waited on it;
    // a mention whose entity is missing is left out; mentions keep their order
    await tx.$executeRaw`
      INSERT INTO entity_mentions (entity_id, claim_id, article_id)
      SELECT e.id, u.claim_id, u.article_id
        FROM unnest(${mentionNames.map((m) => m.type)}::text[], ${mentionNames.map((m) => normalizeArabic(m.name))}::text[],
                    ${mentionNames.map((m) => m.claimId)}::int[], ${mentionNames.map((m) => m.articleId)}::int[])
             WITH ORDINALITY AS u(type, name_key, claim_id, article_id, ord)
        JOIN entities e ON e.type = u.type::"EntityType" AND e.name_key = u.name_key
       ORDER BY u.ord`;
  }
  return out;
}

/**
 * Claims as one INSERT … SELECT FROM unnest(…) RETURNING: one array parameter per column. Prisma's
 * createManyAndReturn took 5 s of client-side work for the 5,000 claims of a 2 MB article (the
 * database's own share, indexes included, is about 1 s; bench/large-article/RESULTS.md).
 */
async function insertClaims(
  tx: Prisma.TransactionClient,
  data: { articleId: number; text: string; start: number; end: number; section: string; normalizedText: string; checkworthiness: number; reasons: string[]; speaker: string | null; via: string | null; origin: string }[],
): Promise<{ id: number; articleId: number; start: number; end: number }[]> {
  const col = <T>(f: (r: (typeof data)[number]) => T) => data.map(f);
  // reasons is an array per row: passed as JSON text, since unnest would flatten a 2-D array
  return tx.$queryRaw`
    INSERT INTO claims (article_id, text, start, "end", section, normalized_text, checkworthiness, reasons, speaker, via, origin, updated_at)
    SELECT u.article_id, u.text, u.start, u."end", u.section::"Section", u.normalized_text, u.checkworthiness,
           ARRAY(SELECT jsonb_array_elements_text(u.reasons::jsonb)), u.speaker, u.via, u.origin::"ClaimOrigin", now()
      FROM unnest(${col((r) => r.articleId)}::int[], ${col((r) => r.text)}::text[], ${col((r) => r.start)}::int[], ${col((r) => r.end)}::int[],
                  ${col((r) => r.section)}::text[], ${col((r) => r.normalizedText)}::text[], ${col((r) => r.checkworthiness)}::float8[],
                  ${col((r) => JSON.stringify(r.reasons))}::text[], ${col((r) => r.speaker)}::text[], ${col((r) => r.via)}::text[], ${col((r) => r.origin)}::text[])
        WITH ORDINALITY AS u(article_id, text, start, "end", section, normalized_text, checkworthiness, reasons, speaker, via, origin, n)
     ORDER BY u.n
    RETURNING id, article_id AS "articleId", start, "end"`;
}

/** Slots as one INSERT … SELECT FROM unnest(…): one array parameter per column, however many rows. */
async function insertSlots(tx: Prisma.TransactionClient, rows: Prisma.ClaimSlotCreateManyInput[]): Promise<void> {
  const col = <T>(f: (r: Prisma.ClaimSlotCreateManyInput) => T | null | undefined) => rows.map((r) => f(r) ?? null);
  await tx.$executeRaw`
    INSERT INTO claim_slots (claim_id, type, value, min, max, unit, currency, hedge, year, month, day, weekday, relative, raw, start, "end")
    SELECT u.claim_id, u.type::"SlotType", u.value, u.min, u.max, u.unit, u.currency, u.hedge::"Hedge", u.year, u.month, u.day, u.weekday, u.relative, u.raw, u.start, u."end"
      FROM unnest(${col((r) => r.claimId)}::int[], ${col((r) => r.type)}::text[], ${col((r) => r.value)}::float8[], ${col((r) => r.min)}::float8[],
                  ${col((r) => r.max)}::float8[], ${col((r) => r.unit)}::text[], ${col((r) => r.currency)}::text[], ${col((r) => r.hedge)}::text[],
                  ${col((r) => r.year)}::int[], ${col((r) => r.month)}::int[], ${col((r) => r.day)}::int[], ${col((r) => r.weekday)}::smallint[],
                  ${col((r) => r.relative)}::text[], ${col((r) => r.raw)}::text[], ${col((r) => r.start)}::int[], ${col((r) => r.end)}::int[])
        AS u(claim_id, type, value, min, max, unit, currency, hedge, year, month, day, weekday, relative, raw, start, "end")`;
}

function slotRow(claimId: number, s: Slot): Prisma.ClaimSlotCreateManyInput {
  const hedge = s.approx ? 'approx' : s.atLeast ? 'at_least' : s.atMost ? 'at_most' : 'min' in s && s.min !== undefined ? 'range' : 'exact';
  const base = { claimId, type: s.type, raw: s.raw, start: s.start ?? null, end: s.end ?? null, hedge } as const;
  if (s.type === 'date') return { ...base, year: s.year, month: s.month, day: s.day, weekday: s.weekday ?? null, relative: s.relative ?? null };
  if (s.type === 'money') return { ...base, value: s.value ?? null, min: s.min ?? null, max: s.max ?? null, currency: s.currency };
  return { ...base, value: s.value ?? null, min: s.min ?? null, max: s.max ?? null, unit: s.unit ?? null };
}

function clean(s: string | null | undefined): string | null {
  const t = s?.trim();
  return t ? t : null;
}

/** The opening words of the body (from the first claim when there is one: past bylines and boilerplate). */
export function excerptOf(text: string, from = 0): string | null {
  const words = text
    .slice(from, from + 400)
    .replace(/\s+/g, ' ')
    .trim();
  if (!words) return null;
  return words.length > 140 ? `${words.slice(0, 140).replace(/\s+\S*$/, '')}…` : words;
}
