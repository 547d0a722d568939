// Suggested links, computed in the database path: for new (or changed) claims, candidates come
// from PostgreSQL's indexes (lib/links/find-candidates.ts), each pair is judged by the pure
// engine (lib/matching compareProfiled), and the result is upserted into claim_links as
// origin=suggested, state=suggested. An editor's decision is final: a link that is confirmed,
// rejected or made by an editor is never changed or deleted here. Re-running writes nothing when
// nothing changed (no duplicate rows, no updated_at churn).
import { prisma } from '../db/prisma';
import type { PrismaClient } from '../generated/prisma/client';
import { compareProfiled, profileClaim, tripCuesOf, type ClaimComparison, type ProfiledInput, type TripCues } from '../matching';
import { loadEngineClaims } from '../claims/load-engine-claims';
import { isoDate, toEngineClaim, type EngineClaimRow } from '../claims/to-engine-claim';
import { questionsOfArticle, storeQuestionKeys, type ClaimQuestion } from '../claims/assign-question-keys';
import { findCandidates, topCandidates, type CandidateOptions } from './find-candidates';
import { upsertSuggestions, dropStaleSuggestions, type Suggestion } from './upsert-suggestions';

export interface SuggestOptions extends CandidateOptions {
  db?: PrismaClient;
  /** candidates compared per claim, best first (default 16) */
  maxCandidatesPerClaim?: number;
  /** store `related` links, which carry no verdict (default true) */
  isRelatedIncluded?: boolean;
}

export interface SuggestStats {
  claims: number;
  compared: number;
  /** links inserted or changed; 0 on a re-run with nothing new */
  written: number;
  /** suggestions removed because the engine no longer links the pair */
  removed: number;
  questionKeysWritten: number;
}

/**
 * After an article is stored: its claims against the claims stored before them (direction
 * 'earlier'), which is all there is for a new article. Running it again gives the same pairs, so
 * it writes nothing; a later article finds this one from its own side.
 */
export async function suggestLinksForArticle(articleId: number, opts: SuggestOptions = {}): Promise<SuggestStats> {
  const db = opts.db ?? prisma;
  const ids = await db.claim.findMany({ where: { articleId }, select: { id: true }, orderBy: { id: 'asc' } });
  return suggestLinksForClaims(ids.map((c) => c.id), { direction: 'earlier', ...opts });
}

/** Claims that are new or changed (an editor's edit): looks at earlier and later claims by default. */
export async function suggestLinksForClaims(claimIds: number[], opts: SuggestOptions = {}): Promise<SuggestStats> {
  const db = opts.db ?? prisma;
  const stats: SuggestStats = { claims: 0, compared: 0, written: 0, removed: 0, questionKeysWritten: 0 };
  if (claimIds.length === 0) return stats;
  // Question keys depend on the whole article (the person it names most), so load whole articles.
  const articles = await db.claim.findMany({ where: { id: { in: claimIds } }, select: { articleId: true }, distinct: ['articleId'] });
  const rows = await loadEngineClaims(db, { articleIds: articles.map((a) => a.articleId) });
  const trips = new Map<number, TripCues>();
  await loadTrips(db, rows, trips);
  const all = rows.map((r) => profiled(r, trips));
  const questions = questionsOfRows(all);
  stats.questionKeysWritten = await storeQuestionKeys(db, questions);

  const wanted = new Set(claimIds);
  const sources = all.filter((r) => wanted.has(r.id));
  const result = await matchSources(db, sources, questions, { claims: new Map(), trips }, opts);
  return { ...result, questionKeysWritten: stats.questionKeysWritten };
}

/**
 * The whole database, article by article in id order, each claim looking only at earlier claims
 * (as ingestion would have): for the demo seed, the CLI and after a change to the engine.
 */
export async function rematchAll(opts: SuggestOptions & { batchArticles?: number; onProgress?: (done: number, total: number) => void } = {}): Promise<SuggestStats> {
  const db = opts.db ?? prisma;
  const total: SuggestStats = { claims: 0, compared: 0, written: 0, removed: 0, questionKeysWritten: 0 };
  const articleIds = (await db.article.findMany({ select: { id: true }, orderBy: { id: 'asc' } })).map((a) => a.id);
  const batch = opts.batchArticles ?? 50;
  const cache: Cache = { claims: new Map(), trips: new Map() };
  for (let i = 0; i < articleIds.length; i += batch) {
    const rows = await loadEngineClaims(db, { articleIds: articleIds.slice(i, i + batch) });
    // Looking only at earlier claims, whose keys are stored already: this batch's keys go first.
    await loadTrips(db, rows, cache.trips);
    const all = rows.map((r) => profiled(r, cache.trips));
    const questions = questionsOfRows(all);
    total.questionKeysWritten += await storeQuestionKeys(db, questions);
    const s = await matchSources(db, all, questions, cache, {
      ...opts,
      direction: opts.direction ?? 'earlier',
      trigramTimeoutMs: opts.trigramTimeoutMs ?? 0,
      isWordsUsed: opts.isWordsUsed ?? false,
    });
    total.claims += s.claims;
    total.compared += s.compared;
    total.written += s.written;
    total.removed += s.removed;
    opts.onProgress?.(Math.min(i + batch, articleIds.length), articleIds.length);
  }
  return total;
}

/** Questions of whole articles' claims (rows of several articles, each article complete). */
function questionsOfRows(rows: ProfiledRow[]): Map<number, ClaimQuestion> {
  const byArticle = new Map<number, ProfiledRow[]>();
  for (const r of rows) {
    const list = byArticle.get(r.articleId);
    if (list) list.push(r);
    else byArticle.set(r.articleId, [r]);
  }
  const out = new Map<number, ClaimQuestion>();
  for (const list of byArticle.values()) for (const [id, q] of questionsOfArticle(list)) out.set(id, q);
  return out;
}

interface ProfiledRow {
  id: number;
  input: ProfiledInput;
  articleId: number;
}

const CACHE_MAX = 20_000;

interface Cache {
  claims: Map<number, ProfiledRow>;
  /** article id → its trip cues (lib/matching/trip-cues.ts), read once per article */
  trips: Map<number, TripCues>;
}

async function loadTrips(db: PrismaClient, rows: EngineClaimRow[], trips: Map<number, TripCues>): Promise<void> {
  const ids = [...new Set(rows.map((r) => r.articleId))].filter((id) => !trips.has(id));
  if (ids.length === 0) return;
  const articles = await db.article.findMany({ where: { id: { in: ids } }, select: { id: true, text: true } });
  for (const a of articles) trips.set(a.id, tripCuesOf(a.text));
}

function profiled(r: EngineClaimRow, trips: Map<number, TripCues>): ProfiledRow {
  const claim = toEngineClaim(r);
  const input: ProfiledInput = { key: String(r.articleId), articleDate: isoDate(r.article.publishedAt), claim, profile: profileClaim(claim) };
  const trip = trips.get(r.articleId);
  if (trip) input.trip = trip;
  return { id: r.id, articleId: r.articleId, input };
}

async function matchSources(
  db: PrismaClient,
  sources: ProfiledRow[],
  questions: Map<number, ClaimQuestion>,
  caches: Cache,
  opts: SuggestOptions,
): Promise<Omit<SuggestStats, 'questionKeysWritten'>> {
  const cache = caches.claims;
  const max = opts.maxCandidatesPerClaim ?? 16;
  const isRelatedIncluded = opts.isRelatedIncluded ?? true;
  const scores = await findCandidates(
    db,
    sources.map((s) => ({ id: s.id, articleId: s.articleId, questionKeys: questions.get(s.id)?.allKeys ?? [] })),
    opts,
  );
  for (const s of sources) cache.set(s.id, s);
  const plan = sources.map((s) => ({ src: s.id, cands: topCandidates(scores.get(s.id), s.id, max) }));
  const missing = [...new Set(plan.flatMap((p) => p.cands))].filter((id) => !cache.has(id));
  if (missing.length) {
    const rows = await loadEngineClaims(db, { claimIds: missing });
    await loadTrips(db, rows, caches.trips);
    for (const r of rows) cache.set(r.id, profiled(r, caches.trips));
  }

  const seen = new Set<string>();
  const suggestions: Suggestion[] = [];
  const stale: Array<[number, number]> = [];
  let compared = 0;
  for (const { src, cands } of plan) {
    for (const cand of cands) {
      const [a, b] = src < cand ? [src, cand] : [cand, src];
      const id = `${a}:${b}`;
      if (seen.has(id)) continue;
      seen.add(id);
      const x = cache.get(a);
      const y = cache.get(b);
      if (!x || !y || x.articleId === y.articleId) continue;
      compared++;
      const c: ClaimComparison | null = compareProfiled(x.input, y.input);
      if (!c || (c.relation === 'related' && !isRelatedIncluded)) stale.push([a, b]);
      else suggestions.push({ a, b, ...c });
    }
  }
  const written = await upsertSuggestions(db, suggestions);
  const removed = await dropStaleSuggestions(db, stale);
  // keep the cache bounded on a full re-match; this batch's claims stay for the next batches
  if (cache.size > CACHE_MAX) {
    const keep = new Set(sources.map((s) => s.id));
    for (const key of cache.keys()) {
      if (cache.size <= CACHE_MAX / 2) break;
      if (!keep.has(key)) cache.delete(key);
    }
  }
  return { claims: sources.length, compared, written, removed };
}
