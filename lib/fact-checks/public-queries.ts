import 'server-only';
// Every public read of fact-checks (pages, feed, sitemap, JSON API) goes through this file, and
// the rule "only what has a publishedAt is public" lives here and nowhere else: the Prisma
// filter PUBLISHED and its SQL twin publishedSql. A draft's slug gets null (→ 404), and no
// function here returns a draft's fields, a related claim's review status, or anyone's name.
import { Prisma } from '@/lib/generated/prisma/client';
import { prisma } from '@/lib/db/prisma';
import { normalizeArabic } from '@/lib/arabic';
import type { Verdict } from '@/lib/generated/prisma/enums';
import { PAGE_SIZE, type FactCheckListParams } from './list-params';

const PUBLISHED = { publishedAt: { not: null } } satisfies Prisma.FactCheckWhereInput;
const publishedSql = Prisma.sql`fc.published_at IS NOT NULL`;

// The SQL side of lib/arabic normalizeArabic (alef/hamza forms, ta marbuta, alef maqsura,
// Arabic-Indic digits, diacritics and tatweel), so a search typed without hamza or with
// diacritics matches the titles as stored.
const FOLD_FROM = 'أإآٱؤئةى٠١٢٣٤٥٦٧٨٩';
const FOLD_TO = 'ااااويهي0123456789';
const MARKS = `[${String.fromCharCode(0x0640)}${String.fromCharCode(0x064b)}-${String.fromCharCode(0x065f)}${String.fromCharCode(0x0670)}${String.fromCharCode(0x06d6)}-${String.fromCharCode(0x06ed)}]`;

const listSelect = {
  id: true,
  slug: true,
  verdict: true,
  titleAr: true,
  titleEn: true,
  summaryAr: true,
  summaryEn: true,
  publishedAt: true,
  updatedAt: true,
  claim: { select: { article: { select: { outlet: { select: { name: true } } } } } },
} satisfies Prisma.FactCheckSelect;

export type PublicFactCheckSummary = Prisma.FactCheckGetPayload<{ select: typeof listSelect }>;

export interface PublicFactCheckPage {
  items: PublicFactCheckSummary[];
  total: number;
  page: number;
  pageCount: number;
}

/** Published fact-checks, newest first, with search (Arabic full text or normalized substring) and filters. */
export async function findPublishedFactChecks(params: FactCheckListParams, pageSize = PAGE_SIZE): Promise<PublicFactCheckPage> {
  const conditions: Prisma.Sql[] = [publishedSql];
  if (params.verdict) conditions.push(Prisma.sql`fc.verdict = ${params.verdict}::"Verdict"`);
  if (params.outlet) {
    // the outlet of the reviewed claim, or of any claim about the same question
    conditions.push(Prisma.sql`EXISTS (
      SELECT 1 FROM claims c2 JOIN articles a2 ON a2.id = c2.article_id
      WHERE a2.outlet_id = ${params.outlet}
        AND (c2.id = c.id OR (c.question_key IS NOT NULL AND c2.question_key = c.question_key)))`);
  }
  const q = params.q.trim();
  if (q) {
    const folded = normalizeArabic(q).toLowerCase();
    conditions.push(Prisma.sql`(
      to_tsvector('arabic', fc.title_ar || ' ' || fc.summary_ar) @@ plainto_tsquery('arabic', ${q})
      OR to_tsvector('arabic', fc.title_ar || ' ' || fc.summary_ar) @@ plainto_tsquery('arabic', ${folded})
      OR position(${folded} IN lower(regexp_replace(translate(
           fc.title_ar || ' ' || fc.summary_ar || ' ' || coalesce(fc.title_en, '') || ' ' || coalesce(fc.summary_en, ''),
           ${FOLD_FROM}, ${FOLD_TO}), ${MARKS}, '', 'g'))) > 0)`);
  }
  const offset = (params.page - 1) * pageSize;
  const rows = await prisma.$queryRaw<{ id: number; total: bigint }[]>`
    SELECT fc.id, count(*) OVER () AS total
    FROM fact_checks fc JOIN claims c ON c.id = fc.claim_id
    WHERE ${Prisma.join(conditions, ' AND ')}
    ORDER BY fc.published_at DESC, fc.id DESC
    LIMIT ${pageSize} OFFSET ${offset}`;
  let total = rows.length > 0 ? Number(rows[0].total) : 0;
  if (rows.length === 0 && offset > 0) {
    // a page past the end: count so the pager can offer the way back
    const counted = await prisma.$queryRaw<{ total: bigint }[]>`
      SELECT count(*) AS total FROM fact_checks fc JOIN claims c ON c.id = fc.claim_id WHERE ${Prisma.join(conditions, ' AND ')}`;
    total = Number(counted[0].total);
  }
  const ids = rows.map((r) => r.id);
  const found = ids.length ? await prisma.factCheck.findMany({ where: { id: { in: ids }, ...PUBLISHED }, select: listSelect }) : [];
  const byId = new Map(found.map((f) => [f.id, f]));
  return {
    items: ids.flatMap((id) => byId.get(id) ?? []),
    total,
    page: params.page,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
  };
}

/** The newest published fact-checks (home page, feeds, sitemap). */
export async function latestPublishedFactChecks(take: number): Promise<PublicFactCheckSummary[]> {
  return prisma.factCheck.findMany({
    where: PUBLISHED,
    orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
    take,
    select: listSelect,
  });
}

/** Outlets for the list's filter. Outlets and their articles are public; review data is not selected. */
export async function listOutlets() {
  return prisma.outlet.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true } });
}

const claimSelect = {
  id: true,
  text: true,
  start: true,
  end: true,
  speaker: true,
  questionKey: true,
  questionLabel: true,
  article: {
    select: {
      id: true,
      title: true,
      excerpt: true,
      url: true,
      publishedAt: true,
      language: true,
      text: true,
      outlet: { select: { id: true, name: true, url: true } },
    },
  },
  slots: {
    orderBy: { id: 'asc' },
    select: { type: true, value: true, min: true, max: true, unit: true, hedge: true, year: true, month: true, day: true, raw: true },
  },
} satisfies Prisma.ClaimSelect;

type ClaimRow = Prisma.ClaimGetPayload<{ select: typeof claimSelect }>;

export interface PublicClaim extends Omit<ClaimRow, 'article'> {
  article: Omit<ClaimRow['article'], 'text'>;
  /** a few words either side of the claim in its article, for the quoted passage */
  before: string;
  after: string;
  /** how this claim relates to the reviewed one: 'reviewed', a link relation, or 'same_question' */
  relation: 'reviewed' | 'supports' | 'contradicts' | 'related' | 'same_question';
  /** true when the link was suggested by the matcher and not (yet) confirmed by an editor */
  isSuggested: boolean;
  possiblyDifferentEvents: boolean;
}

export interface PublicFactCheck {
  id: number;
  slug: string;
  verdict: Verdict;
  titleAr: string;
  titleEn: string | null;
  summaryAr: string;
  summaryEn: string | null;
  bodyAr: string;
  bodyEn: string | null;
  publishedAt: Date;
  updatedAt: Date;
  corrections: { id: number; textAr: string; textEn: string | null; createdAt: Date }[];
  claims: PublicClaim[];
}

const GROUP_LIMIT = 60;

/** A published fact-check by slug with the claims from each outlet, or null (a draft is null too). */
export async function getPublishedFactCheck(slug: string): Promise<PublicFactCheck | null> {
  const fc = await prisma.factCheck.findFirst({
    where: { slug, ...PUBLISHED },
    select: {
      id: true,
      slug: true,
      verdict: true,
      titleAr: true,
      titleEn: true,
      summaryAr: true,
      summaryEn: true,
      bodyAr: true,
      bodyEn: true,
      publishedAt: true,
      updatedAt: true,
      claimId: true,
      corrections: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: { id: true, textAr: true, textEn: true, createdAt: true } },
    },
  });
  if (!fc || !fc.publishedAt) return null;
  const reviewed = await prisma.claim.findUnique({ where: { id: fc.claimId }, select: claimSelect });
  if (!reviewed) return null;

  const links = await prisma.claimLink.findMany({
    where: { state: { not: 'rejected' }, OR: [{ claimAId: reviewed.id }, { claimBId: reviewed.id }] },
    orderBy: { id: 'asc' },
    take: GROUP_LIMIT,
    select: { claimAId: true, claimBId: true, relation: true, state: true, possiblyDifferentEvents: true },
  });
  const linkOf = new Map(links.map((l) => [l.claimAId === reviewed.id ? l.claimBId : l.claimAId, l]));
  const others = await prisma.claim.findMany({
    where: {
      id: { not: reviewed.id },
      OR: [{ id: { in: [...linkOf.keys()] } }, ...(reviewed.questionKey ? [{ questionKey: reviewed.questionKey }] : [])],
    },
    orderBy: { id: 'asc' },
    take: GROUP_LIMIT,
    select: claimSelect,
  });

  const claims: PublicClaim[] = [toPublicClaim(reviewed, 'reviewed', false, false)];
  for (const c of others) {
    const link = linkOf.get(c.id);
    claims.push(
      link
        ? toPublicClaim(c, link.relation, link.state === 'suggested', link.possiblyDifferentEvents)
        : toPublicClaim(c, 'same_question', false, false),
    );
  }
  const { claimId: _claimId, ...rest } = fc;
  return { ...rest, publishedAt: fc.publishedAt, claims };
}

const CONTEXT_CHARS = 90;

function toPublicClaim(c: ClaimRow, relation: PublicClaim['relation'], isSuggested: boolean, possiblyDifferentEvents: boolean): PublicClaim {
  const { text: articleText, ...article } = c.article;
  return {
    ...c,
    article,
    before: contextBefore(articleText, c.start),
    after: contextAfter(articleText, c.end),
    relation,
    isSuggested,
    possiblyDifferentEvents,
  };
}

/** Up to CONTEXT_CHARS before the claim, cut at a word boundary and never across a paragraph. */
function contextBefore(text: string, start: number): string {
  let s = text.slice(Math.max(0, start - CONTEXT_CHARS), start);
  const para = s.lastIndexOf('\n');
  if (para >= 0) return s.slice(para + 1).trimStart();
  if (start > CONTEXT_CHARS) s = s.slice(s.indexOf(' ') + 1);
  return s.trimStart();
}

function contextAfter(text: string, end: number): string {
  let s = text.slice(end, end + CONTEXT_CHARS);
  const para = s.indexOf('\n');
  if (para >= 0) return s.slice(0, para).trimEnd();
  if (end + CONTEXT_CHARS < text.length) s = s.slice(0, Math.max(0, s.lastIndexOf(' ')));
  return s.trimEnd();
}
