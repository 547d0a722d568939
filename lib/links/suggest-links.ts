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
  /** called as each phase starts, returns the function that ends it (benchmarks' timers) */
  phase?: PhaseTimer;
}

export type PhaseTimer = (name: string) => () => void;

async function timed<T>(phase: PhaseTimer | undefined, name: string, f: () => Promise<T> | T): Promise<T> {
  const end = phase?.(name);
  try {
    return await f();
  } finally {
    end?.();
  }
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
  const plan = await planComparisons(db, sources, questions, { claims: new Map(), trips }, opts);
  const verdicts = await judge(plan, opts);
  const written = await writeVerdicts(db, verdicts, opts.phase);
  return { claims: sources.length, compared: verdicts.compared, ...written, questionKeysWritten: stats.questionKeysWritten };
}

type RematchOptions = SuggestOptions & { batchArticles?: number; onProgress?: (done: number, total: number) => void };

/**
 * The whole database, article by article in id order, each claim looking only at earlier claims
 * (as ingestion would have): for the demo seed, the CLI and after a change to the engine.
 *
 * Pipelined, because the work alternates between Node (profiling, comparing) and PostgreSQL
 * (loading, question keys, candidate lookups, link writes) and each would otherwise wait for the
 * other: while the engine judges batch i, PostgreSQL stores batch i+1's question keys and looks
 * up its candidates, writes batch i-1's links and reads batch i+2's claims. What each step needs
 * is kept: a batch's candidates are looked up only after the question keys of that batch and of
 * every earlier one are stored, and link writes go one batch after the other. The links are the
 * same as a batch-by-batch run gives (bench/matching-db/RESULTS.md).
 */
export async function rematchAll(opts: RematchOptions = {}): Promise<SuggestStats> {
  const db = opts.db ?? prisma;
  const ph = opts.phase;
  const total: SuggestStats = { claims: 0, compared: 0, written: 0, removed: 0, questionKeysWritten: 0 };
  const articleIds = (await db.article.findMany({ select: { id: true }, orderBy: { id: 'asc' } })).map((a) => a.id);
  const size = opts.batchArticles ?? 50;
  const batches: number[][] = [];
  for (let i = 0; i < articleIds.length; i += size) batches.push(articleIds.slice(i, i + size));
  const cache: Cache = { claims: new Map(), trips: new Map() };
  const matchOpts: SuggestOptions = {
    ...opts,
    direction: opts.direction ?? 'earlier',
    trigramTimeoutMs: opts.trigramTimeoutMs ?? 0,
    isWordsUsed: opts.isWordsUsed ?? false,
  };
  const load = (ids: number[]) => timed(ph, 'loadClaims', async () => {
    const rows = await loadEngineClaims(db, { articleIds: ids });
    await loadTrips(db, rows, cache.trips);
    return rows;
  });

  // Link writes, one batch after another; the first failure stops the run (checked each batch).
  let writes: Promise<void> = Promise.resolve();
  let writeError: unknown = null;
  const queueWrite = (v: Verdicts) => {
    writes = writes.then(async () => {
      if (writeError) return;
      try {
        const w = await writeVerdicts(db, v, ph);
        total.written += w.written;
        total.removed += w.removed;
      } catch (e) {
        writeError = e;
      }
    });
  };

  try {
    let next = batches.length ? load(batches[0]) : null;
    let waiting: { plan: Plan; done: number } | null = null; // planned, not yet judged
    for (let i = 0; i < batches.length; i++) {
      const rows = await next!;
      next = i + 1 < batches.length ? load(batches[i + 1]) : null;
      next?.catch(() => {}); // awaited on the next turn; this only keeps Node from calling it unhandled
      const all = await timed(ph, 'profile', () => rows.map((r) => profiled(r, cache.trips)));
      const questions = await timed(ph, 'questions', () => questionsOfRows(all));
      // Looking only at earlier claims, whose keys are stored already: this batch's keys go first.
      const planned = (async () => {
        total.questionKeysWritten += await timed(ph, 'storeKeys', () => storeQuestionKeys(db, questions));
        return planComparisons(db, all, questions, cache, matchOpts);
      })();
      planned.catch(() => {});
      if (waiting) {
        const v = await judge(waiting.plan, matchOpts);
        total.compared += v.compared;
        queueWrite(v);
        opts.onProgress?.(waiting.done, articleIds.length);
      }
      const plan = await planned;
      total.claims += all.length;
      if (writeError) break;
      waiting = { plan, done: Math.min((i + 1) * size, articleIds.length) };
    }
    if (waiting && !writeError) {
      const v = await judge(waiting.plan, matchOpts);
      total.compared += v.compared;
      queueWrite(v);
      opts.onProgress?.(waiting.done, articleIds.length);
    }
  } finally {
    await writes; // never rejects: its failure is kept in writeError
  }
  if (writeError) throw writeError;
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
  const input: ProfiledInput = { key: String(r.articleId), articleDate: isoDate(r.publishedAt), claim, profile: profileClaim(claim) };
  const trip = trips.get(r.articleId);
  if (trip) input.trip = trip;
  return { id: r.id, articleId: r.articleId, input };
}

/** The pairs to judge, each once (a < b), with both claims at hand: judging needs no cache. */
type Plan = Array<[ProfiledRow, ProfiledRow]>;

async function planComparisons(
  db: PrismaClient,
  sources: ProfiledRow[],
  questions: Map<number, ClaimQuestion>,
  caches: Cache,
  opts: SuggestOptions,
): Promise<Plan> {
  const cache = caches.claims;
  const max = opts.maxCandidatesPerClaim ?? 16;
  const ph = opts.phase;
  const scores = await timed(ph, 'candidates', () => findCandidates(
    db,
    sources.map((s) => ({ id: s.id, articleId: s.articleId, questionKeys: questions.get(s.id)?.allKeys ?? [] })),
    opts,
  ));
  for (const s of sources) cache.set(s.id, s);
  const wanted = sources.map((s) => ({ src: s.id, cands: topCandidates(scores.get(s.id), s.id, max) }));
  const missing = [...new Set(wanted.flatMap((p) => p.cands))].filter((id) => !cache.has(id));
  if (missing.length) {
    const rows = await timed(ph, 'loadMissing', () => loadEngineClaims(db, { claimIds: missing }));
    await loadTrips(db, rows, caches.trips);
    for (const r of rows) cache.set(r.id, profiled(r, caches.trips));
  }
  const seen = new Set<string>();
  const plan: Plan = [];
  for (const { src, cands } of wanted) {
    for (const cand of cands) {
      const [a, b] = src < cand ? [src, cand] : [cand, src];
      const id = `${a}:${b}`;
      if (seen.has(id)) continue;
      seen.add(id);
      const x = cache.get(a);
      const y = cache.get(b);
      if (!x || !y || x.articleId === y.articleId) continue;
      plan.push([x, y]);
    }
  }
  // keep the cache bounded on a full re-match; this batch's claims stay for the next batches
  if (cache.size > CACHE_MAX) {
    const keep = new Set(sources.map((s) => s.id));
    for (const key of cache.keys()) {
      if (cache.size <= CACHE_MAX / 2) break;
      if (!keep.has(key)) cache.delete(key);
    }
  }
  return plan;
}

interface Verdicts {
  compared: number;
  suggestions: Suggestion[];
  /** compared pairs the engine does not link (their untouched suggestions go) */
  stale: Array<[number, number]>;
}

/** pairs judged between two turns of the event loop, so queued database work keeps moving */
const JUDGE_SLICE = 2000;

async function judge(plan: Plan, opts: SuggestOptions): Promise<Verdicts> {
  const isRelatedIncluded = opts.isRelatedIncluded ?? true;
  const end = opts.phase?.('compare');
  const out: Verdicts = { compared: 0, suggestions: [], stale: [] };
  for (let i = 0; i < plan.length; i++) {
    if (i > 0 && i % JUDGE_SLICE === 0) await new Promise<void>((resolve) => setImmediate(resolve));
    const [x, y] = plan[i];
    out.compared++;
    const c: ClaimComparison | null = compareProfiled(x.input, y.input);
    if (!c || (c.relation === 'related' && !isRelatedIncluded)) out.stale.push([x.id, y.id]);
    else out.suggestions.push({ a: x.id, b: y.id, ...c });
  }
  end?.();
  return out;
}

async function writeVerdicts(db: PrismaClient, v: Verdicts, ph: PhaseTimer | undefined): Promise<{ written: number; removed: number }> {
  const written = await timed(ph, 'upsert', () => upsertSuggestions(db, v.suggestions));
  const removed = await timed(ph, 'dropStale', () => dropStaleSuggestions(db, v.stale));
  return { written, removed };
}
